package dev.cmpkit.processor.writer;

import static dev.cmpkit.processor.writer.RuntimeNames.CMP_READERS;
import static dev.cmpkit.processor.writer.RuntimeNames.IO_EXCEPTION;
import static dev.cmpkit.processor.writer.RuntimeNames.JSON_PARSER;
import static dev.cmpkit.processor.writer.RuntimeNames.JSON_READING;
import static dev.cmpkit.processor.writer.RuntimeNames.JSON_TOKEN;
import static dev.cmpkit.processor.writer.RuntimeNames.LIST;
import static dev.cmpkit.processor.writer.RuntimeNames.READ_OPTIONS;
import static dev.cmpkit.processor.writer.RuntimeNames.RESOURCE_READING;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.cmpkit.processor.model.ConstantKey;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.JsonLiteral;
import dev.cmpkit.processor.model.NullPolicy;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.model.ValueKind;
import dev.cmpkit.processor.model.ValueType;
import dev.cmpkit.processor.model.WireKey;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes a resource's streaming reader, the mirror of its {@code writeJson}: {@code readJson} reads
 * the wire JSON through the builder (so what is read is checked like what is built), a static
 * initializer registers it with {@code CmpReaders}, and a {@code switch} over the detail keys reads
 * each value with the reader of its Java type. No reflection is involved.
 */
final class ReaderWriter {

    private final ResourceModel model;
    private final ClassNames names;
    private final String readDetail;

    /** Create before any writer takes locals: the helper method's name is allocated in {@code names}. */
    ReaderWriter(ResourceModel model, ClassNames names) {
        this.model = model;
        this.names = names;
        this.readDetail = names.allocator().newName("readDetail");
    }

    /**
     * The names of the parameters and locals both reader methods have, allocated in one copy of the
     * class-level names, in which each method allocates its further locals.
     */
    private record Locals(NameAllocator locals, String parser, String options, String builder) {
        static Locals allocate(ClassNames names) {
            NameAllocator locals = names.locals();
            return new Locals(locals, locals.newName("parser"), locals.newName("options"), locals.newName("builder"));
        }
    }

    /** The static initializer registering {@code readJson} as the class's reader. */
    CodeBlock registration() {
        return CodeBlock.builder()
                .addStatement("$T.register($T.class, $T::readJson)", CMP_READERS, names.resource(), names.resource())
                .build();
    }

    /** The methods: {@code readJson} and, for a type with detail keys, its key-by-key helper. */
    List<MethodSpec> methods() {
        return model.wire().isEmpty() ? List.of(readJson()) : List.of(readJson(), readDetail());
    }

    private MethodSpec readJson() {
        Locals params = Locals.allocate(names);
        NameAllocator locals = params.locals();
        String detailParser = locals.newName("detailParser");
        String key = locals.newName("key");
        CodeBlock details;
        if (model.wire().isEmpty()) {
            details = CodeBlock.of("($N, $N) -> false", detailParser, key);
        } else {
            CodeBlock arguments = readDetailNeedsOptions()
                    ? CodeBlock.of("$N, $N, $N, $N", detailParser, params.options(), params.builder(), key)
                    : CodeBlock.of("$N, $N, $N", detailParser, params.builder(), key);
            details = CodeBlock.of("($N, $N) -> $N($L)", detailParser, key, readDetail, arguments);
        }
        return MethodSpec.methodBuilder("readJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(names.resource())
                .addParameter(JSON_PARSER, params.parser())
                .addParameter(READ_OPTIONS, params.options())
                .addException(IO_EXCEPTION)
                .addJavadoc(
                        "Reads a {@code $L} resource from its CMP wire JSON, through {@link Builder}, so that it is"
                                + " checked like one built. {@code base.last_seen_at} is kept in"
                                + " {@code base().lastSeenAt()}. A key the type does not have is an error"
                                + " unless {@code options} ignore unknown keys.\n\n"
                                + "@param $N at the resource's first token\n"
                                + "@param $N how strictly to read\n"
                                + "@return the resource, or null for a JSON null\n"
                                + "@throws IOException when the parser fails\n"
                                + "@throws $T when the input is not a valid $L, naming what was expected and"
                                + " where\n",
                        model.type(),
                        params.parser(),
                        params.options(),
                        RuntimeNames.CMP_READ_EXCEPTION,
                        model.type())
                .beginControlFlow("if ($N.currentToken() == $T.VALUE_NULL)", params.parser(), JSON_TOKEN)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("Builder $N = new Builder()", params.builder())
                .addStatement(
                        "$T.readResource($N, $N, $N, $N,$W$L)",
                        RESOURCE_READING,
                        params.parser(),
                        params.options(),
                        names.typeConstant(),
                        params.builder(),
                        details)
                .addStatement("return $T.built($N, $N::build)", RESOURCE_READING, params.parser(), params.builder())
                .build();
    }

    private MethodSpec readDetail() {
        Locals params = Locals.allocate(names);
        NameAllocator locals = params.locals();
        String key = locals.newName("key");
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($N)", key);
        for (WireKey wire : model.wire()) {
            if (wire instanceof WireKey.Field f) {
                readField(body, f.field(), params.parser(), params.options(), params.builder(), locals);
            } else if (wire instanceof WireKey.Constant c) {
                requireConstant(body, c.constant(), params.parser());
            }
        }
        body.beginControlFlow("default ->")
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return true");
        MethodSpec.Builder method = MethodSpec.methodBuilder(readDetail)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(JSON_PARSER, params.parser());
        if (readDetailNeedsOptions()) {
            method.addParameter(READ_OPTIONS, params.options());
        }
        return method.addParameter(names.builder(), params.builder())
                .addParameter(String.class, key)
                .addException(IO_EXCEPTION)
                .addJavadoc(
                        "Reads the value of one {@code details.$L} key; false for a key the type does not have.\n",
                        model.type())
                .addCode(body.build())
                .build();
    }

    /**
     * Whether some detail's reader takes the read options: objects and lists pass them on to what
     * they read, plain values do not. Without one, the helper leaves the parameter out.
     */
    private boolean readDetailNeedsOptions() {
        return model.wire().stream()
                .anyMatch(wire -> wire instanceof WireKey.Field f
                        && switch (f.field().type().kind()) {
                            case SERIALIZABLE, LIST -> true;
                            default -> false;
                        });
    }

    private static void readField(
            CodeBlock.Builder body,
            FieldModel field,
            String parser,
            String options,
            String builder,
            NameAllocator locals) {
        if (field.type().kind() == ValueKind.ENUM) {
            body.beginControlFlow("case $S ->", field.key());
            readEnum(body, field, parser, builder, locals);
            body.endControlFlow();
        } else {
            body.addStatement(
                    "case $S -> $N.$N($L)",
                    field.key(),
                    builder,
                    field.javaName(),
                    read(field.type(), parser, options, locals.clone()));
        }
    }

    /**
     * An enum is written as its constant's name in lower case; a field that cannot hold the schema's
     * default writes that default for null, so reading it gives null back.
     */
    private static void readEnum(
            CodeBlock.Builder body, FieldModel field, String parser, String builder, NameAllocator locals) {
        NameAllocator scope = locals.clone();
        String text = scope.newName(field.javaName() + "Text");
        ValueType type = field.type();
        List<String> wireNames = type.enumConstants().stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .toList();
        body.addStatement("$T $N = $T.readString($N)", String.class, text, JSON_READING, parser)
                .add("$N.$N($N == null ? null : switch ($N) {\n", builder, field.javaName(), text, text)
                .indent();
        for (String constant : type.enumConstants()) {
            body.add("case $S -> $T.$N;\n", constant.toLowerCase(Locale.ROOT), type.typeName(), constant);
        }
        if (field.nullPolicy() == NullPolicy.WRITE_SCHEMA_DEFAULT
                && field.schemaDefault() instanceof JsonLiteral.Text schemaDefault
                && !wireNames.contains(schemaDefault.value())) {
            body.add("case $S -> null;\n", schemaDefault.value());
        }
        CodeBlock allowed = wireNames.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(",$W"));
        body.add("default -> throw $T.notOneOf($N, $N,$W$T.of($L));\n", RESOURCE_READING, parser, text, LIST, allowed)
                .unindent()
                .add("});\n");
    }

