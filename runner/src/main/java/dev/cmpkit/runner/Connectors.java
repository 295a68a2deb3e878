package dev.cmpkit.runner;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds the connectors registered on the class path and picks the one a run asks for. */
final class Connectors {

    static final String SERVICE_FILE = "META-INF/services/" + Connector.class.getName();

    private static final int MAX_PROBLEMS = 20;

    private Connectors() {}

    /**
     * The connector a run or a worker asks for, found on first use and then kept: a worker
     * answers all its events with one instance.
     */
    static final class Choice {
        private final String name;
        private final ClassLoader loader;
        private Connector chosen;

        /**
         * Remembers which connector to load, to load it on first use.
         *
         * @param name the requested connector name, or null to take the only one there is
         * @param loader where to look
         */
        Choice(String name, ClassLoader loader) {
            this.name = name;
            this.loader = loader;
        }

        /** Returns the chosen connector, loading it on first use; see {@link Connectors#select(String, ClassLoader)}. */
        synchronized Connector get() {
            if (chosen == null) {
                chosen = select(name, loader);
            }
            return chosen;
        }
    }

    /**
     * Finds the connector to run among those the class path declares.
     *
     * @param name the requested connector name, or null to take the only one there is
     * @param loader where to look for {@value #SERVICE_FILE}
     * @return the connector
     * @throws IllegalArgumentException when there is no such connector, none at all, or several
     *     and no name was given; the message lists the names found
     */
    static Connector select(String name, ClassLoader loader) {
        Map<String, Connector> found = load(loader);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no connector found on the class path; expected a jar with "
                    + SERVICE_FILE + " naming a class that implements " + Connector.class.getName());
        }
        if (name == null) {
            if (found.size() > 1) {
                throw new IllegalArgumentException(
                        "several connectors found: " + found.keySet() + "; choose one with --connector <name>");
            }
            return found.values().iterator().next();
        }
        Connector connector = found.get(name);
        if (connector == null) {
            throw new IllegalArgumentException("unknown connector '" + name + "'; expected one of " + found.keySet());
        }
        return connector;
    }

    /** The registered connectors by name, sorted so that messages list them stably. */
    private static Map<String, Connector> load(ClassLoader loader) {
        Map<String, Connector> byName = new TreeMap<>();
        Iterator<Connector> iterator =
                ServiceLoader.load(Connector.class, loader).iterator();
        List<String> problems = new ArrayList<>();
        while (true) {
            Connector connector;
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                connector = iterator.next();
            } catch (ServiceConfigurationError e) {
                // One broken registration must not hide the others, but it must be reported.
                problems.add(e.getMessage());
                if (problems.size() >= MAX_PROBLEMS) {
                    break; // the iterator normally moves on; this only guards against one that does not
                }
                continue;
            }
            String name = connector.name();
            if (name == null || name.isBlank()) {
                problems.add(connector.getClass().getName() + ".name() returned "
                        + (name == null ? "null" : "'" + name + "'") + "; expected a non-blank name");
                continue;
            }
            Connector previous = byName.putIfAbsent(name, connector);
            if (previous != null && previous.getClass() != connector.getClass()) {
                problems.add("two connectors are named '" + name + "': "
                        + previous.getClass().getName() + " and "
                        + connector.getClass().getName());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "bad connector registration in " + SERVICE_FILE + ": " + String.join("; ", problems));
        }
        return byName;
    }
}
