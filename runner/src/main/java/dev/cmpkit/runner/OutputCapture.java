package dev.cmpkit.runner;

import dev.cmpkit.runtime.api.SecretRedactor;
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

    private final Tee tee;

    private OutputCapture(PrintStream echo, SecretRedactor redactor) {
        savedOut = System.out;
        savedErr = System.err;
        tee = new Tee(echo, copy, redactor);
        PrintStream teeStream = new PrintStream(tee, true, StandardCharsets.UTF_8);
        System.setOut(teeStream);
        System.setErr(teeStream);
    }

    /**
     * Redirects {@code System.out} and {@code System.err} until {@link #close()}.
     *
     * @param echo where the handler's output is shown while it runs, line by line
     * @param redactor replaces the module's secrets in each echoed line
     * @return the running capture
     */
    static OutputCapture start(PrintStream echo, SecretRedactor redactor) {
        return new OutputCapture(echo, redactor);
    }

    /** Returns everything printed since {@link #start(PrintStream)}, as UTF-8 text. */
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
            tee.flushLine();
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /**
     * Writes every byte to the copy, and each complete line, redacted, to the echo; synchronized
     * because handlers may print from several threads.
     */
    private static final class Tee extends OutputStream {
        private final OutputStream echo;
        private final ByteArrayOutputStream copy;
        private final SecretRedactor redactor;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Tee(OutputStream echo, ByteArrayOutputStream copy, SecretRedactor redactor) {
            this.echo = echo;
            this.copy = copy;
            this.redactor = redactor;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (copy) {
                copy.write(bytes, offset, length);
                if (redactor.isEmpty()) {
                    // Nothing to redact: show the output as it comes, partial lines included.
                    echo(bytes, offset, length);
                    return;
                }
                int start = offset;
                for (int i = offset; i < offset + length; i++) {
                    if (bytes[i] == '\n') {
                        line.write(bytes, start, i + 1 - start);
                        start = i + 1;
                        flushLine();
                    }
                }
                line.write(bytes, start, offset + length - start);
            }
        }

        /** Echoes what is buffered of the current line (all of it at the end of the run). */
        void flushLine() {
            synchronized (copy) {
                if (line.size() == 0) {
                    return;
                }
                byte[] text =
                        redactor.apply(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                line.reset();
                echo(text, 0, text.length);
            }
        }

        private void echo(byte[] bytes, int offset, int length) {
            try {
                echo.write(bytes, offset, length);
                echo.flush();
            } catch (java.io.IOException e) {
                // The echo is for the person watching; the copy in the envelope still has everything.
            }
        }
    }
}
