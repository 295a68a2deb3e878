package dev.cmpkit.processor.diagnostics;

/**
 * The catalogue of every diagnostic the processor reports. Each id is stable and documented in
 * {@code docs/diagnostics.md}; the text names the template member, says what is wrong and what
 * would be right, because build tools often print the message without its source line.
 */
public enum Message {
    /** Arguments: template, type, "did you mean" or empty, known types. */
    UNKNOWN_TYPE("CMP001", "%s: unknown resource type \"%s\"%s; known types: %s"),
    /** Arguments: member, key, type, suggestion text. */
    UNKNOWN_KEY("CMP002", "%s: wire key \"%s\" is not in the schema of type \"%s\"; %s"),
    /** Arguments: member, Java type, key, JSON type, allowed Java types. */
    TYPE_MISMATCH("CMP003", "%s: Java type %s does not fit key \"%s\" of JSON type %s; use %s"),
    /** Arguments: member, key, other member. */
    DUPLICATE_KEY("CMP004", "%s: wire key \"%s\" is already used by %s; each key may appear once"),
    /** Arguments: member, literal, what was expected. */
    BAD_DEFAULT("CMP005", "%s: defaultValue \"%s\" does not fit the field; expected %s"),
    /** Arguments: template. */
    NON_STATIC_NESTED("CMP006", "%s: a nested template must be static; add the static modifier"),
    /** Arguments: member, Java type. */
    UNSUPPORTED_FIELD_TYPE(
            "CMP007",
            "%s: field type %s is not supported; use String, int/Integer, long/Long,"
                    + " double/Double, boolean/Boolean, an enum, a java.time value (Instant, OffsetDateTime,"
                    + " ZonedDateTime, LocalDateTime, LocalDate), a CmpSerializable (IpAddress, ImageDetail, ...) or a"
                    + " List of String, Integer, Long, Double, Boolean or a CmpSerializable"),
    /** Arguments: template. */
    PRIVATE_TEMPLATE("CMP008", "%s: a template must not be private; make it package-private or public"),
    /** Arguments: template, type parameters. */
    GENERIC_TEMPLATE("CMP009", "%s: a template must not have type parameters (%s); remove them"),
    /** Arguments: member, value, key, allowed values. */
    VALUE_NOT_ALLOWED("CMP010", "%s: value \"%s\" is not allowed for key \"%s\"; allowed: %s"),
    /** Arguments: template, kind. */
    NOT_A_CLASS("CMP011", "%s: @CmpResource applies to classes and records, not to %s"),
    /** Arguments: member. */
    STATIC_FIELD("CMP012", "%s: @CmpField applies to instance fields, not static ones; remove static"),
    /** Arguments: member, name, key. */
    RESERVED_NAME(
            "CMP013",
            "%s: the name \"%s\" is taken by a member every resource or builder has; rename"
                    + " the field and keep its key with @CmpField(name = \"%s\")"),
    /** Arguments: template, name, why. */
    BAD_GENERATED_NAME("CMP014", "%s: generatedName \"%s\" %s"),
    /** Arguments: description of the catalog problem. */
    BAD_CATALOG("CMP015", "cannot load the CMP schema catalog: %s"),
    /** Arguments: template, exception. */
    INTERNAL_ERROR(
            "CMP016",
            "%s: internal error in the cmpkit processor (%s); nothing was generated for this"
                    + " template; please report this to the cmpkit maintainers with the template and this message"),
    /** Arguments: member. */
    FIELD_OUTSIDE_TEMPLATE(
            "CMP017",
            "%s: @CmpField only has an effect in a class or record annotated"
                    + " @CmpResource; annotate the enclosing type or remove @CmpField"),
    /** Arguments: template, missing type. */
    RUNTIME_MISSING(
            "CMP018",
            "%s: the cmpkit runtime is not on the class path (%s not found); add the"
                    + " dev.cmpkit:cmpkit-runtime dependency"),
    /** Arguments: member. */
    REQUIRED_PRIMITIVE(
            "CMP019",
            "%s: a primitive field always has a value, so required = true has no"
                    + " effect; use the wrapper type (Integer, Long, Double, Boolean) or drop required"),
    /** Arguments: template, qualified name. */
    NAME_TAKEN(
            "CMP020",
            "%s: cannot generate %s because a type of that name already exists; choose another name"
                    + " with @CmpResource(generatedName = \"...\") or rename the existing type"),
    /** A warning. Arguments: member. */
    MEMBER_LEFT_OUT(
            "CMP021",
            "%s: without @CmpField this member is left out of the generated resource (never built, written or"
                    + " read); annotate it with @CmpField to make it a detail key, or with @CmpIgnore (or"
                    + " @SuppressWarnings(\"cmpkit\")) to leave it out on purpose"),
    /** Arguments: template, method. */
    ABSTRACT_ACCESSOR(
            "CMP022",
            "%s: abstract method %s() cannot hold a detail value; a template declares its keys as fields or"
                    + " record components annotated @CmpField (for example @CmpField Long cpuCores;), so replace"
                    + " the abstract method with such a field or make the template a record");

    private final String id;
    private final String format;

    Message(String id, String format) {
        this.id = id;
        this.format = format;
    }

    /** The stable id, for example {@code CMP001}. */
    public String id() {
        return id;
    }

    /** The message text for {@code args}, starting with the id. */
    public String format(Object... args) {
        return id + " " + String.format(java.util.Locale.ROOT, format, args);
    }
}
