/**
 * Seeded random-input generation for the property tests of the other modules. Test scope only.
 *
 * <p>Depends on nothing.
 */
package dev.cmpkit.testing;
