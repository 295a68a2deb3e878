package dev.cmpkit.processor;

import javax.annotation.processing.Processor;

/** Reaches the processor's test-only constructor from the processor-tests module. */
public final class ProcessorAccess {

    private ProcessorAccess() {}

    /** A processor that throws {@code failure} before handling each template. */
    public static Processor failingWith(RuntimeException failure) {
        return new CmpProcessor(element -> {
            throw failure;
        });
    }
}
