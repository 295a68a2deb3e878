package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.ShapedValue;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * What a {@code validate-credentials} handler returns: {@code {"ok": true}} when the credentials
 * work, {@code {"ok": false, "message"?: "..."}} when they do not. (Throwing
 * {@link dev.cmpkit.runtime.errors.InvalidCredentialsException} is the other way to say no.)
 *
 * @param isOk whether the credentials work
 * @param message why they do not, or null; always null when they work
 */
public record CredentialsCheck(boolean isOk, String message) implements ShapedValue {

    static {
        CmpReaders.register(CredentialsCheck.class, ResultReaders.CREDENTIALS_CHECK);
    }

    private static final JsonName OK = JsonName.of("ok");
    private static final JsonName MESSAGE = JsonName.of("message");
    private static final CredentialsCheck VALID = new CredentialsCheck(true, null);

    /**
     * Checks the answer.
     *
     * @throws IllegalArgumentException when credentials that work come with a message
     */
    public CredentialsCheck {
        if (isOk && message != null) {
            Checks.throwIfAny(
                    "CredentialsCheck",
                    List.of("a check that is ok has no message, got message=" + Checks.quote(message)));
        }
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

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(OK);
        sink.bool(isOk);
        Results.optional(sink, MESSAGE, message);
        sink.endObject();
    }

    @Override
    public String toString() {
        return "CredentialsCheck" + serialize();
    }
}
