package dev.cmpkit.processor.validation;

import dev.cmpkit.processor.catalog.JsonType;
import dev.cmpkit.processor.catalog.KeySchema;
import dev.cmpkit.processor.catalog.SchemaCatalog;
import dev.cmpkit.processor.catalog.TypeSchema;
import dev.cmpkit.processor.diagnostics.Message;
import dev.cmpkit.processor.diagnostics.Reporter;
import dev.cmpkit.processor.diagnostics.Suggestions;
import dev.cmpkit.processor.model.ConstantKey;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.JsonLiteral;
import dev.cmpkit.processor.model.NullPolicy;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.model.ValueKind;
import dev.cmpkit.processor.model.WireKey;
import dev.cmpkit.processor.reader.FieldDeclaration;
import dev.cmpkit.processor.reader.TemplateDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Checks a template against the schema catalog, reporting every violation on its exact element or
 * annotation value, and turns a clean template into a {@link ResourceModel}.
 */
public final class TemplateValidator {

    /**
     * Names every resource or builder already has: a detail field with one of them would clash with a
     * base accessor, a base setter or a method of {@code Object}.
     */
    static final Set<String> RESERVED = Set.of(
            "id",
            "name",
            "type",
            "base",
            "serialize",
            "writeJson",
            "writeBytes",
            "toBuilder",
            "builder",
            "build",
            "providerCreatedAt",
            "nativePortalLink",
            "region",
            "locations",
            "connections",
            "metadata",
            "self",
            "equals",
            "hashCode",
            "toString",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    private final SchemaCatalog catalog;
    private final Reporter reporter;

    /** Creates a validator against {@code catalog}, reporting to {@code reporter}. */
    public TemplateValidator(SchemaCatalog catalog, Reporter reporter) {
        this.catalog = catalog;
        this.reporter = reporter;
    }

    /** The model of {@code template}, or empty when it has errors (all of them reported). */
    public Optional<ResourceModel> validate(TemplateDeclaration template) {
        int errorsBefore = reporter.errorCount();
        Optional<TypeSchema> schema = resourceType(template);
        String className = generatedName(template);
        Map<String, FieldDeclaration> byKey = new HashMap<>();
        List<FieldModel> fields = new ArrayList<>();
        for (FieldDeclaration field : template.fields()) {
            field(field, schema, byKey).ifPresent(fields::add);
        }
        if (reporter.errorCount() > errorsBefore || schema.isEmpty() || className == null) {
            return Optional.empty();
        }
        return Optional.of(new ResourceModel(
                template.packageName(),
                className,
                template.templateName(),
                schema.get().type(),
                schema.get().description(),
                fields,
                wire(schema.get(), fields)));
    }

    private Optional<TypeSchema> resourceType(TemplateDeclaration template) {
        String type = template.type().value();
        Optional<TypeSchema> schema = catalog.type(type);
        if (schema.isEmpty()) {
            String suggestion = Suggestions.closest(type, catalog.typeNames())
                    .map(s -> " (did you mean \"" + s + "\"?)")
                    .orElse("");
            reporter.error(
                    Message.UNKNOWN_TYPE,
                    template.at(template.type()),
                    template.templateName(),
                    type,
                    suggestion,
                    String.join(", ", catalog.typeNames()));
        }
        return schema;
    }

    /** The generated class's simple name, or null when {@code generatedName} is unusable (reported). */
    private String generatedName(TemplateDeclaration template) {
        String given = template.generatedName().value();
        String simple = template.simpleName();
        if (given.isEmpty()) {
            return defaultName(simple);
        }
        String problem = null;
        if (!SourceVersion.isIdentifier(given) || SourceVersion.isKeyword(given)) {
            problem = "is not a valid Java class name; use a simple name such as \"" + defaultName(simple) + "\"";
        } else if (given.equals(simple)) {
            problem = "is the template's own name; the generated class needs another, such as \"" + defaultName(simple)
                    + "\"";
        }
        if (problem != null) {
            reporter.error(
                    Message.BAD_GENERATED_NAME,
                    template.at(template.generatedName()),
                    template.templateName(),
                    given,
                    problem);
            return null;
        }
        return given;
    }

    /** The template's name without a trailing {@code Spec}, else {@code Immutable} + it. */
    private static String defaultName(String simple) {
        String suffix = "Spec";
        return simple.endsWith(suffix) && simple.length() > suffix.length()
                ? simple.substring(0, simple.length() - suffix.length())
                : "Immutable" + simple;
    }

    private Optional<FieldModel> field(
            FieldDeclaration field, Optional<TypeSchema> schema, Map<String, FieldDeclaration> byKey) {
        int errorsBefore = reporter.errorCount();
        String explicitKey = field.name().value();
        String key = explicitKey != null ? explicitKey : WireNames.snakeCase(field.javaName());
        if (RESERVED.contains(field.javaName())) {
            reporter.error(Message.RESERVED_NAME, field.position(), field.memberName(), field.javaName(), key);
        }
        FieldDeclaration previous = byKey.putIfAbsent(key, field);
        if (previous != null) {
            reporter.error(
                    Message.DUPLICATE_KEY, field.at(field.name()), field.memberName(), key, previous.memberName());
        }
        if (field.required().value() && field.type() != null && field.type().primitive()) {
            reporter.error(Message.REQUIRED_PRIMITIVE, field.at(field.required()), field.memberName());
        }
        KeySchema keySchema = schema.flatMap(s -> knownKey(field, key, s)).orElse(null);
        if (field.type() == null) {
            return Optional.empty();
        }
        boolean fits = keySchema == null || TypeFit.fits(field.type(), keySchema);
        if (!fits) {
            reporter.error(
                    Message.TYPE_MISMATCH,
                    field.position(),
                    field.memberName(),
                    field.typeDisplay(),
                    key,
                    keySchema.typeDisplay(),
                    TypeFit.allowedJavaTypes(keySchema));
        }
        List<String> allowed = keySchema == null ? List.of() : keySchema.allowed();
        if (fits && field.type().kind() == ValueKind.ENUM && !allowed.isEmpty()) {
            List<String> outside = field.type().enumConstants().stream()
                    .filter(c -> !allowed.contains(Defaults.wireName(c)))
                    .toList();
            if (!outside.isEmpty()) {
                reporter.error(
                        Message.VALUE_NOT_ALLOWED,
                        field.position(),
                        field.memberName(),
                        String.join(
                                "\", \"",
                                outside.stream().map(Defaults::wireName).toList()),
                        key,
                        String.join(", ", allowed) + " (an enum constant is written as its name in lower case)");
            }
        }
        JsonLiteral fill = field.defaultValue().value() == null ? null : defaultValue(field, key, allowed);
        if (reporter.errorCount() > errorsBefore || keySchema == null) {
            return Optional.empty();
        }
        return Optional.of(model(field, key, keySchema, fill));
    }

    private Optional<KeySchema> knownKey(FieldDeclaration field, String key, TypeSchema schema) {
        Optional<KeySchema> known = schema.key(key);
        if (known.isEmpty()) {
            Optional<String> closest = Suggestions.closest(key, schema.keyNames());
            String advice;
            if (closest.isPresent()) {
                advice = "did you mean \"" + closest.get() + "\"?"
                        + (field.name().value() == null
                                ? " (set it with @CmpField(name = \"" + closest.get() + "\"))"
                                : "");
            } else if (schema.keys().isEmpty()) {
                advice = "type \"" + schema.type() + "\" has no detail keys";
            } else {
                advice = "known keys: " + String.join(", ", schema.keyNames());
            }
            reporter.error(Message.UNKNOWN_KEY, field.at(field.name()), field.memberName(), key, schema.type(), advice);
        }
        return known;
    }

    private JsonLiteral defaultValue(FieldDeclaration field, String key, List<String> allowed) {
        String literal = field.defaultValue().value();
        Optional<JsonLiteral> parsed = Defaults.parse(literal, field.type());
        if (parsed.isEmpty()) {
            reporter.error(
                    Message.BAD_DEFAULT,
                    field.at(field.defaultValue()),
                    field.memberName(),
                    literal,
                    Defaults.expected(field.type()));
            return null;
        }
        if (field.type().kind() == ValueKind.STRING && !allowed.isEmpty() && !allowed.contains(literal)) {
            reporter.error(
                    Message.VALUE_NOT_ALLOWED,
                    field.at(field.defaultValue()),
                    field.memberName(),
                    literal,
                    key,
                    String.join(", ", allowed));
            return null;
        }
        return parsed.get();
    }

    private static FieldModel model(FieldDeclaration field, String key, KeySchema schema, JsonLiteral explicitFill) {
        JsonLiteral fill = explicitFill != null
                ? explicitFill
                : Defaults.fromSchema(schema.defaultValue(), field.type()).orElse(null);
        NullPolicy nullPolicy = switch (field.include().value()) {
            case ALWAYS -> NullPolicy.WRITE_NULL;
            case NON_NULL -> NullPolicy.OMIT;
            case SCHEMA ->
                schema.defaultValue() != null
                        ? NullPolicy.WRITE_SCHEMA_DEFAULT
                        : schema.omitWhenUnset() ? NullPolicy.OMIT : NullPolicy.WRITE_NULL;
        };
        List<String> allowed = field.type().kind() == ValueKind.STRING ? schema.allowed() : List.of();
        boolean timestampString =
                schema.type() == JsonType.TIMESTAMP && field.type().kind() == ValueKind.STRING;
        return new FieldModel(
                field.javaName(),
                key,
                field.type(),
                field.required().value(),
                fill,
                nullPolicy,
                schema.defaultValue(),
                allowed,
                timestampString,
                schema.description());
    }

    /** The details in schema order; keys the template leaves out are written as the schema says. */
    private static List<WireKey> wire(TypeSchema schema, List<FieldModel> fields) {
        List<WireKey> wire = new ArrayList<>();
        for (KeySchema key : schema.keys()) {
            Optional<FieldModel> field =
                    fields.stream().filter(f -> f.key().equals(key.key())).findFirst();
            boolean omit = key.defaultValue() == null && key.omitWhenUnset();
            wire.add(field.<WireKey>map(WireKey.Field::new)
                    .orElseGet(() -> new WireKey.Constant(new ConstantKey(key.key(), key.defaultValue(), omit))));
        }
        return wire;
    }
}
