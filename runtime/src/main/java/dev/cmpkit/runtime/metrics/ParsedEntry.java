package dev.cmpkit.runtime.metrics;

import dev.cmpkit.runtime.expr.EvaluationException;
import dev.cmpkit.runtime.expr.Expression;
import dev.cmpkit.runtime.expr.SimpleExpressionParser;
import dev.cmpkit.runtime.expr.VariableLookupException;
import java.util.Map;
import java.util.Optional;

/**
 * One metric of a mapping file: its descriptive fields and its (optional) conversion expression.
 *
 * @param name the metric's display name; "" when the entry has none
 * @param unit the metric's unit; "" when the entry has none
 * @param counter whether the metric is a counter; false when the entry does not say
 * @param specialisation the metric's specialisation; "" when the entry has none
 * @param conversion the parsed {@code conversion_expr}, if the entry has one
 */
public record ParsedEntry(
        String name, String unit, boolean counter, String specialisation, Optional<Expression> conversion) {
    /**
     * Without a conversion the value is the variable {@code value}, read by the same rules as any
     * expression variable (numbers, numeric strings, null; missing is a lookup error).
     */
    private static final Expression IDENTITY = new SimpleExpressionParser().parse("value");

    /**
     * Checks the entry.
     *
     * @throws IllegalArgumentException when a field is null (an entry without a name, unit or
     *     specialisation has {@code ""}, one without a conversion {@code Optional.empty()})
     */
    public ParsedEntry {
        requireNonNull("name", name);
        requireNonNull("unit", unit);
        requireNonNull("specialisation", specialisation);
        requireNonNull("conversion", conversion);
    }

    private static void requireNonNull(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, got null");
        }
    }

    /**
     * The converted value: the conversion evaluated with the given variables, or without a
     * conversion the variable {@code value} as a Double.
     *
     * @param variables the provider's values, usually at least {@code value}
     * @return the converted value, or null for SQL NULL
     * @throws VariableLookupException if a variable the conversion needs (or {@code value}) is missing
     * @throws EvaluationException if the conversion cannot be evaluated for these values
     */
    public Double value(Map<String, ?> variables) {
        return conversion.orElse(IDENTITY).evaluate(variables);
    }

    /**
     * The same as {@link #value(Map)}.
     *
     * @param variables the provider's values
     * @return the converted value, or null for SQL NULL
     */
    public Double convert(Map<String, ?> variables) {
        return value(variables);
    }

    @Override
    public String toString() {
        return "ParsedEntry[name=" + name + ", unit=" + unit + ", counter=" + counter + ", specialisation="
                + specialisation + ", conversion_expr="
                + conversion.map(Expression::source).orElse("none") + "]";
    }
}
