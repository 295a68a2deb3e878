package dev.cmpkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a template for a CMP resource of the given {@link #type()}.
 *
 * <p>At compile time the cmpkit processor checks the template against the CMP schema and
 * generates, in the same package, an immutable resource class with a builder and a streaming
 * JSON serializer. The template's {@link CmpField} members become the resource's details; the
 * base fields (id, name, region, ...) come from the runtime and are never declared here.
 *
 * <pre>{@code
 * @CmpResource(type = "server")
 * class Ec2InstanceSpec {
 *     @CmpField Integer cpuCores;
 *     @CmpField(name = "ram_b") Long memoryBytes;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface CmpResource {

    /** The CMP resource type, for example {@code "server"}; must be known to the schema. */
    String type();

    /**
     * The simple name of the generated class. When empty, the template's name with a trailing
     * {@code Spec} removed is used ({@code Ec2InstanceSpec} → {@code Ec2Instance}), or else
     * {@code Immutable} followed by the template's name.
     */
    String generatedName() default "";
}
