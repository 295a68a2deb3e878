package dev.cmpkit.processor.writer;

import static dev.cmpkit.processor.writer.RuntimeNames.CLOCK;
import static dev.cmpkit.processor.writer.RuntimeNames.CMP_SERIALIZABLE;
import static dev.cmpkit.processor.writer.RuntimeNames.IO_EXCEPTION;
import static dev.cmpkit.processor.writer.RuntimeNames.JSON_GENERATOR;
import static dev.cmpkit.processor.writer.RuntimeNames.JSON_VALUES;
import static dev.cmpkit.processor.writer.RuntimeNames.LINKED_HASH_MAP;
import static dev.cmpkit.processor.writer.RuntimeNames.LOCALE;
import static dev.cmpkit.processor.writer.RuntimeNames.MAP;
import static dev.cmpkit.processor.writer.RuntimeNames.RFC3339;
import static dev.cmpkit.processor.writer.RuntimeNames.SERIALIZED_STRING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.NullPolicy;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.model.ValueKind;
import dev.cmpkit.processor.model.ValueType;
import dev.cmpkit.processor.model.WireKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a resource's renderings of the same wire JSON: {@code serialize(Clock)}, building maps,
 * {@code writeJson}, streaming to Jackson without reflection or intermediate maps, and
 * {@code writeBytes}, writing UTF-8 bytes to cmpkit's own writer (see {@link BytesSerializerWriter}).
 *
 * <p>{@code writeJson} writes every fixed key (the type, {@code details}, each detail key) through a
 * {@code private static final SerializedString}, whose quoted UTF-8 bytes Jackson encodes once and then
 * copies, instead of encoding the key's characters on every write.
 */
final class SerializerWriter {

    private static final TypeName WIRE_MAP =
            ParameterizedTypeName.get(MAP, ClassName.get(String.class), ClassName.get(Object.class));

    private final ResourceModel model;
    private final NameAllocator names;
    private final String typeConstant;
    private final String typeKey;
    private final String detailsKey;
    /** Wire key of each written detail to the name of its {@code SerializedString} constant. */
    private final Map<String, String> detailKeys = new LinkedHashMap<>();
    /** The byte-writer rendering, planned with the other constants' names. */
    private final BytesSerializerWriter bytes;

    /**
     * {@code names} holds the class's field names, so that locals never shadow them; the key constants'
     * names are allocated in it here, so create this writer before anything clones {@code names}.
     */
    SerializerWriter(ResourceModel model, NameAllocator names, String typeConstant) {
        this.model = model;
        this.names = names;
        this.typeConstant = typeConstant;
        this.typeKey = names.newName("TYPE_KEY");
        this.detailsKey = names.newName("DETAILS_KEY");
        for (WireKey key : model.wire()) {
            String wireKey = key instanceof WireKey.Field f
                    ? f.field().key()
                    : key instanceof WireKey.Constant c && !c.constant().omit()
                            ? c.constant().key()
                            : null;
            if (wireKey != null && !detailKeys.containsKey(wireKey)) {
                detailKeys.put(wireKey, names.newName(wireKey.toUpperCase(Locale.ROOT) + "_KEY"));
            }
        }
        this.bytes = new BytesSerializerWriter(model, names, typeConstant);
    }

    /**
     * The constants of both streaming methods: the {@code SerializedString} keys {@code writeJson}
     * writes, then the byte runs and names of {@code writeBytes}.
     */
    List<FieldSpec> keyConstants() {
        List<FieldSpec> constants = new ArrayList<>();
        constants.add(keyConstant(typeKey, CodeBlock.of("$N", typeConstant)));
        constants.add(keyConstant(detailsKey, CodeBlock.of("$S", "details")));
        detailKeys.forEach((key, constant) -> constants.add(keyConstant(constant, CodeBlock.of("$S", key))));
        constants.addAll(bytes.constants());
        return constants;
    }

