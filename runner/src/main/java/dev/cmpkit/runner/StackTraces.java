package dev.cmpkit.runner;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Renders a connector's exception as Java prints it, without the runner's own frames: each
 * exception in the cause chain keeps the frames above the first frame of the runner, so the
 * trace ends where the connector was called.
 */
final class StackTraces {

    private static final String RUNNER_PACKAGE = Connector.class.getPackageName() + ".";

    private StackTraces() {}

    static String withoutRunnerFrames(Throwable error) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            text.append(prefix).append(Failures.describe(t)).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                if (isRunnerFrame(frame)) {
                    break;
                }
                text.append("\tat ").append(frame).append('\n');
            }
            prefix = "Caused by: ";
        }
        return text.toString();
    }

    /** The SPI's own default methods throw on behalf of the connector, so they stay in the trace. */
    private static boolean isRunnerFrame(StackTraceElement frame) {
        String className = frame.getClassName();
        return className.startsWith(RUNNER_PACKAGE) && !className.equals(Connector.class.getName());
    }
}
