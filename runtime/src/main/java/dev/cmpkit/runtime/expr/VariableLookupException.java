package dev.cmpkit.runtime.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Thrown when an expression needs a variable that the caller did not give. */
public final class VariableLookupException extends EvaluationException {
    private static final long serialVersionUID = 1L;

    /** Long variable maps are cut short in the message; {@link #givenNames()} has them all. */
    private static final int NAMES_IN_MESSAGE = 20;

    private final String variable;
    private final List<String> givenNames;

    /**
     * Creates the exception.
     *
     * @param variable the name that was looked up
     * @param givenNames the names the caller did give; null means none
     */
    public VariableLookupException(String variable, Collection<String> givenNames) {
        // An unmodifiable copy rather than List.copyOf: a HashMap may hold a null key.
        this(
                variable,
                Collections.unmodifiableList(givenNames == null ? new ArrayList<>() : new ArrayList<>(givenNames)));
    }

    private VariableLookupException(String variable, List<String> givenNames) {
        super("Variable '" + variable + "' was not given; expected it among the given variables "
                + listForMessage(givenNames));
        this.variable = variable;
        this.givenNames = givenNames;
    }

    /** {@return the missing variable's name} */
    public String variable() {
        return variable;
    }

    /** {@return the variable names that were given, in the order of the caller's map} */
    public List<String> givenNames() {
        return givenNames;
    }

    private static String listForMessage(List<String> names) {
        if (names.size() <= NAMES_IN_MESSAGE) {
            return names.toString();
        }
        return names.subList(0, NAMES_IN_MESSAGE).toString().replaceFirst("]$", "") + ", ... "
                + (names.size() - NAMES_IN_MESSAGE) + " more]";
    }
}
