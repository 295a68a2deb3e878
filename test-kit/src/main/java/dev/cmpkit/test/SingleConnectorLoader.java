package dev.cmpkit.test;

import dev.cmpkit.runner.Connector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader on which exactly one connector is registered: the runner's {@code ServiceLoader}
 * lookup sees only the connector under test, whatever else the test class path registers, and
 * the class itself comes from its own loader (so it is the class the test knows).
 */
final class SingleConnectorLoader extends ClassLoader {

    private static final String SERVICE_FILE = "META-INF/services/" + Connector.class.getName();
    private static final Map<Class<?>, URL> REGISTRATIONS = new ConcurrentHashMap<>();

    private final URL registration;

    SingleConnectorLoader(Class<? extends Connector> type) {
        super(type.getClassLoader());
        this.registration = REGISTRATIONS.computeIfAbsent(type, SingleConnectorLoader::registration);
    }

    /** A service file naming only {@code type}, written once per class and JVM. */
    private static URL registration(Class<?> type) {
        try {
            Path file = Files.createTempFile("cmpkit-connector-", ".services");
            file.toFile().deleteOnExit();
            Files.writeString(file, type.getName() + "\n", StandardCharsets.UTF_8);
            return file.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register connector " + type.getName() + " for a test run", e);
        }
    }

    @Override
    public URL getResource(String name) {
        return SERVICE_FILE.equals(name) ? registration : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return SERVICE_FILE.equals(name) ? Collections.enumeration(List.of(registration)) : super.getResources(name);
    }
}
