/**
 * The CMP schema catalog as data: resource types, their keys, JSON types, defaults and allowed values, read from YAML with snakeyaml.
 *
 * <p>May depend on {@code processor.model} only.
 */
package dev.cmpkit.processor.catalog;
