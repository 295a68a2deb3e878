package dev.cmpkit.processor.writer;

import static dev.cmpkit.processor.writer.RuntimeNames.CLOCK;
import static dev.cmpkit.processor.writer.RuntimeNames.IO_EXCEPTION;
import static dev.cmpkit.processor.writer.RuntimeNames.LOCALE;
import static dev.cmpkit.processor.writer.RuntimeNames.RFC3339;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.cmpkit.processor.model.ConstantKey;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.NullPolicy;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.model.ValueKind;
import dev.cmpkit.processor.model.ValueType;
import dev.cmpkit.processor.model.WireKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes a resource's {@code writeBytes(JsonByteWriter, Clock)}: the same wire JSON as
 * {@code writeJson}, straight to cmpkit's UTF-8 writer.
 *
 * <p>Everything fixed between two values is one constant run, encoded once: after the common head,
 * <code>,"details":{"server":{"cpu_cores":</code> is one copy, and so is each {@code ,"key":} together
 * with any schema constants next to it ({@code ,"state":"unknown","provider_state":}). Commas are
 * decided here, at generation time, while every earlier key is certain to have been written; after
 * a key that may be omitted, names go through {@code JsonName} constants and the writer decides.
 */
final class BytesSerializerWriter {

    private static final ClassName JSON_BYTE_WRITER = ClassName.get("dev.cmpkit.runtime.json", "JsonByteWriter");
    private static final ClassName JSON_NAME = ClassName.get("dev.cmpkit.runtime.json", "JsonName");
    private static final ClassName STANDARD_CHARSETS = ClassName.get("java.nio.charset", "StandardCharsets");
    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    /** What is known, at a point of the details object, about the members written before it. */
    private enum Written {
        NONE,
        SOME,
        MAYBE
    }

    private final NameAllocator names;
    private final String out;
    private final String clock;
    private final List<FieldSpec> constants = new ArrayList<>();
    private final CodeBlock.Builder body = CodeBlock.builder();
    /** JSON text not yet written out as a run. */
    private final StringBuilder pending = new StringBuilder();
    /** Whether {@link #pending} ends after a complete value rather than before one. */
    private boolean pendingEndsValue;

    private Written written = Written.NONE;

    /**
     * Plans the method and allocates its constants' names in {@code names}, so create this writer
     * before anything clones {@code names}.
     */
    BytesSerializerWriter(ResourceModel model, NameAllocator names, String typeConstant) {
        this.names = names;
        NameAllocator locals = names.clone();
        this.out = locals.newName("out");
        this.clock = locals.newName("clock");
        body.addStatement("$N.beginObject()", out).addStatement("base.writeHead($N, $N, $N)", out, typeConstant, clock);
        pending.append(",").append(JsonText.quoted("details")).append(":{");
        pending.append(JsonText.quoted(model.type())).append(":{");
        for (WireKey key : model.wire()) {
            if (key instanceof WireKey.Field f) {
                field(f.field());
            } else if (key instanceof WireKey.Constant c && !c.constant().omit()) {
                constant(c.constant());
            }
        }
        pending.append("}}}");
        body.addStatement("$N.endRun($N)", out, run("END"));
    }

    /** The constants: runs, names of keys that may follow an omitted one, and literal defaults. */
    List<FieldSpec> constants() {
        return constants;
    }

    MethodSpec writeBytes() {
        return MethodSpec.methodBuilder("writeBytes")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "Writes the wire form straight to UTF-8 bytes, with {@code base.last_seen_at} taken from"
                                + " {@code $N}: the bytes {@link #writeJson} makes Jackson write.\n\n"
                                + "@param $N the writer, where a value may start\n"
                                + "@param $N the clock giving the serialization time\n"
                                + "@throws IOException when the writer's stream fails\n",
                        clock,
                        out,
                        clock)
                .addParameter(JSON_BYTE_WRITER, out)
                .addParameter(CLOCK, clock)
                .addException(IO_EXCEPTION)
                .addCode(body.build())
                .build();
    }

    private void constant(ConstantKey constant) {
        member(constant.key());
        String text = JsonText.literal(constant.value());
        if (text == null) {
            flush(constant.key());
            body.addStatement("$N.number($L)", out, Literals.asWireValue(constant.value()));
        } else {
            pending.append(text);
            pendingEndsValue = true;
        }
    }

    private void field(FieldModel field) {
        CodeBlock value = CodeBlock.of("this.$N", field.javaName());
        if (!field.neverNull() && field.nullPolicy() == NullPolicy.OMIT) {
            flush(field.key());
            body.beginControlFlow("if ($L != null)", value)
                    .addStatement("$N.name($N)", out, name(field.key()))
                    .add(write(field.type(), value, true))
                    .endControlFlow();
            if (written == Written.NONE) {
                written = Written.MAYBE;
            }
            return;
        }
        member(field.key());
        flush(field.key());
        if (field.neverNull()) {
            body.add(write(field.type(), value, true));
        } else if (field.nullPolicy() == NullPolicy.WRITE_SCHEMA_DEFAULT) {
            String text = JsonText.literal(field.schemaDefault());
            body.beginControlFlow("if ($L == null)", value);
            if (text == null) {
                body.addStatement("$N.number($L)", out, Literals.asWireValue(field.schemaDefault()));
            } else {
                body.addStatement("$N.endRun($N)", out, bytesConstant(field.key() + "_DEFAULT", text));
            }
            body.nextControlFlow("else").add(write(field.type(), value, true)).endControlFlow();
        } else if (field.type().kind() == ValueKind.LIST || field.type().kind() == ValueKind.ENUM) {
            body.beginControlFlow("if ($L == null)", value)
                    .addStatement("$N.nullValue()", out)
                    .nextControlFlow("else")
                    .add(write(field.type(), value, true))
                    .endControlFlow();
        } else {
            body.add(write(field.type(), value, false));
        }
    }

    /** Starts a member that is always written: its name joins the pending run when commas are certain. */
    private void member(String key) {
        switch (written) {
            case NONE -> pending.append(JsonText.quoted(key)).append(':');
            case SOME -> pending.append(',').append(JsonText.quoted(key)).append(':');
            case MAYBE -> {
                flush(key);
                body.addStatement("$N.name($N)", out, name(key));
            }
        }
        pendingEndsValue = false;
        written = Written.SOME;
    }

    /** Emits the pending text as one run, named after the key it leads to. */
    private void flush(String key) {
        if (pending.length() == 0) {
            return;
        }
        body.addStatement("$N.$N($N)", out, pendingEndsValue ? "endRun" : "run", run("BEFORE_" + key));
    }

    /** The pending text as a constant, cleared; returns the constant's name. */
    private String run(String purpose) {
        String name = bytesConstant(purpose, pending.toString());
        pending.setLength(0);
        return name;
    }

    private String bytesConstant(String purpose, String json) {
        String name = names.newName(purpose.toUpperCase(Locale.ROOT));
        constants.add(FieldSpec.builder(BYTES, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S.getBytes($T.UTF_8)", json, STANDARD_CHARSETS)
                .build());
        return name;
    }

    private String name(String key) {
        String name = names.newName(key.toUpperCase(Locale.ROOT) + "_NAME");
        constants.add(FieldSpec.builder(JSON_NAME, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($S)", JSON_NAME, key)
                .build());
        return name;
    }

    /**
     * Statements writing {@code value}; with {@code nonNull} it is known not to be null (lists and
     * enums must not be null at all), otherwise a null is written as JSON null.
     */
    private CodeBlock write(ValueType type, CodeBlock value, boolean nonNull) {
        return switch (type.kind()) {
            case STRING -> CodeBlock.of("$N.string($L);\n", out, value);
            case INT, LONG, DOUBLE ->
                type.primitive()
                        ? CodeBlock.of("$N.number($L);\n", out, value)
                        : CodeBlock.of("$N.numberOrNull($L);\n", out, value);
            case BOOLEAN ->
                type.primitive() || nonNull
                        ? CodeBlock.of("$N.bool($L);\n", out, value)
                        : CodeBlock.of("$N.boolOrNull($L);\n", out, value);
            case ENUM -> CodeBlock.of("$N.string($L.name().toLowerCase($T.ROOT));\n", out, value, LOCALE);
            case TEMPORAL -> CodeBlock.of("$N.string($T.convert($L));\n", out, RFC3339, value);
            case SERIALIZABLE -> writeNested(value, nonNull);
            case LIST -> writeList(type, value);
        };
    }

    /**
     * A nested value writes itself, called on its declared type rather than through a helper
     * taking any {@code JsonWritable}: at a call site that sees one type, the JIT can inline the
     * nested writer instead of dispatching on every write.
     */
    private CodeBlock writeNested(CodeBlock value, boolean nonNull) {
        if (nonNull) {
            return CodeBlock.of("$L.writeBytes($N, $N);\n", value, out, clock);
        }
        return CodeBlock.builder()
                .beginControlFlow("if ($L == null)", value)
                .addStatement("$N.nullValue()", out)
                .nextControlFlow("else")
                .addStatement("$L.writeBytes($N, $N)", value, out, clock)
                .endControlFlow()
                .build();
    }

    private CodeBlock writeList(ValueType type, CodeBlock value) {
        String item = names.clone().newName("item");
        return CodeBlock.builder()
                .addStatement("$N.beginArray()", out)
                .beginControlFlow("for ($T $N : $L)", type.element().typeName(), item, value)
                .add(write(type.element(), CodeBlock.of("$N", item), false))
                .endControlFlow()
                .addStatement("$N.endArray()", out)
                .build();
    }
}
