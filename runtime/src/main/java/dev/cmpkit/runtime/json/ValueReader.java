package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one value of a cmpkit type from a Jackson parser, by streaming.
 *
 * <p>The parser's current token is the value's first token ({@code START_OBJECT}, a scalar or
 * {@code VALUE_NULL}); when the reader returns, its current token is the value's last token, as
 * with Jackson's own deserializers.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface ValueReader<T> {

    /**
     * Reads the value at the parser's current token.
     *
     * @param parser the parser, at the value's first token
     * @param options how strictly to read
     * @return the value; null for a JSON null where the type allows it
     * @throws IOException when the parser fails
     * @throws CmpReadException when the input is not a value of the type
     */
    T read(JsonParser parser, ReadOptions options) throws IOException;
}