    private static FieldSpec keyConstant(String name, CodeBlock text) {
        return FieldSpec.builder(SERIALIZED_STRING, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($L)", SERIALIZED_STRING, text)
                .build();
    }

    MethodSpec serialize() {
        NameAllocator locals = names.clone();
        String clock = locals.newName("clock");
        String wire = locals.newName("wire");
        String details = locals.newName("details");
        String typed = locals.newName("typed");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T $N = base.serializeHead($N, $N)", WIRE_MAP, wire, typeConstant, clock)
                .addStatement("$T $N = new $T<>()", WIRE_MAP, details, LINKED_HASH_MAP);
        for (WireKey key : model.wire()) {
            if (key instanceof WireKey.Field f) {
                putField(body, f.field(), details);
            } else if (key instanceof WireKey.Constant c && !c.constant().omit()) {
                body.addStatement(
                        "$N.put($S, $L)",
                        details,
                        c.constant().key(),
                        c.constant().value() == null
                                ? CodeBlock.of("null")
                                : Literals.asWireValue(c.constant().value()));
            }
        }
        body.addStatement("$T $N = new $T<>(2)", WIRE_MAP, typed, LINKED_HASH_MAP)
                .addStatement("$N.put($N, $N)", typed, typeConstant, details)
                .addStatement("$N.put($S, $N)", wire, "details", typed)
                .addStatement("return $N", wire);
        return publicOverride("serialize")
                .addJavadoc("""
                        Returns the wire form, with {@code base.last_seen_at} taken from {@code $N}.

                        @param $N the clock giving the serialization time
                        @return a fresh, insertion-ordered map equal to the wire JSON
                        """, clock, clock)
                .returns(WIRE_MAP)
                .addParameter(CLOCK, clock)
                .addCode(body.build())
                .build();
    }

    private static void putField(CodeBlock.Builder body, FieldModel field, String details) {
        String name = field.javaName();
        CodeBlock value = mapValue(field.type(), CodeBlock.of("this.$N", name));
        if (field.neverNull()) {
            body.addStatement("$N.put($S,$W$L)", details, field.key(), value);
            return;
        }
        boolean plain = isPlain(field.type());
        CodeBlock guarded = plain ? value : CodeBlock.of("this.$N == null$W? null$W: $L", name, value);
        switch (field.nullPolicy()) {
            case OMIT ->
                body.beginControlFlow("if (this.$N != null)", name)
                        .addStatement("$N.put($S,$W$L)", details, field.key(), value)
                        .endControlFlow();
            case WRITE_SCHEMA_DEFAULT ->
                body.addStatement(
                        "$N.put($S,$Wthis.$N == null$W? $L$W: $L)",
                        details,
                        field.key(),
                        name,
                        Literals.asWireValue(field.schemaDefault()),
                        value);
            case WRITE_NULL -> body.addStatement("$N.put($S,$W$L)", details, field.key(), guarded);
        }
    }

    /** Whether the map holds the field's value itself (null included), with no conversion. */
    private static boolean isPlain(ValueType type) {
        return switch (type.kind()) {
            case STRING, INT, LONG, DOUBLE, BOOLEAN, TEMPORAL -> true;
            default -> false;
        };
    }

    /** The map value of a non-null {@code value}; for scalars and temporals, of a nullable one too. */
    private static CodeBlock mapValue(ValueType type, CodeBlock value) {
        return switch (type.kind()) {
            case STRING, INT, LONG, DOUBLE, BOOLEAN -> value;
            case ENUM -> CodeBlock.of("$L.name().toLowerCase($T.ROOT)", value, LOCALE);
            case TEMPORAL -> CodeBlock.of("$T.convert($L)", RFC3339, value);
            case SERIALIZABLE -> CodeBlock.of("$L.serialize()", value);
            case LIST ->
                type.element().kind() == ValueKind.SERIALIZABLE
                        ? CodeBlock.of("$T.serializeList($L)", CMP_SERIALIZABLE, value)
                        : CodeBlock.of("new $T<>($L)", RuntimeNames.ARRAY_LIST, value);
        };
    }

    /** A public method of the generated class that implements one of {@code Resource}'s. */
    private static MethodSpec.Builder publicOverride(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }

    MethodSpec writeJson() {
        NameAllocator locals = names.clone();
        String gen = locals.newName("gen");
        String clock = locals.newName("clock");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$N.writeStartObject()", gen)
                .addStatement("base.writeHead($N, $N, $N)", gen, typeConstant, clock)
                .addStatement("$N.writeFieldName($N)", gen, detailsKey)
                .addStatement("$N.writeStartObject()", gen)
                .addStatement("$N.writeFieldName($N)", gen, typeKey)
                .addStatement("$N.writeStartObject()", gen);
        for (WireKey key : model.wire()) {
            if (key instanceof WireKey.Field f) {
                writeField(body, f.field(), detailKeys.get(f.field().key()), gen, clock, locals);
            } else if (key instanceof WireKey.Constant c && !c.constant().omit()) {
                body.addStatement(
                                "$N.writeFieldName($N)",
                                gen,
                                detailKeys.get(c.constant().key()))
                        .add(Literals.write(c.constant().value(), gen));
            }
        }
        body.addStatement("$N.writeEndObject()", gen)
                .addStatement("$N.writeEndObject()", gen)
                .addStatement("$N.writeEndObject()", gen);
        return publicOverride("writeJson")
                .addJavadoc(
                        "Streams the wire form to {@code $N}, with {@code base.last_seen_at} taken from"
                                + " {@code $N}.\n\n"
                                + "@param $N the generator, where a value may start\n"
                                + "@param $N the clock giving the serialization time\n"
                                + "@throws IOException when the generator fails\n",
                        gen,
                        clock,
                        gen,
                        clock)
                .addParameter(JSON_GENERATOR, gen)
                .addParameter(CLOCK, clock)
                .addException(IO_EXCEPTION)
                .addCode(body.build())
                .build();
    }

    /** The method writing the same JSON straight to cmpkit's byte writer. */
    MethodSpec writeBytes() {
        return bytes.writeBytes();
    }

    /** {@code key} is the name of the field's key constant. */
    private static void writeField(
            CodeBlock.Builder body, FieldModel field, String key, String gen, String clock, NameAllocator locals) {
        String name = field.javaName();
        ValueType type = field.type();
        if (type.primitive()) {
            body.addStatement("$N.writeFieldName($N)", gen, key)
                    .addStatement(
                            type.kind() == ValueKind.BOOLEAN ? "$N.writeBoolean(this.$N)" : "$N.writeNumber(this.$N)",
                            gen,
                            name);
            return;
        }
        if (field.neverNull()) {
            body.addStatement("$N.writeFieldName($N)", gen, key)
                    .add(writeValue(type, CodeBlock.of("this.$N", name), gen, clock, locals));
            return;
        }
        if (field.nullPolicy() == NullPolicy.OMIT) {
            body.beginControlFlow("if (this.$N != null)", name)
                    .addStatement("$N.writeFieldName($N)", gen, key)
                    .add(writeValue(type, CodeBlock.of("this.$N", name), gen, clock, locals))
                    .endControlFlow();
            return;
        }
        body.addStatement("$N.writeFieldName($N)", gen, key);
        if (field.nullPolicy() == NullPolicy.WRITE_SCHEMA_DEFAULT) {
            body.beginControlFlow("if (this.$N == null)", name)
                    .add(Literals.write(field.schemaDefault(), gen))
                    .nextControlFlow("else")
                    .add(writeValue(type, CodeBlock.of("this.$N", name), gen, clock, locals))
                    .endControlFlow();
        } else if (type.kind() == ValueKind.LIST || type.kind() == ValueKind.ENUM) {
            body.beginControlFlow("if (this.$N == null)", name)
                    .addStatement("$N.writeNull()", gen)
                    .nextControlFlow("else")
                    .add(writeValue(type, CodeBlock.of("this.$N", name), gen, clock, locals))
                    .endControlFlow();
        } else {
            body.add(writeValue(type, CodeBlock.of("this.$N", name), gen, clock, locals));
        }
    }

    /**
     * Statements streaming {@code value}; lists and enums must not be null there, the other kinds'
     * helpers write a null as JSON null.
     */
    private static CodeBlock writeValue(
            ValueType type, CodeBlock value, String gen, String clock, NameAllocator locals) {
        return switch (type.kind()) {
            case STRING -> CodeBlock.of("$T.writeString($N, $L);\n", JSON_VALUES, gen, value);
            case INT -> CodeBlock.of("$T.writeInteger($N, $L);\n", JSON_VALUES, gen, value);
            case LONG -> CodeBlock.of("$T.writeLong($N, $L);\n", JSON_VALUES, gen, value);
            case DOUBLE -> CodeBlock.of("$T.writeDouble($N, $L);\n", JSON_VALUES, gen, value);
            case BOOLEAN -> CodeBlock.of("$T.writeBoolean($N, $L);\n", JSON_VALUES, gen, value);
            case ENUM -> CodeBlock.of("$N.writeString($L.name().toLowerCase($T.ROOT));\n", gen, value, LOCALE);
            case TEMPORAL -> CodeBlock.of("$T.writeString($N, $T.convert($L));\n", JSON_VALUES, gen, RFC3339, value);
            case SERIALIZABLE -> CodeBlock.of("$T.writeWritable($N, $L, $N);\n", JSON_VALUES, gen, value, clock);
            case LIST -> writeList(type, value, gen, clock, locals);
        };
    }

    private static CodeBlock writeList(
            ValueType type, CodeBlock value, String gen, String clock, NameAllocator locals) {
        if (type.element().kind() == ValueKind.SERIALIZABLE) {
            return CodeBlock.of("$T.writeList($N, $L, $N);\n", JSON_VALUES, gen, value, clock);
        }
        String item = locals.clone().newName("item");
        return CodeBlock.builder()
                .addStatement("$N.writeStartArray()", gen)
                .beginControlFlow("for ($T $N : $L)", type.element().typeName(), item, value)
                .add(writeValue(type.element(), CodeBlock.of("$N", item), gen, clock, locals))
                .endControlFlow()
                .addStatement("$N.writeEndArray()", gen)
                .build();
    }
}
