package dev.cmpkit.runner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import dev.cmpkit.runtime.api.SecretRedactor;
import java.io.IOException;

/** Writes every string value through a {@link SecretRedactor}, so that no secret reaches the envelope. */
final class RedactingGenerator extends JsonGeneratorDelegate {

    private final SecretRedactor redactor;

    RedactingGenerator(JsonGenerator delegate, SecretRedactor redactor) {
        super(delegate, false);
        this.redactor = redactor;
    }

    @Override
    public void writeString(String text) throws IOException {
        delegate.writeString(redactor.apply(text));
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
        delegate.writeString(redactor.apply(new String(text, offset, len)));
    }

    @Override
    public void writeString(SerializableString text) throws IOException {
        delegate.writeString(redactor.apply(text.getValue()));
    }

    @Override
    public void writeStringField(String fieldName, String value) throws IOException {
        delegate.writeFieldName(fieldName);
        writeString(value);
    }
}
