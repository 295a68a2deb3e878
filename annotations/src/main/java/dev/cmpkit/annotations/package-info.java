/**
 * The annotations that mark a CMP resource template: {@code @CmpResource} on the class or record, {@code @CmpField} on each detail field, {@code @CmpIgnore} on a member left out on purpose.
 *
 * <p>Depends on nothing: the annotations module has no dependencies.
 */
package dev.cmpkit.annotations;
