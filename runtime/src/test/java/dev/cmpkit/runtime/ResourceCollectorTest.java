package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.log.CmpLogger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Collecting a handler's resources: lenient collection keeps the valid ones and logs each invalid
 * one naming its type, id and problems; strict collection fails naming them all.
 */
class ResourceCollectorTest {

    private static final String STATES = "[unknown, pending, running, shutting, terminated, stopping, stopped]";

    private static Server.Builder server(String id, String state) {
        return Server.builder().id(id).name("n").state(state);
    }

    @Test
    void lenientCollectionKeepsTheValidResourcesAndLogsEachInvalidOne() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CmpLogger logger = new CmpLogger(
                CmpContext.local(), null, "acc-1", null, new PrintStream(printed, true, StandardCharsets.UTF_8));
        ResourceCollector collector = ResourceCollector.lenient(logger)
                .add(server("i-1", "running"))
                .add(server("i-2", "shutting-down"))
                .add(() -> server(null, "running").build())
                .add(server("i-3", "stopped"));

        assertEquals(
                List.of("i-1", "i-3"),
                collector.resources().stream().map(Resource::id).toList());
        InvalidResourceException second = assertInstanceOf(
                InvalidResourceException.class, collector.rejected().get(0));
        assertEquals("server", second.type());
        assertEquals("i-2", second.id());
        assertEquals(1, second.problems().size());
        assertEquals(null, ((InvalidResourceException) collector.rejected().get(1)).id());
        String[] lines = printed.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, () -> String.join("\n", lines));
        assertEquals(
                "warn\tTarget(customer: None,account: acc-1, resource: None): left out an invalid resource: "
                        + "server \"i-2\": state must be one of " + STATES + ", got \"shutting-down\"",
                lines[0]);
        assertEquals(
                "warn\tTarget(customer: None,account: acc-1, resource: None): left out an invalid resource: "
                        + "server (no id): id is required, got null",
                lines[1]);
    }

    @Test
    void strictCollectionFailsNamingEveryInvalidResource() {
        ResourceCollector collector = ResourceCollector.strict()
                .add(server("i-1", "running"))
                .add(server("i-2", "shutting-down"))
                .add(server("", "running"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, collector::resources);
        assertEquals(
                "2 of 3 resources are invalid\n  server \"i-2\": state must be one of " + STATES
                        + ", got \"shutting-down\"\n  server \"\": id must not be empty, got \"\"",
                e.getMessage());
    }

    @Test
    void strictCollectionOfValidResourcesGivesThemAll() {
        assertEquals(
                2,
                ResourceCollector.strict()
                        .add(server("i-1", "running"))
                        .add(server("i-2", null))
                        .resources()
                        .size());
    }

    @Test
    void missingArgumentsAreNamed() {
        ResourceCollector collector = ResourceCollector.strict();
        IllegalArgumentException noLogger =
                assertThrows(IllegalArgumentException.class, () -> ResourceCollector.lenient(null));
        assertEquals("logger is required, got null", noLogger.getMessage());
        IllegalArgumentException noBuilder =
                assertThrows(IllegalArgumentException.class, () -> collector.add((Server.Builder) null));
        assertEquals("builder is required, got null", noBuilder.getMessage());
        IllegalArgumentException noSupplier =
                assertThrows(IllegalArgumentException.class, () -> collector.add((Supplier<Resource>) null));
        assertEquals("build is required, got null", noSupplier.getMessage());
        IllegalArgumentException nothingBuilt =
                assertThrows(IllegalArgumentException.class, () -> collector.add(() -> null));
        assertEquals("build returned null; it must return a resource or throw", nothingBuilt.getMessage());
    }

    @Test
    void otherExceptionsAreNotSwallowed() {
        ResourceCollector collector = ResourceCollector.strict();
        assertThrows(
                IllegalStateException.class,
                () -> collector.add(() -> {
                    throw new IllegalStateException("provider down");
                }));
        assertEquals(List.of(), collector.resources());
    }

    @Test
    void aRegionLeftOutForLocationsIsLoggedAtDebugLevel() {
        Logger logger = Logger.getLogger(ResourceBuilder.class.getName());
        List<String> messages = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
        try {
            Locations locations = Locations.of(List.of(Location.builder()
                    .city(Place.builder().name("Paris").build())
                    .build()));
            server("i-1", "running").region(Region.of("eu-west-3")).build();
            server("i-2", "running").locations(locations).build();
            server("i-3", "running")
                    .region(Region.of("eu-west-3"))
                    .locations(locations)
                    .build();
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(before);
        }
        assertEquals(
                List.of("FINE resource \"i-3\": its locations are written, so its region \"eu-west-3\" is left out"
                        + " of \"regions\""),
                messages);
    }
}
