package dev.cmpkit.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
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
        Operation operation = Arrays.stream(Operation.values())
                .filter(o -> o.command().equals(command))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown command " + command + "; expected one of "
                        + Arrays.stream(Operation.values())
                                .map(Operation::command)
                                .toList()));
        return ResultSchemas.problems(operation, result);
    }
}
