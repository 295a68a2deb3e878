package dev.cmpkit.examples.acme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Opens the files bundled with the connector, in {@code dev/cmpkit/examples/acme/} on the class path. */
final class BundledFiles {

    private static final String FOLDER = "/dev/cmpkit/examples/acme/";

    private BundledFiles() {}

    /** Opens a bundled file as a stream; the caller closes it. */
    static InputStream open(String name) {
        InputStream in = BundledFiles.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("bundled file " + FOLDER + name + " is missing from the class path");
        }
        return in;
    }

    /**
     * The bundled file as a {@link Path}, for APIs that read files, such as
     * {@code MetricMapping.load(Path)}: a plain path when the classes are a folder, a path in
     * the jar's zip file system when they are a jar.
     */
    static Path path(String name) {
        URL url = BundledFiles.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalStateException("bundled file " + FOLDER + name + " is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // Opened by an earlier call; Path.of(uri) finds it.
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bundled file " + name + " has an unusable location " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar that holds bundled file " + name, e);
        }
    }
}
