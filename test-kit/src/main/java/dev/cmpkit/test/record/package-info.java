/**
 * HTTP record/replay for connector tests: the {@link dev.cmpkit.test.record.Cassette @Cassette}
 * JUnit extension, which records on a test's first run and replays afterwards, and the {@link
 * dev.cmpkit.test.record.RecordingProxy}, a local endpoint that any HTTP client (a provider's
 * SDK, {@code HttpURLConnection}, …) can be pointed at. Both write the runtime's redacted
 * cassette format through {@code dev.cmpkit.runtime.api.Cassette}.
 *
 * <p>Depends on the runtime's {@code api} package and WireMock; nothing else in the kit.
 */
package dev.cmpkit.test.record;
