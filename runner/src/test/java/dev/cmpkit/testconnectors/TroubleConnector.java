package dev.cmpkit.testconnectors;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.api.CmpContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fails in the ways a runner must survive: out of memory, endless recursion, a lying exception, a hang. */
public final class TroubleConnector implements Connector {

    @Override
    public String name() {
        return "trouble";
    }

    /** Runs out of memory. */
    @SuppressWarnings("ModifiedButNotUsed") // filling memory is the point
    @Override
    public Object getResources(Map<String, Object> event, CmpContext context) {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }

    /** Recurses until the stack overflows. */
    @Override
    public Object getMetrics(Map<String, Object> event, CmpContext context) {
        return depth(0);
    }

    @SuppressWarnings("InfiniteRecursion") // overflowing the stack is the point
    private static int depth(int n) {
        return depth(n + 1) + 1;
    }

    /** Throws an anonymous exception whose getMessage() and toString() throw too. */
    @Override
    public Object getLogs(Map<String, Object> event, CmpContext context) {
        throw new RuntimeException() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
                throw new IllegalStateException("no message for you");
            }

            @Override
            public String toString() {
                throw new IllegalStateException("no text either");
            }
        };
    }

    /** Never returns. */
    @Override
    public Object getStatus(Map<String, Object> event, CmpContext context) throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
        return null;
    }
}
