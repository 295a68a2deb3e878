package dev.cmpkit.processor.writer;

/**
 * The last step of writing a class: the line layout JavaPoet leaves to its caller. JavaPoet wraps
 * code at {@code $W} and {@code $Z}, but writes each Javadoc line as it is given, and a wrapped
 * field initializer keeps the space after its {@code =}. So Javadoc lines longer than
 * {@value #MAX_LINE} columns are re-wrapped here at spaces (a block tag's continuation indented by
 * four, as people write them), a signature JavaPoet broke between {@code throws} and the exception
 * is broken before {@code throws} instead, and trailing blanks are dropped.
 */
final class SourceLayout {

    /** The longest line a generated source has, as in the project's own code. */
    static final int MAX_LINE = 100;

    private SourceLayout() {}

    /** {@code source} with its Javadoc lines fitted into {@value #MAX_LINE} columns and signatures broken before {@code throws}. */
    static String tidy(String source) {
        StringBuilder out = new StringBuilder(source.length() + 256);
        boolean inJavadoc = false;
        boolean throwsMoved = false;
        for (String line : source.split("\n", -1)) {
            String text = line.stripTrailing();
            String content = text.strip();
            if (throwsMoved) {
                text = text.substring(0, text.length() - content.length()) + "throws " + content;
                content = text.strip();
                throwsMoved = false;
            }
            inJavadoc |= content.startsWith("/**");
            if (inJavadoc && text.length() > MAX_LINE && content.startsWith("* ")) {
                wrap(text, out);
            } else if (!inJavadoc && text.endsWith(" throws")) {
                // "... String key) throws" / "IOException {" becomes "... String key)" / "throws IOException {".
                out.append(text, 0, text.length() - " throws".length()).append('\n');
                throwsMoved = true;
            } else {
                out.append(text).append('\n');
            }
            inJavadoc &= !content.endsWith("*/");
        }
        out.setLength(out.length() - 1); // the split's last piece followed the file's last newline
        return out.toString();
    }

    /** Appends the Javadoc line {@code line} as several lines, breaking at the last space that fits. */
    private static void wrap(String line, StringBuilder out) {
        int textStart = line.indexOf("* ") + 2;
        String prefix = line.substring(0, textStart);
        String continuation = line.startsWith("@", textStart) ? prefix + "    " : prefix;
        String rest = line.substring(textStart);
        String lead = prefix;
        while (lead.length() + rest.length() > MAX_LINE) {
            int space = breakBefore(rest, MAX_LINE - lead.length());
            if (space < 0) {
                break;
            }
            out.append(lead).append(rest, 0, space).append('\n');
            rest = rest.substring(space + 1);
            lead = continuation;
        }
        out.append(lead).append(rest).append('\n');
    }

    /**
     * The space to break {@code text} at so that at most {@code width} characters stay on the line:
     * the last one outside an inline tag such as <code>{&#64;code a b}</code>, else the last one at
     * all, else (a word longer than the line) the first one; -1 when there is no space.
     */
    private static int breakBefore(String text, int width) {
        int outsideTag = -1;
        int anywhere = -1;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == ' ' && i > 0) {
                if (i > width) {
                    return anywhere >= 0 ? (outsideTag >= 0 ? outsideTag : anywhere) : i;
                }
                anywhere = i;
                outsideTag = depth == 0 ? i : outsideTag;
            }
        }
        return outsideTag >= 0 ? outsideTag : anywhere;
    }
}
