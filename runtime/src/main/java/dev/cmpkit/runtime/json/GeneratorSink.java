package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Clock;

/** A {@link JsonSink} that writes to Jackson's streaming generator. */
public final class GeneratorSink implements JsonSink {

    private final JsonGenerator gen;

    /**
     * Creates a sink over a generator.
     *
     * @param gen the generator, positioned where a value may start
     */
    public GeneratorSink(JsonGenerator gen) {
        this.gen = gen;
    }

    @Override
    public void beginObject() throws IOException {
        gen.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        gen.writeEndObject();
    }

    @Override
    public void beginArray() throws IOException {
        gen.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        gen.writeEndArray();
    }

    @Override
    public void name(JsonName name) throws IOException {
        if (name.plainAscii()) {
            gen.writeFieldName(name.serialized());
        } else {
            gen.writeFieldName(name.value());
        }
    }

    @Override
    public void name(String name) throws IOException {
        gen.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
    }

    @Override
    public void string(char[] buffer, int offset, int length) throws IOException {
        gen.writeString(buffer, offset, length);
    }

    @Override
    public void number(long value) throws IOException {
        gen.writeNumber(value);
    }

    @Override
    public void number(double value) throws IOException {
        gen.writeNumber(value);
    }

    @Override
    public void bool(boolean value) throws IOException {
        gen.writeBoolean(value);
    }

    @Override
    public void nullValue() throws IOException {
        gen.writeNull();
    }

    @Override
    public void value(Object value, Clock clock) throws IOException {
        JsonValues.writeValue(gen, value, clock);
    }
}
