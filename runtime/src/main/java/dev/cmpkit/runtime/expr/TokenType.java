package dev.cmpkit.runtime.expr;

/** The kinds of token the lexer produces. */
enum TokenType {
    NUMBER,
    IDENTIFIER,
    /** The case-sensitive identifier {@code NULL}, which evaluates to null. */
    NULL,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    CARET,
    LEFT_PAREN,
    RIGHT_PAREN,
    EQUAL,
    EQUAL_EQUAL,
    BANG_EQUAL,
    LESS,
    LESS_EQUAL,
    GREATER,
    GREATER_EQUAL,
    CASE,
    WHEN,
    THEN,
    ELSE,
    END,
    IF,
    AND,
    OR,
    NOT,
    /** A character that starts no token; the parser reports it as found where it expected something. */
    INVALID,
    EOF;

    boolean isKeyword() {
        return compareTo(CASE) >= 0 && compareTo(NOT) <= 0;
    }
}
