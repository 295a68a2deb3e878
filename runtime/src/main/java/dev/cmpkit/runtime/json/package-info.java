/**
 * How cmpkit values become JSON: {@code JsonSink} (the one token stream each value writes its shape to) with its Jackson and map implementations, {@code JsonWritable}, and the checks and copies of JSON-compatible values.
 *
 * <p>Depends on nothing else in cmpkit, so that every other package may use it.
 */
package dev.cmpkit.runtime.json;
