package dev.cmpkit.processor.writer;

import static dev.cmpkit.processor.writer.RuntimeNames.OBJECTS;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.ResourceModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code equals}, {@code hashCode} and {@code toString} over the base fields and every detail
 * field. Like every generated method, they name a detail field {@code this.name}: its name is the
 * user's, so the qualifier shows at a glance that it is the field.
 */
record ObjectMethods(ResourceModel model, ClassNames names) {

    MethodSpec equalsMethod() {
        NameAllocator locals = names.locals();
        String object = locals.newName("object");
        String other = locals.newName("other");
        // One comparison a line, as a person lays out a conjunction that does not fit on one.
        String and = "\n&& ";
        CodeBlock.Builder comparison = CodeBlock.builder()
                .add("$N instanceof $T $N", object, names.resource(), other)
                .add(and + "base.equals($N.base)", other);
        for (FieldModel field : model.fields()) {
            String name = field.javaName();
            TypeName type = field.type().typeName();
            if (type.equals(TypeName.DOUBLE)) {
                comparison.add(and + "$T.compare(this.$N, $N.$N) == 0", Double.class, name, other, name);
            } else if (type.isPrimitive()) {
                comparison.add(and + "this.$N == $N.$N", name, other, name);
            } else {
                comparison.add(and + "$T.equals(this.$N, $N.$N)", OBJECTS, name, other, name);
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
                .addStatement("return $L", comparison.build())
                .build();
    }

    MethodSpec hashCodeMethod() {
        CodeBlock.Builder values = CodeBlock.builder().add("base");
        for (FieldModel field : model.fields()) {
            values.add(",$Wthis.$N", field.javaName());
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
            text.add("\n+ $S + this.$N", ", " + field.javaName() + "=", field.javaName());
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
