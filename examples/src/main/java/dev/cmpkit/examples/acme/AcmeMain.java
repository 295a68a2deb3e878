package dev.cmpkit.examples.acme;

import dev.cmpkit.runner.CmpRunner;

/**
 * The examples jar's entry point: with no arguments, lists the Acme sample inventory as pretty
 * CMP JSON; with arguments, runs them as a {@link CmpRunner} command line.
 */
public final class AcmeMain {

    /** What {@code java -jar cmpkit-examples.jar} runs when given nothing. */
    static final String[] DEFAULT_ARGS = {"resources", "--connector", AcmeConnector.NAME, "--pretty"};

    private AcmeMain() {}

    /**
     * Runs the Acme connector through cmpkit's runner.
     *
     * @param args a runner command line, e.g. {@code metrics --pretty}; none for the inventory
     */
    public static void main(String[] args) {
        CmpRunner.main(args.length == 0 ? DEFAULT_ARGS.clone() : args);
    }
}
