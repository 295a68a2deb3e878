package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Stack traces without the runner's frames, and runs that leave the standard streams as they were. */
class StackTracesTest {

    @Test
    void framesFromTheFirstRunnerFrameOnAreLeftOut() {
        IllegalStateException error = new IllegalStateException("boom");
        error.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("com.example.Api", "call", "Api.java", 10),
            new StackTraceElement("com.example.MyConnector", "getResources", "MyConnector.java", 20),
            new StackTraceElement("dev.cmpkit.runner.HandlerRun", "call", "HandlerRun.java", 30),
            new StackTraceElement("picocli.CommandLine", "execute", "CommandLine.java", 40),
        });
        assertEquals("""
                java.lang.IllegalStateException: boom
                \tat com.example.Api.call(Api.java:10)
                \tat com.example.MyConnector.getResources(MyConnector.java:20)
                """, StackTraces.withoutRunnerFrames(error));
    }

    @Test
    void aCyclicCauseChainIsPrintedOnce() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        a.setStackTrace(new StackTraceElement[0]);
        b.setStackTrace(new StackTraceElement[0]);
        assertEquals(
                "java.lang.RuntimeException: a\nCaused by: java.lang.RuntimeException: b\n",
                StackTraces.withoutRunnerFrames(a));
    }

    @Test
    void aRunRestoresTheStandardStreamsEvenWhenTheHandlerThrows() {
        var out = System.out;
        var err = System.err;
        assertEquals(1, RunResult.run("resources", "-c", "failing").exitCode());
        assertEquals(0, RunResult.run("metrics", "-c", "echo", "--no-validate").exitCode());
        assertSame(out, System.out);
        assertSame(err, System.err);
    }
}
