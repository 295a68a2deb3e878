package dev.cmpkit.runner;

import dev.cmpkit.runtime.api.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The six handlers a command can run, by command name; the name also selects the result's schema. */
enum Operation {
    RESOURCES(
            "resources",
            "Lists the connector's resources (Connector#getResources).",
            connector -> connector::getResources),
    METRICS("metrics", "Reads the connector's metrics (Connector#getMetrics).", connector -> connector::getMetrics),
    SPEND("spend", "Reports the connector's spend for a day (Connector#getSpend).", connector -> connector::getSpend),
    LOGS("logs", "Reads the provider's logs (Connector#getLogs).", connector -> connector::getLogs),
    STATUS("status", "Reports the provider's health (Connector#getStatus).", connector -> connector::getStatus),
    VALIDATE_CREDENTIALS(
            "validate-credentials",
            "Checks the event's credentials (Connector#validateCredentials).",
            connector -> connector::validateCredentials);

    private final String command;
    private final String description;
    private final Function<Connector, Handler> handler;

    Operation(String command, String description, Function<Connector, Handler> handler) {
        this.command = command;
        this.description = description;
        this.handler = handler;
    }

    /** Returns the operation run by {@code command}, or null when there is none. */
    static Operation byCommand(String command) {
        for (Operation operation : values()) {
            if (operation.command.equals(command)) {
                return operation;
            }
        }
        return null;
    }

    /** Returns every command name, in declaration order. */
    static List<String> commands() {
        List<String> commands = new ArrayList<>();
        for (Operation operation : values()) {
            commands.add(operation.command);
        }
        return commands;
    }

    String command() {
        return command;
    }

    String description() {
        return description;
    }

    Handler handlerOf(Connector connector) {
        return handler.apply(connector);
    }
}
