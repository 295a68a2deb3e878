package dev.cmpkit.runtime.metrics;

import dev.cmpkit.runtime.expr.EvaluationException;
import dev.cmpkit.runtime.expr.Expression;
import dev.cmpkit.runtime.expr.SimpleExpressionParser;
import dev.cmpkit.runtime.expr.VariableLookupException;
import java.util.Map;
import java.util.Optional;

/** One metric of a mapping file: its descriptive fields and its (optional) conversion expression. */
public final class ParsedEntry {
    /**
     * Without a conversion the value is the variable {@code value}, read by the same rules as any
     * expression variable (numbers, numeric strings, null; missing is a lookup error).
     */
    private static final Expression IDENTITY = new SimpleExpressionParser().parse("value");

    private final String name;
    private final String unit;
    private final boolean counter;
    private final String specialisation;
    private final Expression conversion;

    ParsedEntry(String name, String unit, boolean counter, String specialisation, Expression conversion) {
        this.name = name;
        this.unit = unit;
        this.counter = counter;
        this.specialisation = specialisation;
        this.conversion = conversion;
    }

    /** {@return the metric's display name; "" when the entry has none} */
    public String name() {
        return name;
    }

    /** {@return the metric's unit; "" when the entry has none} */
    public String unit() {
        return unit;
    }

    /** {@return whether the metric is a counter; false when the entry does not say} */
    public boolean counter() {
        return counter;
    }

    /** {@return the metric's specialisation; "" when the entry has none} */
    public String specialisation() {
        return specialisation;
    }

    /** {@return the parsed {@code conversion_expr}, if the entry has one} */
    public Optional<Expression> conversion() {
        return Optional.ofNullable(conversion);
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
        return (conversion == null ? IDENTITY : conversion).evaluate(variables);
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
                + specialisation + ", conversion_expr=" + (conversion == null ? "none" : conversion.source()) + "]";
    }
}
