/**
 * The data-only model between analysis and generation: resources, fields, wire keys and value types as plain records. Writers read only this model, never {@code Element}s.
 *
 * <p>Depends on no other processor package.
 */
package dev.cmpkit.processor.model;
