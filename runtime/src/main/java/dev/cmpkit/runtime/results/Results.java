package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonShape;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** Writing helpers the result types share. */
final class Results {

    private Results() {}

    /** Writes a string member only when it is set. */
    static void optional(JsonSink sink, JsonName name, String value) throws IOException {
        if (value != null) {
            sink.name(name);
            sink.string(value);
        }
    }

    /** Writes a number member only when it is set. */
    static void optional(JsonSink sink, JsonName name, Double value) throws IOException {
        if (value != null) {
            sink.name(name);
            sink.number(value);
        }
    }

    /** Writes a list member of nested results. */
    static void list(JsonSink sink, JsonName name, List<? extends JsonShape> values, Clock clock) throws IOException {
        sink.name(name);
        sink.beginArray();
        for (JsonShape value : values) {
            value.writeTo(sink, clock);
        }
        sink.endArray();
    }
}
