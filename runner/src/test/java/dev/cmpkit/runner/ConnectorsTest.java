package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding connectors through ServiceLoader, including broken and missing registrations. */
class ConnectorsTest {

    @TempDir
    Path dir;

    @Test
    void theOnlyConnectorIsTakenWithoutAName() throws IOException {
        try (URLClassLoader loader = loaderWithServiceFile("dev.cmpkit.testconnectors.GenericConnector\n")) {
            // The test class path registers three more; a child loader sees those too, so name one.
            assertEquals("generic", Connectors.select("generic", loader).name());
        }
        try (URLClassLoader isolated = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            IllegalArgumentException none =
                    assertThrows(IllegalArgumentException.class, () -> Connectors.select(null, isolated));
            assertTrue(
                    none.getMessage()
                            .startsWith("no connector found on the class path; expected a jar with "
                                    + "META-INF/services/dev.cmpkit.runner.Connector"),
                    none.getMessage());
        }
    }

    @Test
    void aRegistrationNamingAMissingClassIsReported() throws IOException {
        try (URLClassLoader loader = loaderWithServiceFile("com.example.NoSuchConnector\n")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Connectors.select("echo", loader));
            assertTrue(
                    e.getMessage()
                            .startsWith("bad connector registration in "
                                    + "META-INF/services/dev.cmpkit.runner.Connector: "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("com.example.NoSuchConnector"), e.getMessage());
        }
    }

    @Test
    void aConnectorWithoutANameIsReported() throws IOException {
        try (URLClassLoader loader = loaderWithServiceFile("dev.cmpkit.runner.ConnectorsTest$Nameless\n")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Connectors.select("echo", loader));
            assertTrue(
                    e.getMessage()
                            .contains("dev.cmpkit.runner.ConnectorsTest$Nameless.name() returned ' '; "
                                    + "expected a non-blank name"),
                    e.getMessage());
        }
    }

    /** A connector with a blank name, registered only by the test above. */
    public static final class Nameless implements Connector {
        @Override
        public String name() {
            return " ";
        }

        @Override
        public Object getResources(java.util.Map<String, Object> event, dev.cmpkit.runtime.api.CmpContext context) {
            return null;
        }
    }

    private URLClassLoader loaderWithServiceFile(String content) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Connector.class.getName()), content);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }
}
