package dev.cmpkit.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a mapping from a stream and from the class path reads it as a file is read. */
class MetricMappingSourcesTest {

    private static final String YAML = """
            cpu:
              name: CPU usage
              unit: '%'
              conversion_expr: value * 100
            bytes_in:
              counter: true
              specialisation: eth0
            """;

    @TempDir
    Path dir;

    private static InputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSameEntries(Map<String, ParsedEntry> expected, Map<String, ParsedEntry> actual) {
        assertEquals(
                expected.keySet().stream().toList(), actual.keySet().stream().toList());
        for (String key : expected.keySet()) {
            ParsedEntry e = expected.get(key);
            ParsedEntry a = actual.get(key);
            assertEquals(e.name(), a.name(), key);
            assertEquals(e.unit(), a.unit(), key);
            assertEquals(e.counter(), a.counter(), key);
            assertEquals(e.specialisation(), a.specialisation(), key);
            assertEquals(e.value(Map.of("value", 0.5)), a.value(Map.of("value", 0.5)), key);
        }
    }

    @Test
    void aStreamGivesTheSameEntriesAsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mapping.yaml"), YAML);
        Map<String, ParsedEntry> fromStream = MetricMapping.load(stream(YAML), "bundled mapping");
        assertSameEntries(MetricMapping.load(file), fromStream);
        assertEquals(50.0, fromStream.get("cpu").value(Map.of("value", 0.5)));
        assertThrows(UnsupportedOperationException.class, () -> fromStream.put("x", null));
    }

    @Test
    void aBadStreamIsNamedBySourceAndMetric() {
        MetricMappingException e = assertThrows(
                MetricMappingException.class,
                () -> MetricMapping.load(stream("cpu:\n  conversion_expr: value *\n"), "acme.jar!/mapping.yaml"));
        assertTrue(
                e.getMessage().startsWith("acme.jar!/mapping.yaml: metric 'cpu': conversion_expr 'value *'"),
                e.getMessage());
        assertEquals("acme.jar!/mapping.yaml", e.source());
        assertNull(e.file());
        assertEquals("cpu", e.metricKey().orElseThrow());
    }

    @Test
    void aStreamIsReadButNotClosed() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertEquals(2, MetricMapping.load(in, "s").size());
        assertFalse(closed[0]);
    }

    @Test
    void aStreamThatFailsIsAMappingExceptionNamingTheSource() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }
        };
        MetricMappingException e =
                assertThrows(MetricMappingException.class, () -> MetricMapping.load(failing, "broken source"));
        assertTrue(e.getMessage().startsWith("broken source: could not be read"), e.getMessage());
        assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
    }

    @Test
    void anOversizedStreamIsRejected() {
        String huge = "# " + "x".repeat(MetricMapping.MAX_BYTES) + "\n";
        MetricMappingException e =
                assertThrows(MetricMappingException.class, () -> MetricMapping.load(stream(huge), "big"));
        assertTrue(e.getMessage().startsWith("big: is larger than"), e.getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        MetricMappingException noStream =
                assertThrows(MetricMappingException.class, () -> MetricMapping.load((InputStream) null, "m"));
        assertTrue(noStream.getMessage().contains("got stream=null, sourceName=m"), noStream.getMessage());
        MetricMappingException noName =
                assertThrows(MetricMappingException.class, () -> MetricMapping.load(stream(YAML), null));
        assertTrue(noName.getMessage().contains("sourceName=null"), noName.getMessage());
        MetricMappingException noLoader = assertThrows(
                MetricMappingException.class, () -> MetricMapping.loadResource((ClassLoader) null, "m.yaml"));
        assertTrue(noLoader.getMessage().startsWith("classpath:m.yaml: "), noLoader.getMessage());
        MetricMappingException noResource =
                assertThrows(MetricMappingException.class, () -> MetricMapping.loadResource((String) null));
        assertTrue(noResource.getMessage().contains("resourceName=null"), noResource.getMessage());
    }

    @Test
    void aResourceIsFoundOnTheClassPathOfTheGivenLoader() throws IOException {
        Files.createDirectories(dir.resolve("com/example"));
        Files.writeString(dir.resolve("com/example/mapping.yaml"), YAML);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Map<String, ParsedEntry> mapping = MetricMapping.loadResource(loader, "com/example/mapping.yaml");
            assertSameEntries(MetricMapping.load(stream(YAML), "s"), mapping);

            MetricMappingException missing = assertThrows(
                    MetricMappingException.class,
                    () -> MetricMapping.loadResource(loader, "/com/example/mapping.yaml"));
            assertEquals(
                    "classpath:/com/example/mapping.yaml: not found on the class path; expected a YAML metric mapping"
                            + " resource there (write the name without a leading '/')",
                    missing.getMessage());
            assertEquals("classpath:/com/example/mapping.yaml", missing.source());
        }
    }

    @Test
    void withoutALoaderTheThreadsContextLoaderIsAsked() throws IOException {
        Files.writeString(dir.resolve("bundled.yaml"), "cpu:\n  name: from the context loader\n");
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            thread.setContextClassLoader(loader);
            assertEquals(
                    "from the context loader",
                    MetricMapping.loadResource("bundled.yaml").get("cpu").name());
            thread.setContextClassLoader(null);
            // Without a context loader, cmpkit's own loader is asked, and it has no such file.
            MetricMappingException e =
                    assertThrows(MetricMappingException.class, () -> MetricMapping.loadResource("bundled.yaml"));
            assertTrue(e.getMessage().startsWith("classpath:bundled.yaml: not found"), e.getMessage());
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
