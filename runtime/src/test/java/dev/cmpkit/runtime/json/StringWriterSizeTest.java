package dev.cmpkit.runtime.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonByteWriter#string(String)} is kept too big for HotSpot to inline at hot call sites,
 * so that every string of a resource runs one compiled copy of its loops. A refactoring that moves
 * the loops into a smaller method would keep every output the same and silently cost about a
 * third of the serializer's speed; this test is what notices.
 */
class StringWriterSizeTest {

    /** HotSpot's default {@code FreqInlineSize} on x86-64 and AArch64. */
    private static final int HOTSPOT_DEFAULT_FREQ_INLINE_SIZE = 325;

    private static final Pattern INSTRUCTION = Pattern.compile("^\\s+(\\d+): ", Pattern.MULTILINE);

    @Test
    void stringWriterBytecodeIsAboveTheHotInliningLimit() throws Exception {
        int limit = freqInlineSize();
        String method = disassembly(JsonByteWriter.class, "public void string(java.lang.String)");
        int lastOffset = lastInstructionOffset(method);

        assertTrue(
                lastOffset >= limit,
                "JsonByteWriter.string(String) has " + (lastOffset + 1) + " bytes of bytecode; it must stay over"
                        + " FreqInlineSize (" + limit
                        + ") so that HotSpot does not inline its loops into every caller");
    }

    @Test
    void disassemblyIsReadFromTheRealClassFile() throws Exception {
        // The helper itself: a small method has a small last offset, so the size test can fail.
        int lastOffset = lastInstructionOffset(disassembly(JsonByteWriter.class, "public void bool(boolean)"));

        assertTrue(lastOffset > 0 && lastOffset < 64, "bool(boolean) ends at offset " + lastOffset);
    }

    /** The running JVM's hot-inlining limit, or HotSpot's default where the JVM does not say. */
    private static int freqInlineSize() {
        try {
            return Integer.parseInt(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("FreqInlineSize")
                    .getValue());
        } catch (IllegalArgumentException e) {
            // Not HotSpot (no such bean or option): hold the method to HotSpot's default anyway.
            return HOTSPOT_DEFAULT_FREQ_INLINE_SIZE;
        }
    }

    /** The {@code javap -c} text of one method of {@code type}, from its compiled class file. */
    private static String disassembly(Class<?> type, String signature) throws Exception {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(() -> new AssertionError("no javap"));
        Path classes =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        int status = javap.run(
                new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-cp", classes.toString(), type.getName());
        assertTrue(status == 0, "javap failed: " + out);
        String text = out.toString();
        int start = text.indexOf("  " + signature);
        assertTrue(start >= 0, "no method " + signature + " in:\n" + text);
        int end = text.indexOf("\n\n", start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int lastInstructionOffset(String method) {
        Matcher instruction = INSTRUCTION.matcher(method);
        int last = -1;
        while (instruction.find()) {
            last = Integer.parseInt(instruction.group(1));
        }
        assertTrue(last >= 0, "no instructions in:\n" + method);
        return last;
    }
}
