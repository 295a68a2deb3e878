package dev.cmpkit.test.record;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test with HTTP record/replay: the first run records every exchange to
 * {@code <directory>/<value>.yaml}, later runs replay what the file holds and record only what is
 * new. Commit the file, and the test runs without the network and without credentials.
 *
 * <pre>{@code
 * @Test
 * @Cassette("acme-inventory")
 * void listsTheInventory() {
 *     HandlerResult result = ConnectorHarness.of(AcmeConnector.class).run(Command.RESOURCES, event);
 *     ...
 * }
 *
 * @Test
 * @Cassette(value = "s3-buckets", target = "https://s3.eu-west-1.amazonaws.com")
 * void listsBuckets(RecordingProxy s3) {
 *     S3Client client = S3Client.builder().endpointOverride(URI.create(s3.baseUrl())).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>HTTP made through cmpkit's client (or the context's {@code httpClient()}) in runs of {@code
 * ConnectorHarness} is recorded directly. For any other client, name the real service as {@link
 * #target()} and point the client at the {@link RecordingProxy} the test receives as a parameter.
 * Credentials headers and the module's secrets never reach the file.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ExtendWith(CassetteExtension.class)
public @interface Cassette {

    /** {@return the cassette's name: the file is {@code <directory>/<name>.yaml}} */
    String value();

    /** {@return where cassettes are kept, relative to the working directory (the module's, under Maven)} */
    String directory() default "src/test/resources/cassettes";

    /**
     * {@return the base URL of the real service a {@link RecordingProxy} parameter forwards to,
     * e.g. {@code "https://api.example.com"}; empty when the test takes no proxy}
     */
    String target() default "";
}
