/**
 * The JSON Schemas (draft 2020-12) of resource types, which the cmpkit processor writes into every
 * jar that has templates, found on the class path by type.
 *
 * <p>Depends on no other cmpkit package.
 */
package dev.cmpkit.runtime.schema;
