package dev.cmpkit.runtime.expr;

/**
 * Thrown when an expression text does not follow its grammar; says where, what was found there
 * and what would have been accepted.
 *
 * <p>The message has three lines, like {@link java.util.regex.PatternSyntaxException}: the
 * problem, then a one-line excerpt of the input, then a caret under the offending position.
 */
public final class ExpressionSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How many characters of input the excerpt shows on either side of the position. */
    private static final int EXCERPT_RADIUS = 30;

    private final String input;
    private final int position;
    private final String offendingText;
    private final String expected;

    ExpressionSyntaxException(String input, int position, String offendingText, String expected) {
        super(describe(position, offendingText, expected) + '\n' + excerptWithCaret(input, position));
        this.input = input;
        this.position = position;
        this.offendingText = offendingText;
        this.expected = expected;
    }

    /** {@return the 0-based character (UTF-16 index) position of the problem in the input} */
    public int position() {
        return position;
    }

    /**
     * {@return what was found at the position: the token text in quotes, or a description such
     * as {@code end of input}}
     */
    public String offendingText() {
        return offendingText;
    }

    /** {@return what the grammar would have accepted at the position, e.g. {@code ')' to close '('}} */
    public String expected() {
        return expected;
    }

    /** {@return the whole input that failed to parse ({@code null} when the input was null)} */
    public String input() {
        return input;
    }

    /** {@return the problem in one line, without the excerpt} */
    public String description() {
        return describe(position, offendingText, expected);
    }

    /**
     * {@return one line of the input around the position (at most about 60 characters, line
     * breaks and tabs shown as spaces), then a line with a caret under the position}
     */
    public String excerpt() {
        return excerptWithCaret(input, position);
    }

    private static String describe(int position, String offendingText, String expected) {
        return "Syntax error at position " + position + ": expected " + expected + ", found " + offendingText;
    }

    private static String excerptWithCaret(String input, int position) {
        String text = input == null ? "" : input;
        int from = Math.max(0, position - EXCERPT_RADIUS);
        int to = Math.min(text.length(), position + EXCERPT_RADIUS);
        StringBuilder line = new StringBuilder();
        String prefix = from > 0 ? "..." : "";
        line.append(prefix);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // One output character per input character keeps the caret aligned.
            line.append(c == '\n' || c == '\r' || c == '\t' || Character.isISOControl(c) ? ' ' : c);
        }
        if (to < text.length()) {
            line.append("...");
        }
        line.append('\n').append(" ".repeat(prefix.length() + position - from)).append('^');
        return line.toString();
    }
}
