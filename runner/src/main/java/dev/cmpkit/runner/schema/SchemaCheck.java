package dev.cmpkit.runner.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A JSON Schema (draft 2020-12) compiled once into checks of plain Java values: the maps, lists,
 * strings, numbers, booleans and nulls a JSON text reads into.
 *
 * <p>It knows the keywords cmpkit's schemas use (those the processor exports for every resource
 * type, and the runner's own schemas of handler results): {@code type}, {@code enum},
 * {@code const}, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code maxProperties}, {@code items}, {@code minItems}, {@code maxItems}, {@code minLength},
 * {@code pattern}, {@code minimum}, {@code maximum}, {@code allOf}, {@code anyOf}, {@code oneOf},
 * {@code not}, {@code if}/{@code then}/{@code else}, {@code $ref} (to {@code #/$defs/…} in the same
 * schema or to another schema file by name) and the annotations. A schema with any other keyword
 * is refused when it is compiled, so that no rule is ever skipped silently.
 *
 * <p>Why not a general validator: one costs a connector run some three hundred classes and a
 * quarter of a second before it checks anything, on every event; these checks cost a few classes
 * and a walk over the value. Tests compare its verdicts with a general validator's.
 */
public final class SchemaCheck {

    private static final Set<String> ANNOTATIONS =
            Set.of("$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples", "deprecated");

    private final Check root;

    private SchemaCheck(Check root) {
        this.root = root;
    }

    /**
     * Compiles a schema.
     *
     * @param schema the schema as plain values (a map, or a boolean)
     * @param files finds the schema of another file that a {@code $ref} names (e.g.
     *     {@code "server.schema.json"}), as plain values; null when there is none
     * @return the check
     * @throws IllegalArgumentException when the schema uses a keyword this check does not know, a
     *     {@code $ref} that cannot be resolved, or a keyword value of the wrong kind
     */
    public static SchemaCheck compile(Object schema, Function<String, Object> files) {
        Compiler compiler = new Compiler(files);
        Check root = compiler.compile(schema, schema, "#");
        compiler.resolveAll();
        return new SchemaCheck(root);
    }

    /**
     * Checks a value.
     *
     * @param value the value, as plain values
     * @param rootName how paths start, e.g. {@code "result"}
     * @return one message per problem, {@code "<path>: <what is wrong>"} with the path dotted
     *     ({@code result.metrics.0.time}); empty when the value fits
     */
    public List<String> problems(Object value, String rootName) {
        List<String> problems = new ArrayList<>();
        root.check(value, new At(null, rootName), problems);
        return problems;
    }

    /** One compiled rule. */
    private interface Check {
        void check(Object value, At path, List<String> problems);
    }

    /**
     * Where a value is inside the checked one; written out as {@code result.metrics.0.time} only
     * for a problem, so that a value that fits costs no strings.
     */
    private static final class At {
        private final At parent;
        private final Object step;

        At(At parent, Object step) {
            this.parent = parent;
            this.step = step;
        }

        At child(Object key) {
            return new At(this, key);
        }

        @Override
        public String toString() {
            return parent == null ? String.valueOf(step) : parent + "." + step;
        }
    }

    /** Compiles schema maps into checks, resolving references once every schema is read. */
    private static final class Compiler {
        private final Function<String, Object> files;
        private final Map<String, Object> documents = new HashMap<>();
        private final List<Ref> refs = new ArrayList<>();
        private final IdentityHashMap<Object, Map<String, Check>> compiled = new IdentityHashMap<>();

        Compiler(Function<String, Object> files) {
            this.files = files;
        }

        Check compile(Object schema, Object document, String where) {
            if (schema instanceof Boolean allowed) {
                return allowed
                        ? (value, path, problems) -> {}
                        : (value, path, problems) -> problems.add(path + ": not allowed here");
            }
            if (!(schema instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("schema at " + where + " must be an object or a boolean");
            }
            List<Check> checks = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String keyword = String.valueOf(entry.getKey());
                Object argument = entry.getValue();
                String at = where + "/" + keyword;
                Check check = keyword(keyword, argument, map, document, at);
                if (check != null) {
                    checks.add(check);
                }
            }
            return (value, path, problems) -> {
                for (Check check : checks) {
                    check.check(value, path, problems);
                }
            };
        }

        private Check keyword(String keyword, Object argument, Map<?, ?> schema, Object document, String at) {
            return switch (keyword) {
                case "type" -> type(argument, at);
                case "enum" -> oneOfValues(list(argument, at));
                case "const" ->
                    (value, path, problems) -> {
                        if (!Json.equal(argument, value)) {
                            problems.add(path + ": must be " + Json.show(argument) + ", got " + Json.show(value));
                        }
                    };
                case "properties" -> properties(map(argument, at), document, at);
                case "required" -> required(list(argument, at));
                case "additionalProperties" -> additional(schema, compile(argument, document, at), argument);
                case "maxProperties" -> {
                    long most = integer(argument, at);
                    yield (value, path, problems) -> {
                        if (value instanceof Map<?, ?> map && map.size() > most) {
                            problems.add(path + ": must have at most " + most + " keys, got " + map.size());
                        }
                    };
                }
                case "items" -> items(compile(argument, document, at));
                case "minItems" -> {
                    long fewest = integer(argument, at);
                    yield (value, path, problems) -> {
                        if (value instanceof List<?> list && list.size() < fewest) {
                            problems.add(path + ": must have at least " + fewest + " items, got " + list.size());
                        }
                    };
                }
                case "maxItems" -> {
                    long mostItems = integer(argument, at);
                    yield (value, path, problems) -> {
                        if (value instanceof List<?> list && list.size() > mostItems) {
                            problems.add(path + ": must have at most " + mostItems + " items, got " + list.size());
                        }
                    };
                }
                case "minLength" -> {
                    long shortest = integer(argument, at);
                    yield (value, path, problems) -> {
                        if (value instanceof String text && text.codePointCount(0, text.length()) < shortest) {
                            problems.add(path + ": must be at least " + shortest + " characters long, got "
                                    + Json.show(text));
                        }
                    };
                }
                case "pattern" -> {
                    Pattern pattern = Pattern.compile(String.valueOf(argument));
                    yield (value, path, problems) -> {
                        if (value instanceof String text
                                && !pattern.matcher(text).find()) {
                            problems.add(path + ": must match the pattern " + pattern + ", got " + Json.show(text));
                        }
                    };
                }
                case "minimum" -> {
                    BigDecimal low = Json.decimal(argument, at);
                    yield (value, path, problems) -> {
                        if (Json.isNumber(value) && Json.compare(value, low) < 0) {
                            problems.add(
                                    path + ": must be at least " + Json.show(argument) + ", got " + Json.show(value));
                        }
                    };
                }
                case "maximum" -> {
                    BigDecimal high = Json.decimal(argument, at);
                    yield (value, path, problems) -> {
                        if (Json.isNumber(value) && Json.compare(value, high) > 0) {
                            problems.add(
                                    path + ": must be at most " + Json.show(argument) + ", got " + Json.show(value));
                        }
                    };
                }
                case "allOf" -> {
                    List<Check> all = subschemas(argument, document, at);
                    yield (value, path, problems) -> {
                        for (Check check : all) {
                            check.check(value, path, problems);
                        }
                    };
                }
                case "anyOf" -> alternatives(subschemas(argument, document, at), false);
                case "oneOf" -> alternatives(subschemas(argument, document, at), true);
                case "not" -> {
                    Check excluded = compile(argument, document, at);
                    yield (value, path, problems) -> {
                        if (fits(excluded, value, path)) {
                            problems.add(path + ": must not fit " + Json.show(argument));
                        }
                    };
                }
                case "if" -> conditional(schema, document, at);
                case "then", "else" -> {
                    if (!schema.containsKey("if")) {
                        throw new IllegalArgumentException(at + ": " + keyword + " without if");
                    }
                    yield null; // compiled with "if"
                }
                case "$ref" -> reference(String.valueOf(argument), document, at);
                default -> {
                    if (ANNOTATIONS.contains(keyword)) {
                        yield null;
                    }
                    throw new IllegalArgumentException(
                            "schema keyword " + keyword + " at " + at + " is not supported by the runner's check");
                }
            };
        }

        private Check type(Object argument, String at) {
            List<Object> names = argument instanceof List<?> list ? new ArrayList<>(list) : List.of(argument);
            for (Object name : names) {
                if (!Json.TYPES.contains(String.valueOf(name))) {
                    throw new IllegalArgumentException(at + ": unknown type " + name);
                }
            }
            return (value, path, problems) -> {
                for (Object name : names) {
                    if (Json.isOfType(value, (String) name)) {
                        return;
                    }
                }
                problems.add(path + ": must be of type " + (names.size() == 1 ? names.get(0) : names) + ", got "
                        + Json.typeOf(value));
            };
        }

        private static Check oneOfValues(List<?> allowed) {
            return (value, path, problems) -> {
                for (Object candidate : allowed) {
                    if (Json.equal(candidate, value)) {
                        return;
                    }
                }
                List<String> shown = new ArrayList<>();
                for (Object candidate : allowed) {
                    shown.add(Json.show(candidate));
                }
                problems.add(path + ": must be one of " + shown + ", got " + Json.show(value));
            };
        }

        private Check properties(Map<?, ?> properties, Object document, String at) {
            Map<String, Check> checks = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : properties.entrySet()) {
                String name = String.valueOf(entry.getKey());
                checks.put(name, compile(entry.getValue(), document, at + "/" + name));
            }
            return (value, path, problems) -> {
                if (value instanceof Map<?, ?> object) {
                    for (Map.Entry<String, Check> entry : checks.entrySet()) {
                        if (object.containsKey(entry.getKey())) {
                            entry.getValue().check(object.get(entry.getKey()), path.child(entry.getKey()), problems);
                        }
                    }
                }
            };
        }

        private static Check required(List<?> names) {
            return (value, path, problems) -> {
                if (value instanceof Map<?, ?> object) {
                    for (Object name : names) {
                        if (!object.containsKey(name)) {
                            problems.add(path.child(name) + ": required, missing");
                        }
                    }
                }
            };
        }

        private static Check additional(Map<?, ?> schema, Check rest, Object argument) {
            Set<?> declared = schema.get("properties") instanceof Map<?, ?> properties ? properties.keySet() : Set.of();
            boolean forbidden = Boolean.FALSE.equals(argument);
            return (value, path, problems) -> {
                if (value instanceof Map<?, ?> object) {
                    for (Map.Entry<?, ?> entry : object.entrySet()) {
                        if (declared.contains(entry.getKey())) {
                            continue;
                        }
                        At at = path.child(entry.getKey());
                        if (forbidden) {
                            problems.add(at + ": not allowed here (no such key in this object's schema)");
                        } else {
                            rest.check(entry.getValue(), at, problems);
                        }
                    }
                }
            };
        }

        private static Check items(Check each) {
            return (value, path, problems) -> {
                if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        each.check(list.get(i), path.child(i), problems);
                    }
                }
            };
        }

        /**
         * {@code anyOf} and {@code oneOf}: when no form fits, the problems of every form are
         * reported (each names its own path, which tells the user what each form would need).
         */
        private static Check alternatives(List<Check> forms, boolean exactlyOne) {
            return (value, path, problems) -> {
                int fitting = 0;
                for (Check form : forms) {
                    if (fits(form, value, path)) {
                        fitting++;
                        if (!exactlyOne) {
                            return; // anyOf: the first form that fits settles it
                        }
                    }
                }
                if (fitting == 0) {
                    // Rare, so checked again to collect what each form would need.
                    Set<String> unfit = new LinkedHashSet<>();
                    for (Check form : forms) {
                        List<String> found = new ArrayList<>();
                        form.check(value, path, found);
                        unfit.addAll(found);
                    }
                    problems.addAll(unfit);
                } else if (fitting > 1) {
                    problems.add(path + ": fits " + fitting + " of the allowed forms, exactly one expected");
                }
            };
        }

        private Check conditional(Map<?, ?> schema, Object document, String at) {
            Check condition = compile(schema.get("if"), document, at);
            String parent = at.substring(0, at.length() - "/if".length());
            Check then = schema.containsKey("then") ? compile(schema.get("then"), document, parent + "/then") : null;
            Check otherwise =
                    schema.containsKey("else") ? compile(schema.get("else"), document, parent + "/else") : null;
            return (value, path, problems) -> {
                Check chosen = fits(condition, value, path) ? then : otherwise;
                if (chosen != null) {
                    chosen.check(value, path, problems);
                }
            };
        }

        private static boolean fits(Check check, Object value, At path) {
            List<String> found = new ArrayList<>();
            check.check(value, path, found);
            return found.isEmpty();
        }

        private List<Check> subschemas(Object argument, Object document, String at) {
            List<?> schemas = list(argument, at);
            List<Check> checks = new ArrayList<>();
            for (int i = 0; i < schemas.size(); i++) {
                checks.add(compile(schemas.get(i), document, at + "/" + i));
            }
            return checks;
        }

        /** A reference, resolved after every schema is compiled (references may point forward or loop). */
        private Check reference(String target, Object document, String at) {
            Ref ref = new Ref(target, document, at);
            refs.add(ref);
            return (value, path, problems) -> ref.check.check(value, path, problems);
        }

        void resolveAll() {
            for (int i = 0; i < refs.size(); i++) { // resolving may compile more schemas, adding refs
                Ref ref = refs.get(i);
                ref.check = resolve(ref);
            }
        }

        private Check resolve(Ref ref) {
            int hash = ref.target.indexOf('#');
            String file = hash < 0 ? ref.target : ref.target.substring(0, hash);
            String pointer = hash < 0 ? "" : ref.target.substring(hash + 1);
            Object document = ref.document;
            if (!file.isEmpty()) {
                document = documents.computeIfAbsent(file, name -> files == null ? null : files.apply(name));
                if (document == null) {
                    throw new IllegalArgumentException(ref.at + ": no schema " + file + " to refer to");
                }
            }
            Map<String, Check> ofDocument = compiled.computeIfAbsent(document, d -> new HashMap<>());
            Check known = ofDocument.get(pointer);
            if (known != null) {
                return known;
            }
            Object target = document;
            for (String part : pointer.split("/", -1)) {
                if (part.isEmpty()) {
                    continue;
                }
                String name = part.replace("~1", "/").replace("~0", "~");
                if (!(target instanceof Map<?, ?> map) || !map.containsKey(name)) {
                    throw new IllegalArgumentException(ref.at + ": " + ref.target + " points at nothing");
                }
                target = map.get(name);
            }
            Check check = compile(target, document, ref.target);
            ofDocument.put(pointer, check);
            return check;
        }

        private static List<?> list(Object argument, String at) {
            if (argument instanceof List<?> list) {
                return list;
            }
            throw new IllegalArgumentException(at + " must be an array");
        }

        private static Map<?, ?> map(Object argument, String at) {
            if (argument instanceof Map<?, ?> map) {
                return map;
            }
            throw new IllegalArgumentException(at + " must be an object");
        }

        private static long integer(Object argument, String at) {
            if (argument instanceof Integer || argument instanceof Long) {
                return ((Number) argument).longValue();
            }
            throw new IllegalArgumentException(at + " must be an integer");
        }
    }

    /** A {@code $ref}, with the check it resolves to once every schema is read. */
    private static final class Ref {
        final String target;
        final Object document;
        final String at;
        Check check;

        Ref(String target, Object document, String at) {
            this.target = target;
            this.document = document;
            this.at = at;
        }
    }
}
