package dev.cmpkit.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * The runner's check of a handler's result, for connector tests: the same schemas the runner
 * applies before it prints a result.
 */
public final class ResultCheck {

    private ResultCheck() {}

    /**
     * Checks a result against the shape of its kind.
     *
     * @param command the runner command of the handler: {@code resources}, {@code metrics},
     *     {@code spend}, {@code logs}, {@code status} or {@code validate-credentials}
     * @param result the result as JSON
     * @return one message per problem, each starting with the path inside the result; empty when
     *     the result fits
     * @throws IllegalArgumentException for an unknown command or a null result
     */
    public static List<String> problems(String command, JsonNode result) {
        if (result == null) {
            throw new IllegalArgumentException("result is required, got null");
        }
        Operation operation = Operation.byCommand(command);
        if (operation == null) {
            throw new IllegalArgumentException(
                    "unknown command " + command + "; expected one of " + Operation.commands());
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            return ResultSchemas.problems(
                    operation,
                    PlainJson.read(result.toString()),
                    context == null ? ResultCheck.class.getClassLoader() : context);
        } catch (IOException e) {
            throw new IllegalArgumentException("result is not JSON: " + e.getMessage(), e);
        }
    }
}
