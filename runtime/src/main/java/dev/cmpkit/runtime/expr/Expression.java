package dev.cmpkit.runtime.expr;

import java.util.List;
import java.util.Map;

/**
 * A parsed expression: an immutable, thread-safe function of its variables that can be
 * evaluated any number of times.
 *
 * <pre>{@code
 * Expression e = new CaseExpressionParser().parse("CASE WHEN total = 0 THEN NULL ELSE used / total END");
 * e.variables();                                  // [total, used]
 * e.evaluate(Map.of("total", 200, "used", 50));   // 0.25
 * }</pre>
 */
public final class Expression {
    private final String source;
    private final Num root;
    private final List<String> variables;

    Expression(String source, Num root, List<String> variables) {
        this.source = source;
        this.root = root;
        this.variables = variables;
    }

    /**
     * Evaluates the expression. Variables are read from the map by case-sensitive name; a value
     * may be a {@link Number}, a numeric string such as {@code "12.5"}, or null (SQL NULL).
     * Extra entries are ignored. Evaluating allocates nothing but the returned {@code Double}.
     *
     * @param variables the variable values; null is treated as an empty map
     * @return the value, or null when the expression evaluates to NULL
     * @throws VariableLookupException if a variable the evaluation reaches is not in the map
     * @throws EvaluationException if arithmetic or an ordering comparison meets null, a result is
     *     not finite, or a variable's value is not a finite number or numeric string
     */
    public Double evaluate(Map<String, ?> variables) {
        // A null map is not replaced here: a test per evaluation measurably slowed the hot path.
        // Num.Variable turns the NullPointerException of reading from it into the
        // VariableLookupException an empty map gives; expressions without variables never read it.
        double value = root.eval(variables);
        return Values.isNull(value) ? null : value;
    }

    /**
     * {@return the names of the variables the expression mentions, in order of first appearance,
     * without {@code NULL}} Evaluation may read fewer of them (CASE and ternaries are lazy).
     */
    public List<String> variables() {
        return variables;
    }

    /** {@return the text the expression was parsed from} */
    public String source() {
        return source;
    }

    /** The source text. */
    @Override
    public String toString() {
        return source;
    }
}
