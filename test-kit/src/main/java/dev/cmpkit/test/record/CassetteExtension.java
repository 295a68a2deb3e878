package dev.cmpkit.test.record;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Opens the cassette of a {@link Cassette @Cassette} test before it runs and closes it after:
 * handler runs on the test's thread record into the file, and a {@link RecordingProxy}
 * parameter forwards to the annotation's target through the same file.
 */
final class CassetteExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CassetteExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Path file = file(context);
        // The first recording locks a file beside the cassette, so its folder must exist.
        Files.createDirectories(file.toAbsolutePath().getParent());
        ActiveCassette.set(file);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ActiveCassette.set(null);
        // A proxy handed to the test is closed here (its cassette saved) even when the test failed.
        RecordingProxy proxy = context.getStore(NAMESPACE).remove(RecordingProxy.class, RecordingProxy.class);
        if (proxy != null) {
            proxy.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RecordingProxy.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Cassette cassette = annotation(context);
        if (cassette.target().isEmpty()) {
            throw new ParameterResolutionException("@Cassette(\"" + cassette.value()
                    + "\") has no target; a RecordingProxy parameter needs the real service's base URL, e.g."
                    + " @Cassette(value = \"" + cassette.value() + "\", target = \"https://api.example.com\")");
        }
        RecordingProxy proxy = RecordingProxy.start(URI.create(cassette.target()), file(context), Map.of());
        context.getStore(NAMESPACE).put(RecordingProxy.class, proxy);
        return proxy;
    }

    private static Path file(ExtensionContext context) {
        Cassette cassette = annotation(context);
        return Path.of(cassette.directory()).resolve(cassette.value() + ".yaml");
    }

    /** The method's annotation, else the nearest enclosing class's. */
    private static Cassette annotation(ExtensionContext context) {
        Optional<Cassette> onMethod = find(context.getTestMethod().orElse(null));
        if (onMethod.isPresent()) {
            return onMethod.get();
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<Cassette> onClass = find(type);
            if (onClass.isPresent()) {
                return onClass.get();
            }
        }
        throw new IllegalStateException("CassetteExtension runs only for tests annotated with @Cassette");
    }

    private static Optional<Cassette> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, Cassette.class);
    }
}
