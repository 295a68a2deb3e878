package dev.cmpkit.processor.model;

import java.util.List;

/**
 * Everything the writer needs to generate one resource class; holds no {@code Element}s, so a writer
 * can be tested from a hand-built model.
 *
 * @param packageName the package of template and generated class
 * @param className the generated class's simple name
 * @param templateName the template's name as written in source (nested names joined by dots)
 * @param type the CMP resource type
 * @param typeDescription the schema's description of the type; may be empty
 * @param fields the template's fields in declaration order
 * @param wire the details keys in wire order: every key of the type's schema, in schema order
 */
public record ResourceModel(
        String packageName,
        String className,
        String templateName,
        String type,
        String typeDescription,
        List<FieldModel> fields,
        List<WireKey> wire) {

    /** Copies the lists, so that the value stays as created. */
    public ResourceModel {
        fields = List.copyOf(fields);
        wire = List.copyOf(wire);
    }

    /** The required fields in declaration order: the extra parameters of {@code builder(id, name, ...)}. */
    public List<FieldModel> requiredFields() {
        return fields.stream().filter(FieldModel::required).toList();
    }
}
