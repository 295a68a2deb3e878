package dev.cmpkit.processor.writer;

import static dev.cmpkit.processor.writer.RuntimeNames.OBJECTS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.ResourceModel;
import javax.lang.model.element.Modifier;

/** Writes {@code equals}, {@code hashCode} and {@code toString} over the base fields and every detail field. */
final class ObjectMethods {

    private final ResourceModel model;
    private final ClassName resource;
    private final NameAllocator names;

    ObjectMethods(ResourceModel model, ClassName resource, NameAllocator names) {
        this.model = model;
        this.resource = resource;
        this.names = names;
    }

    MethodSpec equalsMethod() {
        NameAllocator locals = names.clone();
        String object = locals.newName("object");
        String other = locals.newName("other");
        CodeBlock.Builder comparison = CodeBlock.builder().add("base.equals($N.base)", other);
        for (FieldModel field : model.fields()) {
            String name = field.javaName();
            TypeName type = field.type().typeName();
            if (type.equals(TypeName.DOUBLE)) {
                comparison.add("\n&& $T.compare(this.$N, $N.$N) == 0", Double.class, name, other, name);
            } else if (type.isPrimitive()) {
                comparison.add("\n&& this.$N == $N.$N", name, other, name);
            } else {
                comparison.add("\n&& $T.equals(this.$N, $N.$N)", OBJECTS, name, other, name);
            }
        }
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, object)
                .beginControlFlow("if (this == $N)", object)
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!($N instanceof $T))", object, resource)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T $N = ($T) $N", resource, other, resource, object)
                .addStatement("return $L", comparison.build())
                .build();
    }

    MethodSpec hashCodeMethod() {
        CodeBlock.Builder values = CodeBlock.builder().add("base");
        for (FieldModel field : model.fields()) {
            values.add(", $N", field.javaName());
        }
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", OBJECTS, values.build())
                .build();
    }

    MethodSpec toStringMethod() {
        CodeBlock.Builder text = CodeBlock.builder().add("$S + base", model.className() + "{");
        for (FieldModel field : model.fields()) {
            text.add("\n+ $S + $N", ", " + field.javaName() + "=", field.javaName());
        }
        text.add("\n+ $S", "}");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L", text.build())
                .build();
    }
}
