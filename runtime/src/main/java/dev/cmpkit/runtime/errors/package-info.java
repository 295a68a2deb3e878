/**
 * The four unchecked exceptions CMP treats specially when a connector throws them.
 *
 * <p>Depends on nothing else in cmpkit.
 */
package dev.cmpkit.runtime.errors;
