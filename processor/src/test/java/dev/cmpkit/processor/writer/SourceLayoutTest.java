package dev.cmpkit.processor.writer;

import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.oneOf;
import static dev.cmpkit.testing.RandomCases.stringOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Javadoc lines are fitted into 100 columns without losing or moving a word; code is left alone
 * but for where a signature breaks around {@code throws}.
 */
class SourceLayoutTest {

    private static final List<String> WORDS =
            List.of("a", "resource", "{@code details.colo_space}", "{@link #build()}", "wire", "JSON,", "keys.");

    @Test
    void longJavadocLineIsWrappedAtTheLastSpaceOutsideAnInlineTag() {
        String line = "     * Streams the wire form to {@code gen}, with {@code base.last_seen_at} taken from"
                + " {@code clock}.";
        assertEquals("""
                    /**
                     * Streams the wire form to {@code gen}, with {@code base.last_seen_at} taken from
                     * {@code clock}.
                     */\
                """, SourceLayout.tidy("    /**\n" + line + "\n     */"));
    }

    @Test
    void blockTagContinuationIsIndentedByFour() {
        String tag = " * @throws CmpReadException when the input is not a valid appliance resource, naming what"
                + " was expected and where";
        assertEquals("""
                /**
                 * @throws CmpReadException when the input is not a valid appliance resource, naming what was
                 *     expected and where
                 */
                """, SourceLayout.tidy("/**\n" + tag + "\n */\n"));
    }

    @Test
    void codeIsLeftAsItIsButForTrailingBlanks() {
        String code = "    private static final String X = \"" + "x".repeat(120) + "\";\n"
                + "    int y = 2 *\n"
                + "            3;\n";
        assertEquals(code, SourceLayout.tidy(code.replace("2 *\n", "2 *   \n")));
    }

    @Test
    void aSignatureBrokenAfterThrowsIsBrokenBeforeIt() {
        String broken = """
                    private static boolean readDetail(JsonParser parser, Builder builder, String key) throws
                            IOException {
                """;
        assertEquals("""
                    private static boolean readDetail(JsonParser parser, Builder builder, String key)
                            throws IOException {
                """, SourceLayout.tidy(broken));
    }

    @Test
    void aThrowsTagInJavadocStaysWhereItIs() {
        String javadoc = """
                /**
                 * Reads it, or throws
                 * an exception.
                 */
                """;
        assertEquals(javadoc, SourceLayout.tidy(javadoc));
    }

    @Test
    void everyJavadocLineFitsAndKeepsItsWordsInOrder() {
        check(300, random -> {
            String indent = " ".repeat(4 * random.nextInt(3));
            List<String> words = words(random);
            String line = indent + " * " + String.join(" ", words);
            String tidied = SourceLayout.tidy(indent + "/**\n" + line + "\n" + indent + " */\n");
            List<String> lines = tidied.lines().toList();
            List<String> texts = new ArrayList<>();
            for (String out : lines.subList(1, lines.size() - 1)) {
                assertTrue(out.startsWith(indent + " * "), out);
                String text = out.substring(indent.length() + 3);
                assertTrue(out.length() <= SourceLayout.MAX_LINE || !text.contains(" "), out);
                texts.add(text);
            }
            assertEquals(String.join(" ", words), String.join(" ", texts));
        });
    }

    private static List<String> words(SplittableRandom random) {
        List<String> words = new ArrayList<>();
        int count = 1 + random.nextInt(60);
        for (int i = 0; i < count; i++) {
            words.add(random.nextInt(10) == 0 ? stringOf(random, "abcdefgh", 1, 130) : oneOf(random, WORDS));
        }
        return words;
    }
}
