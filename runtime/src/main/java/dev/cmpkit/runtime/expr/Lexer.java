package dev.cmpkit.runtime.expr;

/**
 * Splits expression text into tokens on demand, so that a long input never needs a token list.
 */
final class Lexer {
    /** Keywords in the order of their token types, matched case-insensitively. */
    private static final TokenType[] KEYWORDS = {
        TokenType.CASE,
        TokenType.WHEN,
        TokenType.THEN,
        TokenType.ELSE,
        TokenType.END,
        TokenType.IF,
        TokenType.AND,
        TokenType.OR,
        TokenType.NOT,
    };

    private final String source;
    private int position;

    Lexer(String source) {
        this.source = source;
    }

    Token next() {
        skipWhitespace();
        int start = position;
        if (position >= source.length()) {
            return new Token(TokenType.EOF, start, start);
        }
        char c = source.charAt(position++);
        if (isDigit(c)) {
            return number(start);
        }
        if (isLetter(c)) {
            return identifier(start);
        }
        TokenType type = switch (c) {
            case '+' -> TokenType.PLUS;
            case '-' -> TokenType.MINUS;
            case '*' -> TokenType.STAR;
            case '/' -> TokenType.SLASH;
            case '^' -> TokenType.CARET;
            case '(' -> TokenType.LEFT_PAREN;
            case ')' -> TokenType.RIGHT_PAREN;
            case '=' -> match('=') ? TokenType.EQUAL_EQUAL : TokenType.EQUAL;
            case '<' -> match('=') ? TokenType.LESS_EQUAL : TokenType.LESS;
            case '>' -> match('=') ? TokenType.GREATER_EQUAL : TokenType.GREATER;
            case '!' -> match('=') ? TokenType.BANG_EQUAL : TokenType.INVALID;
            default -> {
                // Report a whole code point, not half of a surrogate pair.
                if (Character.isHighSurrogate(c)
                        && position < source.length()
                        && Character.isLowSurrogate(source.charAt(position))) {
                    position++;
                }
                yield TokenType.INVALID;
            }
        };
        return token(type, start);
    }

    /** Whitespace is exactly space, tab, CR and LF; anything else is an invalid character. */
    private void skipWhitespace() {
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            position++;
        }
    }

    /** {@code digits[.digits*][(e|E)[+-]digits]}; an exponent marker without digits is not consumed. */
    private Token number(int start) {
        skipDigits();
        if (match('.')) {
            skipDigits();
        }
        if (position < source.length() && (source.charAt(position) == 'e' || source.charAt(position) == 'E')) {
            int afterMarker = position + 1;
            if (afterMarker < source.length()
                    && (source.charAt(afterMarker) == '+' || source.charAt(afterMarker) == '-')) {
                afterMarker++;
            }
            // "2ELSE" is the number 2 and the keyword ELSE: the exponent needs a digit.
            if (afterMarker < source.length() && isDigit(source.charAt(afterMarker))) {
                position = afterMarker;
                skipDigits();
            }
        }
        return token(TokenType.NUMBER, start);
    }

    private Token identifier(int start) {
        while (position < source.length()) {
            char c = source.charAt(position);
            if (!isLetter(c) && !isDigit(c) && c != '_') {
                break;
            }
            position++;
        }
        int length = position - start;
        if (length == 4 && source.startsWith("NULL", start)) {
            return token(TokenType.NULL, start);
        }
        for (TokenType keyword : KEYWORDS) {
            String name = keyword.name();
            if (name.length() == length && source.regionMatches(true, start, name, 0, length)) {
                return token(keyword, start);
            }
        }
        return token(TokenType.IDENTIFIER, start);
    }

    private void skipDigits() {
        while (position < source.length() && isDigit(source.charAt(position))) {
            position++;
        }
    }

    private boolean match(char expected) {
        if (position < source.length() && source.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private Token token(TokenType type, int start) {
        return new Token(type, start, position);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Identifiers are ASCII: a letter outside A-Z and a-z is an invalid character. */
    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
