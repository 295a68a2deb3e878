/**
 * How cmpkit values become JSON: {@code JsonSink} (the one token stream each value writes its shape to) with its Jackson, map and UTF-8 byte implementations, {@code JsonWritable}, {@code CmpJson} (writing values straight to UTF-8 bytes with cmpkit's own {@code JsonByteWriter}), and the checks and copies of JSON-compatible values; and how CMP JSON is read back: {@code ValueReader}, the token reads of {@code JsonReading}, and {@code ObjectKeys}/{@code ObjectReader}, an object shape's keys as a table that one shared loop reads.
 *
 * <p>Depends on nothing else in cmpkit, so that every other package may use it.
 */
package dev.cmpkit.runtime.json;
