package dev.cmpkit.runner;

import dev.cmpkit.runtime.errors.InsufficientPermissionException;
import dev.cmpkit.runtime.errors.InvalidCredentialsException;
import dev.cmpkit.runtime.errors.NoBillingReportException;
import dev.cmpkit.runtime.errors.SpendException;

/**
 * The {@code exc_type} of a failure, as CMP's own runner names it: CMP treats its four
 * connector errors specially by these names, and shows every other failure by its short class
 * name.
 */
final class ErrorNames {

    private ErrorNames() {}

    static String of(Throwable error) {
        if (error instanceof InvalidCredentialsException) {
            return "InvalidCredentials";
        }
        if (error instanceof InsufficientPermissionException) {
            return "InsufficientPermission";
        }
        if (error instanceof NoBillingReportException) {
            return "NoBillingReport";
        }
        if (error instanceof SpendException) {
            return "SpendError";
        }
        if (error instanceof ResultValidationException) {
            return "ValidationError";
        }
        if (error instanceof HandlerTimeoutException) {
            return "Timeout";
        }
        if (error instanceof BadEventException) {
            return "BadEvent";
        }
        String simple = error.getClass().getSimpleName();
        // Anonymous and some synthetic classes have no simple name; exc_type is never empty.
        return simple.isEmpty() ? error.getClass().getName() : simple;
    }
}
