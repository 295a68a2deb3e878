package dev.cmpkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * Test factories for the model, so that a writer test states only what its rule is about:
 * {@code field("label").type(STRING).required().allowed("a", "b").build()}. Everything left out
 * has its plain value: the key is the Java name, the type a String, optional, no default, written
 * as null, any value allowed, no description.
 */
public final class FieldModels {

    public static final ValueType STRING =
            ValueType.of(ValueKind.STRING, ClassName.get(String.class), "java.lang.String");
    public static final ValueType INT = ValueType.of(ValueKind.INT, TypeName.INT, "int");

    private FieldModels() {}

    /** An enum type {@code qualifiedName} with {@code constants}. */
    public static ValueType enumOf(String qualifiedName, String... constants) {
        return ValueType.enumOf(ClassName.bestGuess(qualifiedName), qualifiedName, List.of(constants));
    }

    /** A field named {@code javaName}, to be refined and built. */
    public static Field field(String javaName) {
        return new Field(javaName);
    }

    /** A field being described; each method sets one component and returns this. */
    public static final class Field {
        private final String javaName;
        private String key;
        private ValueType type = STRING;
        private boolean required;
        private JsonLiteral fill;
        private NullPolicy nullPolicy = NullPolicy.WRITE_NULL;
        private JsonLiteral schemaDefault;
        private List<String> allowed = List.of();
        private String description = "";

        private Field(String javaName) {
            this.javaName = javaName;
            this.key = javaName;
        }

        /** The wire key, when it is not the Java name. */
        public Field key(String key) {
            this.key = key;
            return this;
        }

        /** The Java type. */
        public Field type(ValueType type) {
            this.type = type;
            return this;
        }

        /** {@code required = true}. */
        public Field required() {
            this.required = true;
            return this;
        }

        /** The value a build assigns when none was set. */
        public Field fill(JsonLiteral fill) {
            this.fill = fill;
            return this;
        }

        /** How null is written; {@link NullPolicy#WRITE_SCHEMA_DEFAULT} with the schema's default. */
        public Field nullPolicy(NullPolicy nullPolicy, JsonLiteral schemaDefault) {
            this.nullPolicy = nullPolicy;
            this.schemaDefault = schemaDefault;
            return this;
        }

        /** The only values a build accepts. */
        public Field allowed(String... allowed) {
            this.allowed = List.of(allowed);
            return this;
        }

        /** The schema's description of the key. */
        public Field description(String description) {
            this.description = description;
            return this;
        }

        /** The field model. */
        public FieldModel build() {
            return new FieldModel(
                    javaName, key, type, required, fill, nullPolicy, schemaDefault, allowed, false, description);
        }
    }
}
