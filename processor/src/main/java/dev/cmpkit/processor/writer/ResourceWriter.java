package dev.cmpkit.processor.writer;

import static dev.cmpkit.processor.writer.RuntimeNames.GENERATED;
import static dev.cmpkit.processor.writer.RuntimeNames.LIST;
import static dev.cmpkit.processor.writer.RuntimeNames.OBJECTS;
import static dev.cmpkit.processor.writer.RuntimeNames.RESOURCE;
import static dev.cmpkit.processor.writer.RuntimeNames.RESOURCE_BASE;
import static dev.cmpkit.processor.writer.RuntimeNames.RFC3339;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.model.ValueKind;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the immutable resource class for a {@link ResourceModel}: fields, factories, accessors,
 * {@code equals}/{@code hashCode}/{@code toString}, serializers and the nested builder.
 */
public final class ResourceWriter {

    /** Recorded in {@code @Generated}; no timestamp, so that builds are reproducible. */
    private static final String GENERATOR = "dev.cmpkit.processor.CmpProcessor";

    private final boolean generatedAnnotation;

    /**
     * Creates a writer of resource classes.
     *
     * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available
     */
    public ResourceWriter(boolean generatedAnnotation) {
        this.generatedAnnotation = generatedAnnotation;
    }

    /**
     * The text of {@code file} as it is written to disk: JavaPoet's output with every line fitted
     * into 100 columns.
     */
    public static String source(JavaFile file) {
        return SourceLayout.tidy(file.toString());
    }

