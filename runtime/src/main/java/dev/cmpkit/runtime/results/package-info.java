/**
 * The results a connector's handlers return, one immutable type per shape CMP reads: metrics
 * ({@link dev.cmpkit.runtime.results.MetricsResult}), spend
 * ({@link dev.cmpkit.runtime.results.SpendReport}), logs
 * ({@link dev.cmpkit.runtime.results.LogsResult}), status
 * ({@link dev.cmpkit.runtime.results.StatusResult}) and the credentials check
 * ({@link dev.cmpkit.runtime.results.CredentialsCheck}).
 *
 * <p>Each is made with a builder whose {@code build()} checks every required key and allowed
 * value at once, converts timestamps to UTC RFC 3339, and writes its keys in CMP's order with
 * unset optional keys left out. Like every cmpkit value, each is written by Jackson (with
 * {@code CmpModule}) exactly as its {@code serialize()} map reads.
 *
 * <p>Depends on {@code dev.cmpkit.runtime} (timestamps, {@code CmpSerializable}),
 * {@code dev.cmpkit.runtime.json} and {@code dev.cmpkit.runtime.metrics}.
 */
package dev.cmpkit.runtime.results;
