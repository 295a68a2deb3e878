package dev.cmpkit.test;

import java.util.Arrays;

/** The six handlers of a connector, by the runner command that runs each. */
public enum Command {
    /** {@code Connector#getResources}: a list of resources. */
    RESOURCES("resources"),
    /** {@code Connector#getMetrics}: {@code {"metrics": [...]}}. */
    METRICS("metrics"),
    /** {@code Connector#getSpend}: a day's spend report. */
    SPEND("spend"),
    /** {@code Connector#getLogs}: {@code {"logs": [...]}}. */
    LOGS("logs"),
    /** {@code Connector#getStatus}: {@code {"status": [...]}}. */
    STATUS("status"),
    /** {@code Connector#validateCredentials}: {@code {"ok": true}} or {@code {"ok": false}}. */
    VALIDATE_CREDENTIALS("validate-credentials");

    private final String name;

    Command(String name) {
        this.name = name;
    }

    /** {@return the runner's name of the command, e.g. {@code "validate-credentials"}} */
    public String commandName() {
        return name;
    }

    /**
     * Returns the command of a runner command name.
     *
     * @param name a runner command name, e.g. {@code "metrics"}
     * @return the command
     * @throws IllegalArgumentException naming the known commands when there is no such command
     */
    public static Command of(String name) {
        for (Command command : values()) {
            if (command.name.equals(name)) {
                return command;
            }
        }
        throw new IllegalArgumentException("unknown command '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Command::commandName).toList());
    }
}
