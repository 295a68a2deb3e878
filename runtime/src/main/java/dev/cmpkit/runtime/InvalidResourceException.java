package dev.cmpkit.runtime;

import java.util.List;

/**
 * A resource builder's rejection: which resource (its type and id) and every problem found. The
 * message reads {@code server "i-0abc": state must be one of [...], got "shutting-down"}, so that
 * one bad resource among thousands can be found from the message alone.
 */
public final class InvalidResourceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String id;

    @SuppressWarnings("serial") // an immutable List.copyOf, serializable in practice
    private final List<String> problems;

    /**
     * Creates the rejection of one resource.
     *
     * @param type the resource type being built, such as {@code "server"}
     * @param id the id being built, or null when it was not set
     * @param problems the problems found, each naming a field and its value
     */
    public InvalidResourceException(String type, String id, List<String> problems) {
        super(type + (id == null ? " (no id)" : " " + Checks.quote(id)) + ": " + String.join("; ", problems));
        this.type = type;
        this.id = id;
        this.problems = List.copyOf(problems);
    }

    /** Returns the resource type, such as {@code "server"}. */
    public String type() {
        return type;
    }

    /** Returns the id of the rejected resource, or null when it had none. */
    public String id() {
        return id;
    }

    /** Returns every problem found, each naming a field and its value. */
    public List<String> problems() {
        return problems;
    }
}
