package dev.cmpkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Javadoc comment in cmpkit's main sources starts with a summary sentence: a comment that
 * opens with a block tag ({@code @return}, {@code @param}, …) leaves the member's summary in the
 * generated docs empty.
 */
class JavadocSummaryTest {

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    @Test
    void everyJavadocCommentOpensWithASummary() {
        Map<Path, String> sources = MainSources.read();
        assertTrue(sources.size() > 100, () -> "expected cmpkit's sources, found " + sources.size() + " files");
        List<String> tagFirst = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher comment = JAVADOC.matcher(text);
            while (comment.find()) {
                if (opensWithBlockTag(comment.group(1))) {
                    int line = 1
                            + (int) text.substring(0, comment.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    tagFirst.add(file + ":" + line);
                }
            }
        });
        assertEquals(List.of(), tagFirst, "Javadoc comments that start with a block tag instead of a summary");
    }

    @Test
    void aCommentThatOpensWithATagIsFoundAndOneWithASummaryIsNot() {
        assertTrue(opensWithBlockTag("\n     * @return the name\n     "));
        assertTrue(opensWithBlockTag(" @param env the environment "));
        assertEquals(false, opensWithBlockTag("\n     * Names this connector.\n     *\n     * @return the name\n"));
        assertEquals(false, opensWithBlockTag(" {@return the name} "));
        assertEquals(false, opensWithBlockTag(""));
    }

    /** Whether the comment's first text, past the leading stars, is a block tag. */
    static boolean opensWithBlockTag(String body) {
        for (String line : body.split("\n", -1)) {
            String text = line.strip();
            while (text.startsWith("*")) {
                text = text.substring(1).strip();
            }
            if (!text.isEmpty()) {
                return text.startsWith("@");
            }
        }
        return false;
    }
}
