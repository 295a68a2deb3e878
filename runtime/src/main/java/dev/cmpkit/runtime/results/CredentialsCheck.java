package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.ShapedValue;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

/**
 * What a {@code validate-credentials} handler returns: {@code {"ok": true}} when the credentials
 * work, {@code {"ok": false, "message"?: "..."}} when they do not. (Throwing
 * {@link dev.cmpkit.runtime.errors.InvalidCredentialsException} is the other way to say no.)
 */
public final class CredentialsCheck implements ShapedValue {

    static {
        CmpReaders.register(CredentialsCheck.class, ResultReaders::credentialsCheck);
    }

    private static final JsonName OK = JsonName.of("ok");
    private static final JsonName MESSAGE = JsonName.of("message");
    private static final CredentialsCheck VALID = new CredentialsCheck(true, null);

    private final boolean ok;
    private final String message;

    private CredentialsCheck(boolean ok, String message) {
        this.ok = ok;
        this.message = message;
    }

    /** Returns the answer for valid credentials: {@code {"ok": true}}. */
    public static CredentialsCheck ok() {
        return VALID;
    }

    /**
     * Returns the answer for credentials that do not work.
     *
     * @param message why, for the user; null leaves the message out
     * @return {@code {"ok": false, "message": message}}
     */
    public static CredentialsCheck failed(String message) {
        return new CredentialsCheck(false, message);
    }

    /** Whether the credentials work. */
    public boolean isOk() {
        return ok;
    }

    /** Why they do not, or null. */
    public String message() {
        return message;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(OK);
        sink.bool(ok);
        Results.optional(sink, MESSAGE, message);
        sink.endObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CredentialsCheck other && ok == other.ok && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ok, message);
    }

    @Override
    public String toString() {
        return "CredentialsCheck" + serialize();
    }
}
