package dev.cmpkit.runtime.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ErrorsTest {

    @Test
    void defaultMessages() {
        assertEquals("Invalid Credentials", new InvalidCredentialsException().getMessage());
        assertEquals("Insufficient permission", new InsufficientPermissionException().getMessage());
        assertEquals("No billing report found", new NoBillingReportException().getMessage());
        assertEquals("Invalid Credentials", new InvalidCredentialsException("").getMessage());
        assertEquals("No billing report found", new NoBillingReportException(null).getMessage());
    }

    @Test
    void customMessagesAndCauses() {
        Throwable cause = new IllegalStateException("boom");
        assertEquals("key expired", new InvalidCredentialsException("key expired").getMessage());
        assertSame(cause, new InsufficientPermissionException("no billing role", cause).getCause());
        assertEquals("Insufficient permission", new InsufficientPermissionException(null, cause).getMessage());
        assertEquals("rate limited", new SpendException("rate limited").getMessage());
        assertSame(cause, new SpendException("x", cause).getCause());
    }
}
