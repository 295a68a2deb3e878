package dev.cmpkit.runtime.expr;

/** The four languages of the public parsers; they differ only in what a whole input may be. */
enum Grammar {
    /** Arithmetic only. */
    ARITHMETIC,
    /** Exactly one {@code a if condition else b}. */
    TERNARY,
    /** Exactly one CASE expression, whose parts may contain further CASEs. */
    CASE,
    /** Arithmetic, or one ternary; never CASE. The grammar of metric mappings. */
    SIMPLE;

    boolean allowsCase() {
        return this == CASE;
    }
}
