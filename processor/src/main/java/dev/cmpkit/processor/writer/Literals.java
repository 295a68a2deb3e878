package dev.cmpkit.processor.writer;

import com.palantir.javapoet.CodeBlock;
import dev.cmpkit.processor.model.JsonLiteral;
import dev.cmpkit.processor.model.ValueKind;
import dev.cmpkit.processor.model.ValueType;

/** Java source for default values: as a field's value, as a map value, and as streamed JSON. */
final class Literals {

    private Literals() {}

    /** {@code literal} as a value of {@code type} (enum defaults hold the constant's name). */
    static CodeBlock asFieldValue(JsonLiteral literal, ValueType type) {
        if (type.kind() == ValueKind.ENUM && literal instanceof JsonLiteral.Text text) {
            return CodeBlock.of("$T.$N", type.typeName(), text.value());
        }
        if (literal instanceof JsonLiteral.Integral integral) {
            return type.kind() == ValueKind.LONG
                    ? CodeBlock.of("$LL", integral.value())
                    : type.kind() == ValueKind.DOUBLE
                            ? CodeBlock.of("$L", (double) integral.value())
                            : CodeBlock.of("$L", integral.value());
        }
        return asWireValue(literal);
    }

    /** The zero value a primitive field gets when nothing was set and there is no default. */
    static CodeBlock zero(ValueType type) {
        return switch (type.kind()) {
            case LONG -> CodeBlock.of("0L");
            case DOUBLE -> CodeBlock.of("0.0");
            case BOOLEAN -> CodeBlock.of("false");
            default -> CodeBlock.of("0");
        };
    }

    /** {@code literal} as a value of a {@code serialize()} map. */
    static CodeBlock asWireValue(JsonLiteral literal) {
        if (literal instanceof JsonLiteral.Text text) {
            return CodeBlock.of("$S", text.value());
        } else if (literal instanceof JsonLiteral.Integral integral) {
            return CodeBlock.of("$LL", integral.value());
        } else if (literal instanceof JsonLiteral.Decimal decimal) {
            return CodeBlock.of("$L", Double.toString(decimal.value()));
        } else if (literal instanceof JsonLiteral.Bool bool) {
            return CodeBlock.of("$L", bool.value());
        }
        return CodeBlock.of("$T.of()", RuntimeNames.LIST);
    }

    /** A statement streaming {@code literal} ({@code null} for JSON null) to the generator {@code gen}. */
    static CodeBlock write(JsonLiteral literal, String gen) {
        if (literal == null) {
            return CodeBlock.of("$N.writeNull();\n", gen);
        } else if (literal instanceof JsonLiteral.Text text) {
            return CodeBlock.of("$N.writeString($S);\n", gen, text.value());
        } else if (literal instanceof JsonLiteral.Integral integral) {
            return CodeBlock.of("$N.writeNumber($LL);\n", gen, integral.value());
        } else if (literal instanceof JsonLiteral.Decimal decimal) {
            return CodeBlock.of("$N.writeNumber($L);\n", gen, Double.toString(decimal.value()));
        } else if (literal instanceof JsonLiteral.Bool bool) {
            return CodeBlock.of("$N.writeBoolean($L);\n", gen, bool.value());
        }
        return CodeBlock.of("$N.writeStartArray();\n$N.writeEndArray();\n", gen, gen);
    }
}
