/**
 * Describes the catalog's resource types as JSON Schemas (draft 2020-12), which the processor writes
 * next to the generated classes so that other tools, and the runtime's {@code CmpSchemas}, can check
 * CMP JSON against the same shape the generated serializers write.
 *
 * <p>May depend on {@code processor.catalog} and {@code processor.model}.
 */
package dev.cmpkit.processor.schema;
