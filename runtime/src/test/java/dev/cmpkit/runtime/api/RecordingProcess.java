package dev.cmpkit.runtime.api;

import java.nio.file.Path;
import java.util.Map;

/**
 * A recorder in a JVM of its own, for the test that several processes recording into one
 * cassette lose nothing: records {@code count} exchanges named after {@code name}, saving after
 * each one.
 */
final class RecordingProcess {

    private RecordingProcess() {}

    /**
     * Records the exchanges, saving the cassette after each one.
     *
     * @param args the cassette file, a name, a count
     */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[2]);
        try (Cassette cassette = Cassette.open(file)) {
            for (int i = 0; i < count; i++) {
                cassette.record(new Interaction(
                        "GET", "http://h/" + args[1] + "/" + i, Map.of(), new byte[0], 200, Map.of(), new byte[0]));
                cassette.save();
            }
        }
    }
}
