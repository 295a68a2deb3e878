package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import dev.cmpkit.runtime.json.CmpReadException;
import dev.cmpkit.runtime.json.ReadOptions;
import dev.cmpkit.runtime.json.ValueReader;
import java.io.IOException;

/**
 * Lets Jackson read every type {@link CmpReaders} knows with its streaming reader. Unknown keys
 * follow the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (on by default), and
 * a read failure becomes Jackson's {@link MismatchedInputException} with the same message.
 */
final class ReaderDeserializers extends SimpleDeserializers {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> findBeanDeserializer(
            JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        return CmpReaders.find(type.getRawClass())
                .<JsonDeserializer<?>>map(reader -> adapter(type.getRawClass(), reader))
                .orElse(null);
    }

    private static <T> JsonDeserializer<T> adapter(Class<T> type, ValueReader<?> reader) {
        @SuppressWarnings("unchecked")
        ValueReader<T> typed = (ValueReader<T>) reader;
        return new ReaderDeserializer<>(type, typed);
    }

    private static final class ReaderDeserializer<T> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final transient ValueReader<T> reader;

        ReaderDeserializer(Class<T> type, ValueReader<T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            ReadOptions options = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    ? ReadOptions.strict()
                    : ReadOptions.ignoringUnknownKeys();
            try {
                return reader.read(parser, options);
            } catch (CmpReadException e) {
                MismatchedInputException failure = MismatchedInputException.from(parser, handledType(), e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
    }
}
