package dev.cmpkit.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends what a handler prints to standard output or standard error to the runner's error
 * stream and keeps a copy for the envelope's {@code logs}, so that standard output carries only
 * the envelope.
 */
final class OutputCapture implements AutoCloseable {

    private final PrintStream savedOut;
    private final PrintStream savedErr;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean closed;

    private OutputCapture(PrintStream echo) {
        savedOut = System.out;
        savedErr = System.err;
        PrintStream tee = new PrintStream(new Tee(echo, copy), true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
    }

    /**
     * Redirects {@code System.out} and {@code System.err} until {@link #close()}.
     *
     * @param echo where the handler's output is shown while it runs
     * @return the running capture
     */
    static OutputCapture start(PrintStream echo) {
        return new OutputCapture(echo);
    }

    /** @return everything printed since {@link #start(PrintStream)}, as UTF-8 text */
    String text() {
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    /** Puts the original streams back. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            System.out.flush();
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** Writes every byte to both streams; synchronized because handlers may print from several threads. */
    private static final class Tee extends OutputStream {
        private final OutputStream echo;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream echo, ByteArrayOutputStream copy) {
            this.echo = echo;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            synchronized (copy) {
                copy.write(b);
                writeEcho(new byte[] {(byte) b}, 0, 1);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (copy) {
                copy.write(bytes, offset, length);
                writeEcho(bytes, offset, length);
            }
        }

        @Override
        public void flush() {
            try {
                echo.flush();
            } catch (java.io.IOException e) {
                // The echo is for the person watching; the copy in the envelope still has everything.
            }
        }

        private void writeEcho(byte[] bytes, int offset, int length) {
            try {
                echo.write(bytes, offset, length);
            } catch (java.io.IOException e) {
                // See flush().
            }
        }
    }
}
