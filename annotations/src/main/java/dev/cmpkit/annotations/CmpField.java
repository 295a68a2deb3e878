package dev.cmpkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or record component of a {@link CmpResource} template as one detail key of the
 * resource's wire format.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CmpField {

    /**
     * Marks {@link #defaultValue()} as not given. A NUL character cannot be meant as a literal
     * default, so it is safe as a sentinel.
     */
    String NO_DEFAULT = "\u0000";

    /** The wire key; when empty, the Java name in snake_case ({@code cpuCores} → {@code cpu_cores}). */
    String name() default "";

    /** When true, {@code build()} fails unless a value was set, and the builder factory asks for it. */
    boolean required() default false;

    /** Whether a null value is written or omitted; by default the schema's setting for the key. */
    Include include() default Include.SCHEMA;

    /**
     * A literal used when no value is set, checked at compile time to fit the field's type
     * ({@code "0"}, {@code "true"}, {@code "running"}, an enum constant's name).
     */
    String defaultValue() default NO_DEFAULT;

    /** How an unset (null) value appears on the wire. */
    enum Include {
        /** Use the schema's setting for the key. */
        SCHEMA,
        /** Write the key with a JSON null. */
        ALWAYS,
        /** Leave the key out. */
        NON_NULL
    }
}
