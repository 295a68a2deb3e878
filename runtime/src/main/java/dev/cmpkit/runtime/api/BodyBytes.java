package dev.cmpkit.runtime.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves bodies between bytes and the reactive-streams types of {@code java.net.http}: drains a
 * request's body publisher into bytes, and feeds bytes to a caller's body subscriber.
 */
final class BodyBytes {

    /** A publisher that never completes must not hang the caller forever. */
    private static final long PUBLISHER_TIMEOUT_SECONDS = 60;

    private BodyBytes() {}

    /** The request body as bytes; empty when the request has none. */
    static byte[] of(HttpRequest request) throws IOException, InterruptedException {
        if (request.bodyPublisher().isEmpty()) {
            return new byte[0];
        }
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                synchronized (out) {
                    byte[] chunk = new byte[item.remaining()];
                    item.get(chunk);
                    out.writeBytes(chunk);
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                synchronized (out) {
                    done.complete(out.toByteArray());
                }
            }
        });
        try {
            return done.get(PUBLISHER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException(
                    "cannot read the body of " + request.method() + " "
                            + request.uri().getRawPath() + " for recording: " + e.getCause(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IOException(
                    "the body publisher of " + request.method() + " "
                            + request.uri().getRawPath() + " did not complete within " + PUBLISHER_TIMEOUT_SECONDS
                            + " s",
                    e);
        }
    }

    /** Runs {@code handler}'s subscriber over {@code body} and returns what it makes of it. */
    static <T> T deliver(HttpResponse.BodySubscriber<T> subscriber, byte[] body) throws IOException {
        subscriber.onSubscribe(new Flow.Subscription() {
            private boolean finished;

            @Override
            public synchronized void request(long n) {
                if (finished) {
                    return;
                }
                finished = true;
                if (n <= 0) {
                    subscriber.onError(new IllegalArgumentException("non-positive request: " + n));
                    return;
                }
                if (body.length > 0) {
                    subscriber.onNext(List.of(ByteBuffer.wrap(body.clone())));
                }
                subscriber.onComplete();
            }

            @Override
            public synchronized void cancel() {
                finished = true;
            }
        });
        try {
            return subscriber.getBody().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw new IOException("the response body handler failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while handing over the response body", e);
        }
    }
}