    /** The expression reading a value of {@code type} at the parser's current token. */
    private static CodeBlock read(ValueType type, String parser, String options, NameAllocator locals) {
        boolean primitive = type.primitive();
        return switch (type.kind()) {
            case STRING -> CodeBlock.of("$T.readString($N)", JSON_READING, parser);
            case INT -> CodeBlock.of("$T.$N($N)", JSON_READING, primitive ? "readIntValue" : "readInteger", parser);
            case LONG -> CodeBlock.of("$T.$N($N)", JSON_READING, primitive ? "readLongValue" : "readLong", parser);
            case DOUBLE ->
                CodeBlock.of("$T.$N($N)", JSON_READING, primitive ? "readDoubleValue" : "readDouble", parser);
            case BOOLEAN ->
                CodeBlock.of("$T.$N($N)", JSON_READING, primitive ? "readBooleanValue" : "readBoolean", parser);
            case TEMPORAL -> CodeBlock.of("$T.$N($N)", RESOURCE_READING, temporalReader(type), parser);
            case SERIALIZABLE ->
                CodeBlock.of("$T.readObject($N, $N,$W$T.class)", RESOURCE_READING, parser, options, type.typeName());
            case ENUM -> throw new IllegalStateException("enums are read by readEnum");
            case LIST -> {
                String elementParser = locals.newName("elementParser");
                String elementOptions = locals.newName("elementOptions");
                yield CodeBlock.of(
                        "$T.readList($N, $N,$W($N, $N) ->$W$L)",
                        RESOURCE_READING,
                        parser,
                        options,
                        elementParser,
                        elementOptions,
                        read(type.element(), elementParser, elementOptions, locals));
            }
        };
    }

    private static String temporalReader(ValueType type) {
        return switch (type.qualifiedName()) {
            case "java.time.Instant" -> "readInstant";
            case "java.time.OffsetDateTime" -> "readOffsetDateTime";
            case "java.time.ZonedDateTime" -> "readZonedDateTime";
            case "java.time.LocalDateTime" -> "readLocalDateTime";
            case "java.time.LocalDate" -> "readLocalDate";
            default -> throw new IllegalStateException("no reader of " + type.qualifiedName());
        };
    }

    /** A key the template does not declare: the class writes one value there, so only that one reads. */
    private static void requireConstant(CodeBlock.Builder body, ConstantKey constant, String parser) {
        CodeBlock expected = constant.value() == null || constant.omit()
                ? CodeBlock.of("null")
                : Literals.asWireValue(constant.value());
        body.addStatement(
                "case $S -> $T.requireConstant($N, $S, $L)",
                constant.key(),
                RESOURCE_READING,
                parser,
                constant.key(),
                expected);
    }
}