    /** The Java file of the resource class. */
    public JavaFile write(ResourceModel model) {
        ClassNames names = new ClassNames(model);
        ClassName resource = names.resource();
        String typeConstant = names.typeConstant();
        // Both declare more class-level names, so they come before any writer allocates locals.
        SerializerWriter serializer = new SerializerWriter(model, names.allocator(), typeConstant);
        ReaderWriter reader = new ReaderWriter(model, names);
        TypeSpec.Builder type = TypeSpec.classBuilder(resource)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RESOURCE)
                .addJavadoc(classJavadoc(model));
        if (generatedAnnotation) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", GENERATOR)
                    .addMember("comments", "$S", "from template " + model.packageName() + "." + model.templateName())
                    .build());
        }
        type.addField(FieldSpec.builder(String.class, typeConstant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The CMP resource type, {@value}.\n")
                .initializer("$Z$S", model.type())
                .build());
        for (FieldModel field : model.fields()) {
            String allowed = names.allowedConstant(field);
            if (allowed != null) {
                type.addField(allowedField(field, allowed));
            }
        }
        for (FieldSpec keyConstant : serializer.keyConstants()) {
            type.addField(wrappable(keyConstant));
        }
        type.addField(RESOURCE_BASE, "base", Modifier.PRIVATE, Modifier.FINAL);
        for (FieldModel field : model.fields()) {
            type.addField(field.type().typeName(), field.javaName(), Modifier.PRIVATE, Modifier.FINAL);
        }
        type.addMethod(constructor(model, resource, names));
        type.addMethods(factories(model, resource));
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(names.builder())
                .addJavadoc("""
                        Returns a builder holding every value of this $L, to build a changed copy.

                        @return a new builder
                        """, model.type())
                .addStatement("return new Builder(this)")
                .build());
        type.addMethods(baseAccessors(typeConstant));
        for (FieldModel field : model.fields()) {
            type.addMethod(accessor(field));
        }
        type.addMethod(serializer.serialize());
        type.addMethod(serializer.writeJson());
        type.addMethod(serializer.writeBytes());
        type.addStaticBlock(reader.registration());
        type.addMethods(reader.methods());
        ObjectMethods objectMethods = new ObjectMethods(model, names);
        type.addMethod(objectMethods.equalsMethod());
        type.addMethod(objectMethods.hashCodeMethod());
        type.addMethod(objectMethods.toStringMethod());
        type.addType(new BuilderWriter(model, names).write());
        return JavaFile.builder(model.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static CodeBlock classJavadoc(ResourceModel model) {
        CodeBlock.Builder doc = CodeBlock.builder().add("A CMP {@code $L} resource", model.type());
        if (!model.typeDescription().isEmpty()) {
            doc.add(": $L", Javadocs.sentence(Javadocs.lowerFirst(model.typeDescription())));
        } else {
            doc.add(".");
        }
        doc.add("\n\n<p>Immutable; create one with {@link #builder()}")
                .add(model.requiredFields().isEmpty() ? "" : " or {@code builder(id, name, ...)}")
                .add(". {@link #serialize()} and Jackson (with {@code CmpModule}) give the same CMP wire JSON, ")
                .add(
                        "whose {@code details.$L} object holds $L.\n",
                        model.type(),
                        model.wire().isEmpty()
                                ? "no keys"
                                : "the keys "
                                        + model.wire().stream()
                                                .map(Javadocs::keyName)
                                                .map(k -> "{@code " + k + "}")
                                                .collect(Collectors.joining(", ")))
                .add(
                        "\n<p>Generated by the cmpkit processor from the template {@code $L}; do not edit.\n",
                        model.templateName());
        return doc.build();
    }

    /** The allowed values in the schema's order, which an error message lists them in. */
    private static FieldSpec allowedField(FieldModel field, String constant) {
        TypeName listOfString = ParameterizedTypeName.get(LIST, ClassName.get(String.class));
        CodeBlock values =
                field.allowed().stream().map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(",$W"));
        return FieldSpec.builder(listOfString, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$Z$T.of($L)", LIST, values)
                .build();
    }

    /**
     * {@code constant} with its initializer moved to the next line when the declaration is too
     * long for one, as a person would break {@code private static final ... = new ...(...)}.
     */
    private static FieldSpec wrappable(FieldSpec constant) {
        return FieldSpec.builder(constant.type(), constant.name())
                .addModifiers(constant.modifiers().toArray(new Modifier[0]))
                .addJavadoc(constant.javadoc())
                .initializer("$Z$L", constant.initializer())
                .build();
    }

    private static MethodSpec constructor(ResourceModel model, ClassName resource, ClassNames names) {
        NameAllocator locals = names.locals();
        String builder = locals.newName("builder");
        String base = locals.newName("resourceBase");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        // A type without fields of its own takes only the base: nothing would read the builder.
        if (!model.fields().isEmpty()) {
            constructor.addParameter(resource.nestedClass("Builder"), builder);
        }
        constructor.addParameter(RESOURCE_BASE, base).addStatement("this.base = $N", base);
        for (FieldModel field : model.fields()) {
            constructor.addStatement("this.$N = $L", field.javaName(), initialValue(field, builder));
        }
        return constructor.build();
    }

    /** The field's value from the builder: copied, converted or defaulted as its kind needs. */
    private static CodeBlock initialValue(FieldModel field, String builder) {
        String name = field.javaName();
        CodeBlock held = CodeBlock.of("$N.$N", builder, name);
        if (field.type().kind() == ValueKind.LIST) {
            CodeBlock absent = field.fill() == null ? CodeBlock.of("null") : CodeBlock.of("$T.of()", LIST);
            return CodeBlock.of("$L == null$W? $L$W: $T.copyOf($L)", held, absent, LIST, held);
        }
        if (field.timestampString()) {
            held = CodeBlock.of("$T.convert($L)", RFC3339, held);
            if (field.fill() == null) {
                return held;
            }
            return CodeBlock.of(
                    "$T.requireNonNullElse($L, $L)", OBJECTS, held, Literals.asFieldValue(field.fill(), field.type()));
        }
        if (field.fill() != null) {
            return CodeBlock.of("$L != null ? $L : $L", held, held, Literals.asFieldValue(field.fill(), field.type()));
        }
        if (field.type().primitive()) {
            return CodeBlock.of("$L != null ? $L : $L", held, held, Literals.zero(field.type()));
        }
        return held;
    }

    private static Iterable<MethodSpec> factories(ResourceModel model, ClassName resource) {
        ClassName builder = resource.nestedClass("Builder");
        MethodSpec empty = MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addJavadoc("Returns a new builder with nothing set.\n\n@return a new builder\n")
                .addStatement("return new Builder()")
                .build();
        MethodSpec.Builder withRequired = MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addParameter(String.class, "id")
                .addParameter(String.class, "name");
        CodeBlock.Builder doc = CodeBlock.builder()
                .add(
                        "Returns a new builder with $L set, so that the compiler asks for ",
                        model.requiredFields().isEmpty()
                                ? "the id and the name"
                                : "the id, the name and every required detail")
                .add("each of them.\n\n@param id the resource id (non-empty)\n@param name the resource name\n");
        CodeBlock.Builder call = CodeBlock.builder().add("return new Builder().id(id).name(name)");
        for (FieldModel field : model.requiredFields()) {
            withRequired.addParameter(field.type().typeName(), field.javaName());
            doc.add("@param $N the {@code $L} value\n", field.javaName(), field.key());
            call.add(".$N($N)", field.javaName(), field.javaName());
        }
        doc.add("@return a new builder\n");
        return java.util.List.of(
                empty,
                withRequired.addJavadoc(doc.build()).addStatement(call.build()).build());
    }

    private static Iterable<MethodSpec> baseAccessors(String typeConstant) {
        return java.util.List.of(
                MethodSpec.methodBuilder("id")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return base.id()")
                        .build(),
                MethodSpec.methodBuilder("name")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return base.name()")
                        .build(),
                MethodSpec.methodBuilder("type")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $N", typeConstant)
                        .build(),
                MethodSpec.methodBuilder("base")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RESOURCE_BASE)
                        .addStatement("return base")
                        .build());
    }

    private static MethodSpec accessor(FieldModel field) {
        CodeBlock.Builder doc = CodeBlock.builder().add("Returns {@code $L}", field.key());
        if (field.description().isEmpty()) {
            doc.add(".");
        } else {
            doc.add(": $L", Javadocs.sentence(Javadocs.lowerFirst(field.description())));
        }
        if (field.type().kind() == ValueKind.LIST) {
            doc.add(" The list is unmodifiable.");
        }
        doc.add("\n\n@return the value$L\n", field.neverNull() ? "" : ", or null when not set");
        return MethodSpec.methodBuilder(field.javaName())
                .addModifiers(Modifier.PUBLIC)
                .returns(field.type().typeName())
                .addJavadoc(doc.build())
                .addStatement("return this.$N", field.javaName())
                .build();
    }
}
