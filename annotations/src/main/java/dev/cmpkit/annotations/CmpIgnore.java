package dev.cmpkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or record component of a {@link CmpResource} template as deliberately not part
 * of the resource: the processor leaves it out of the generated class and the wire format.
 *
 * <p>Without it, an instance member that has no {@link CmpField} draws warning {@code CMP021}, so
 * that a forgotten {@code @CmpField} cannot drop a value unnoticed. {@code @SuppressWarnings("cmpkit")}
 * on the member or on the template silences the warning as well.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CmpIgnore {}
