package dev.cmpkit.runtime.json;

/**
 * How strictly CMP JSON is read. By default a key the value's type does not have is an error that
 * names the key and where it was found, so that nothing in the input is dropped unnoticed;
 * {@link #ignoringUnknownKeys()} skips such keys instead, for input written by a newer producer.
 */
public final class ReadOptions {

    private static final ReadOptions STRICT = new ReadOptions(false);
    private static final ReadOptions LENIENT = new ReadOptions(true);

    private final boolean ignoreUnknownKeys;

    private ReadOptions(boolean ignoreUnknownKeys) {
        this.ignoreUnknownKeys = ignoreUnknownKeys;
    }

    /** Unknown keys are errors: the default. */
    public static ReadOptions strict() {
        return STRICT;
    }

    /** Unknown keys are skipped with their values. */
    public static ReadOptions ignoringUnknownKeys() {
        return LENIENT;
    }

    /** Whether unknown keys are skipped rather than rejected. */
    public boolean ignoreUnknownKeys() {
        return ignoreUnknownKeys;
    }

    @Override
    public String toString() {
        return ignoreUnknownKeys ? "ReadOptions{ignoreUnknownKeys}" : "ReadOptions{strict}";
    }
}
