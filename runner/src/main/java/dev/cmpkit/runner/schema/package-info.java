/**
 * Checks plain JSON values against JSON Schemas compiled once: the runner's check of a handler's
 * result, against the schemas of the runner's result kinds and those the cmpkit processor exports
 * for every resource type.
 *
 * <p>Depends on the JDK only.
 */
package dev.cmpkit.runner.schema;
