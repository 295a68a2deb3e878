package dev.cmpkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or record component of a {@link CmpResource} template as one detail key of the
 * resource's wire format.
 *
 * <p>The member's Java type must fit the key's JSON type: {@code String}, {@code int}/{@code Integer},
 * {@code long}/{@code Long}, {@code double}/{@code Double}, {@code boolean}/{@code Boolean}, an enum
 * (written as its constant's name in lower case), a {@code java.time} value (written as an RFC 3339
 * string), a {@code CmpSerializable} such as {@code IpAddress} or {@code ImageDetail}, or a
 * {@code List} of these. The generated class has an accessor and a builder setter named like the
 * member.
 *
 * <p>An unset value takes {@link #defaultValue()}, else the schema's default when the Java type
 * can hold it; {@link #include()} then decides how a value that is still null is written.
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

    /**
     * Whether a null value is written as JSON null or left out; by default the schema's setting
     * for the key (which may also write the schema's default for a null it cannot hold).
     */
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
