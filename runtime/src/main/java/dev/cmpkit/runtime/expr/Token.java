package dev.cmpkit.runtime.expr;

/** One token: its type and its half-open character range {@code [start, end)} in the source. */
record Token(TokenType type, int start, int end) {

    String text(String source) {
        return source.substring(start, end);
    }
}
