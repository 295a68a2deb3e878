/**
 * Runs a connector's handlers in-process exactly as cmpkit's runner does ({@link
 * dev.cmpkit.test.ConnectorHarness}), reads the envelope ({@link dev.cmpkit.test.HandlerResult})
 * and asserts on the result shapes ({@link dev.cmpkit.test.ResultAssertions}).
 *
 * <p>Depends on the runner and the runtime, and on {@code dev.cmpkit.test.record} for the
 * cassette a test has opened.
 */
package dev.cmpkit.test;
