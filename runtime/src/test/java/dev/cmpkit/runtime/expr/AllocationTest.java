package dev.cmpkit.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evaluation allocates nothing but the boxed result: measured with the JVM's per-thread
 * allocation counter over many calls, so a stray per-call object would show as 16 or more extra
 * bytes.
 */
class AllocationTest {
    private static final int CALLS = 1_000_000;

    @Test
    void evaluatingArithmeticAllocatesAtMostTheResult() {
        Map<String, Object> vars = new HashMap<>(Map.of("value", 12.5, "unused", 1));
        assertAllocatesAtMostTheResult(new SimpleExpressionParser().parse("value * 10"), vars, 125.0);
    }

    @Test
    void evaluatingNestedCaseAllocatesAtMostTheResult() {
        Map<String, Object> vars = new HashMap<>(Map.of("used", 30, "total", 120L, "scale", "2"));
        Expression e = new CaseExpressionParser()
                .parse("CASE WHEN total = 0 THEN NULL "
                        + "WHEN used > total or used < 0 THEN 0 "
                        + "ELSE CASE WHEN not used = 0 THEN used / total * 100 - (1 + 2) ^ 2 + -used END END");
        assertAllocatesAtMostTheResult(e, vars, 30.0 / 120 * 100 - 9 - 30);
    }

    private static void assertAllocatesAtMostTheResult(Expression e, Map<String, Object> vars, double expected) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        double sum = 0;
        for (int i = 0; i < CALLS; i++) { // warm-up, so that JIT compilation happens before measuring
            sum += e.evaluate(vars);
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < CALLS; i++) {
            sum += e.evaluate(vars);
        }
        long perCall = (threads.getThreadAllocatedBytes(thread) - before) / CALLS;
        assertEquals(expected * 2 * CALLS, sum, Math.abs(expected) * CALLS * 1e-9);
        // A boxed Double takes 24 bytes on a 64-bit HotSpot (12-byte header, 8-byte value,
        // padding), and the JIT may remove it altogether; any other object would add at least 16.
        // "2" is a numeric string, read without allocating.
        assertTrue(perCall <= 24, "allocated " + perCall + " bytes per evaluation");
    }
}
