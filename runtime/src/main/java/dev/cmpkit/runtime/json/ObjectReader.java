package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Reads values of one JSON object shape, as its {@link ObjectKeys} table states it: a JSON null
 * reads as null; an object is read key by key into a fresh target (the value's builder, or a holder
 * of its parts), from which the last step makes the value. Made by {@link ObjectKeys.Builder#reader}
 * or {@link ObjectKeys.Builder#finishing}, once per shape.
 *
 * @param <B> what the keys are read into
 * @param <T> the value read
 */
public final class ObjectReader<B, T> implements ValueReader<T> {

    private final String what;
    private final Supplier<B> start;
    private final ObjectKeys<B> keys;
    private final Finish<B, T> finish;

    ObjectReader(String what, Supplier<B> start, ObjectKeys<B> keys, Finish<B, T> finish) {
        this.what = what;
        this.start = start;
        this.keys = keys;
        this.finish = finish;
    }

    /**
     * Makes the value from what was read.
     *
     * @param <B> what the keys were read into
     * @param <T> the value made
     */
    @FunctionalInterface
    public interface Finish<B, T> {
        /**
         * Makes the value, or fails with a {@link CmpReadException} at the parser's position.
         *
         * @param parser the parser, at the object's {@code END_OBJECT}
         * @param parts what the keys were read into
         * @return the value
         */
        T finish(JsonParser parser, B parts);
    }

    @Override
    public T read(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        B parts = start.get();
        keys.read(parser, options, what, parts);
        return finish.finish(parser, parts);
    }
}
