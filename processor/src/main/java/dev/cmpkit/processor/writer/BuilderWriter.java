package dev.cmpkit.processor.writer;

import static dev.cmpkit.processor.writer.RuntimeNames.ARRAY_LIST;
import static dev.cmpkit.processor.writer.RuntimeNames.LIST;
import static dev.cmpkit.processor.writer.RuntimeNames.RESOURCE_BASE;
import static dev.cmpkit.processor.writer.RuntimeNames.RESOURCE_BUILDER;
import static dev.cmpkit.processor.writer.RuntimeNames.RFC3339;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.model.ValueKind;
import java.time.DateTimeException;
import javax.lang.model.element.Modifier;

/** Writes the nested {@code Builder} of a resource: setters, copying constructor and the checking {@code build()}. */
record BuilderWriter(ResourceModel model, ClassNames names) {

    TypeSpec write() {
        TypeSpec.Builder type = TypeSpec.classBuilder(names.builder())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RESOURCE_BUILDER, names.builder()))
                .addJavadoc(
                        "Builds {@link $T} values; {@link #build()} checks every field at once and names all"
                                + " problems.\n",
                        names.resource());
        for (FieldModel field : model.fields()) {
            type.addField(FieldSpec.builder(holderType(field), field.javaName(), Modifier.PRIVATE)
                    .build());
        }
        type.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(copyConstructor());
        for (FieldModel field : model.fields()) {
            type.addMethod(setter(field, field.type().typeName()));
            TypeName unboxed = convenienceOverload(field);
            if (unboxed != null) {
                type.addMethod(setter(field, unboxed));
            }
        }
        type.addMethod(build());
        return type.build();
    }

    /** What the builder holds: primitives boxed so that "not set" shows as null. */
    static TypeName holderType(FieldModel field) {
        return field.type().nullableTypeName();
    }

    /**
     * For {@code Long} and {@code Double} fields, a primitive overload so that {@code cpuHz(2000)} compiles
     * without a suffix; null still goes to the boxed setter.
     */
    private static TypeName convenienceOverload(FieldModel field) {
        if (field.type().primitive()) {
            return null;
        }
        return switch (field.type().kind()) {
            case LONG -> TypeName.LONG;
            case DOUBLE -> TypeName.DOUBLE;
            default -> null;
        };
    }

    private MethodSpec copyConstructor() {
        NameAllocator locals = names.locals();
        String source = locals.newName("source");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(names.resource(), source)
                .addStatement("base($N.base())", source);
        for (FieldModel field : model.fields()) {
            String name = field.javaName();
            if (field.type().kind() == ValueKind.LIST) {
                // The builder's lists are always mutable ArrayLists (immutable ones reject contains(null)).
                constructor.addStatement(
                        "this.$N = $N.$N == null$W? null$W: new $T<>($N.$N)",
                        name,
                        source,
                        name,
                        ARRAY_LIST,
                        source,
                        name);
            } else {
                constructor.addStatement("this.$N = $N.$N", name, source, name);
            }
        }
        return constructor.build();
    }

    /**
     * A setter named after the field. Its parameter is {@code value} rather than the field's name:
     * the Javadoc speaks of the wire key, and a parameter spelled almost like it (the key
     * {@code email} on a field {@code mail}) would read as a typo.
     */
    private MethodSpec setter(FieldModel field, TypeName parameterType) {
        String name = field.javaName();
        String value = "value";
        MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(names.builder())
                .addParameter(parameterType, value)
                .addJavadoc(setterJavadoc(field, parameterType, value));
        if (field.type().kind() == ValueKind.LIST) {
            // A copy now, so later changes to the caller's list cannot reach the built value.
            setter.addStatement("this.$N = $N == null$W? null$W: new $T<>($N)", name, value, ARRAY_LIST, value);
        } else {
            setter.addStatement("this.$N = $N", name, value);
        }
        return setter.addStatement("return this").build();
    }

    private static CodeBlock setterJavadoc(FieldModel field, TypeName parameterType, String value) {
        CodeBlock.Builder doc = CodeBlock.builder().add("Sets {@code $L}", field.key());
        if (!field.description().isEmpty()) {
            doc.add(": $L", Javadocs.sentence(Javadocs.lowerFirst(field.description())));
        } else {
            doc.add(".");
        }
        if (field.required()) {
            doc.add(" Required.");
        } else if (!parameterType.isPrimitive()) {
            doc.add(
                    " Null means not set$L.",
                    field.fill() == null ? "" : " (then " + field.fill().display() + ")");
        }
        return doc.add("\n\n@param $N the value\n@return this builder\n", value).build();
    }

    private MethodSpec build() {
        NameAllocator locals = names.locals();
        String problems = locals.newName("problems");
        String base = locals.newName("resourceBase");
        String failure = locals.newName("e");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T<$T> $N = new $T<>()", LIST, String.class, problems, ARRAY_LIST)
                .addStatement("$T $N = checkedBase($N)", RESOURCE_BASE, base, problems);
        for (FieldModel field : model.fields()) {
            String name = field.javaName();
            if (field.required()) {
                body.beginControlFlow("if (this.$N == null)", name)
                        .addStatement("$N.add($S)", problems, name + " is required, got null")
                        .endControlFlow();
            }
            if (field.type().kind() == ValueKind.LIST) {
                body.beginControlFlow("if (this.$N != null && this.$N.contains(null))", name, name)
                        .addStatement(
                                "$N.add($S + this.$N.indexOf(null) + $S)",
                                problems,
                                name + "[",
                                name,
                                "] must not be null")
                        .endControlFlow();
            }
            if (field.type().kind() == ValueKind.DOUBLE) {
                body.beginControlFlow("if (this.$N != null && !$T.isFinite(this.$N))", name, Double.class, name)
                        .addStatement("$N.add($S + this.$N)", problems, name + " must be a finite number, got ", name)
                        .endControlFlow();
            }
            String allowed = names.allowedConstant(field);
            if (allowed != null) {
                body.addStatement("checkAllowed($N, $S, this.$N, $N)", problems, name, name, allowed);
            }
            if (field.timestampString() || field.type().kind() == ValueKind.TEMPORAL) {
                // Converting now reports a bad timestamp with the other problems, not at serialization.
                body.beginControlFlow("try")
                        .addStatement("$T.convert(this.$N)", RFC3339, name)
                        .nextControlFlow(
                                "catch ($T | $T $N)", IllegalArgumentException.class, DateTimeException.class, failure)
                        .addStatement("$N.add($S + $N.getMessage())", problems, name + ": ", failure)
                        .endControlFlow();
            }
        }
        body.beginControlFlow("if (!$N.isEmpty())", problems)
                .addStatement("throw invalid($N, $N)", names.typeConstant(), problems)
                .endControlFlow()
                .addStatement(
                        model.fields().isEmpty() ? "return new $T($N)" : "return new $T(this, $N)",
                        names.resource(),
                        base);
        return MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(names.resource())
                .addJavadoc(
                        "Builds the $L, checking the base fields and every detail field at once.\n\n"
                                + "@return the $L\n@throws IllegalArgumentException naming every missing or invalid field and"
                                + " its value\n",
                        model.type(),
                        model.type())
                .addCode(body.build())
                .build();
    }
}
