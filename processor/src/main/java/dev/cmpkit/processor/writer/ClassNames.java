package dev.cmpkit.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.ResourceModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names a generated class declares at class level, allocated once and handed to every writer:
 * the resource and builder types, the detail fields, {@code base}, the {@code TYPE} constant and
 * the constants holding allowed values. Writers allocate their locals in a {@link #locals()} copy,
 * so a local can never shadow a field a user named.
 */
final class ClassNames {

    private final ClassName resource;
    private final NameAllocator allocator = new NameAllocator();
    private final String typeConstant;
    private final Map<String, String> allowedConstants = new LinkedHashMap<>();

    ClassNames(ResourceModel model) {
        this.resource = ClassName.get(model.packageName(), model.className());
        for (FieldModel field : model.fields()) {
            allocator.newName(field.javaName(), field.javaName());
        }
        allocator.newName("base", "base");
        this.typeConstant = allocator.newName("TYPE");
        for (FieldModel field : model.fields()) {
            if (!field.allowed().isEmpty()) {
                String constant = field.key().toUpperCase(Locale.ROOT) + "_VALUES";
                allowedConstants.put(field.javaName(), allocator.newName(constant));
            }
        }
    }

    /** The generated resource class. */
    ClassName resource() {
        return resource;
    }

    /** The resource's nested {@code Builder}. */
    ClassName builder() {
        return resource.nestedClass("Builder");
    }

    /** The name of the {@code public static final String} holding the resource type. */
    String typeConstant() {
        return typeConstant;
    }

    /** The constant holding the allowed values of {@code field}, or null when any value is allowed. */
    String allowedConstant(FieldModel field) {
        return allowedConstants.get(field.javaName());
    }

    /**
     * The allocator of class-level names, for a writer that declares more of them (key constants,
     * helper methods); it must do so before any writer takes {@link #locals()}.
     */
    NameAllocator allocator() {
        return allocator;
    }

    /** A copy of the class-level names in which one method allocates its locals. */
    NameAllocator locals() {
        return allocator.clone();
    }
}
