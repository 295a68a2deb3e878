package dev.cmpkit.runtime.api;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.ConstructorException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads and writes the YAML form of a cassette with snakeyaml, loading safely (plain maps,
 * lists and scalars only; bounded aliases) and checking every field it reads.
 *
 * <p>A body is stored as text under {@code body} when it is UTF-8 that YAML carries unchanged,
 * otherwise as base64 under {@code body_base64}; either way the bytes read back are the bytes
 * recorded.
 */
final class CassetteFile {

    static final int FORMAT_VERSION = 1;

    private CassetteFile() {}

    static List<Interaction> read(Path file) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = yaml().load(reader);
        } catch (IOException e) {
            throw new CassetteException("cannot read cassette " + file + ": " + e, e);
        } catch (YAMLException e) {
            // snakeyaml's messages give the line and column, and quote at most a short snippet.
            throw new CassetteException("cassette " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return new ArrayList<>();
        }
        Fields top = new Fields(file, "the document", root);
        // Any other mapping is not a cassette: reading it as empty would overwrite it on save.
        top.requireKey("interactions");
        List<Interaction> interactions = new ArrayList<>();
        List<?> items = top.list("interactions");
        for (int i = 0; i < items.size(); i++) {
            String where = "interactions[" + i + "]";
            Fields item = new Fields(file, where, items.get(i));
            Fields request = item.map("request");
            Fields response = item.map("response");
            interactions.add(new Interaction(
                    request.string("method"),
                    request.string("uri"),
                    request.headers(),
                    request.body(),
                    response.status(),
                    response.headers(),
                    response.body()));
        }
        return interactions;
    }

    static void write(Path file, List<Interaction> interactions) {
        List<Object> items = new ArrayList<>();
        for (Interaction interaction : interactions) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("method", interaction.method());
            request.put("uri", interaction.uri());
            request.put("headers", new TreeMap<>(interaction.requestHeaders()));
            putBody(request, interaction.requestBody());
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("status", interaction.status());
            response.put("headers", new TreeMap<>(interaction.responseHeaders()));
            putBody(response, interaction.responseBody());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("request", request);
            item.put("response", response);
            items.add(item);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", FORMAT_VERSION);
        root.put("interactions", items);
        Path absolute = file.toAbsolutePath();
        try {
            Path dir = absolute.getParent();
            Files.createDirectories(dir);
            // Write next to the target and move, so a crash never leaves half a cassette.
            Path temp = Files.createTempFile(dir, absolute.getFileName().toString(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                yaml().dump(root, writer);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CassetteException("cannot write cassette " + file + ": " + e, e);
        }
    }

    private static void putBody(Map<String, Object> target, byte[] body) {
        String text = asYamlSafeText(body);
        if (text != null) {
            target.put("body", text);
        } else {
            target.put("body_base64", Base64.getEncoder().encodeToString(body));
        }
    }

    /**
     * The body as text if it is strict UTF-8 without characters YAML would normalise (CR, the
     * Unicode line separators, NEL, BOM) or could only escape (other control characters);
     * otherwise null.
     */
    static String asYamlSafeText(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                return null;
            }
        }
        return text;
    }

    private static Yaml yaml() {
        LoaderOptions loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        loading.setMaxAliasesForCollections(10);
        loading.setCodePointLimit(64 * 1024 * 1024);
        DumperOptions dumping = new DumperOptions();
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setSplitLines(false);
        dumping.setIndent(2);
        return new Yaml(new PositionedConstructor(loading), new Representer(dumping), dumping, loading);
    }

    /**
     * The safe constructor, except that a scalar it cannot convert (a {@code !!int} that is no
     * number, a {@code !!binary} that is no base64) fails with a {@link YAMLException} giving the
     * line and column; snakeyaml itself lets such a {@code NumberFormatException} escape without
     * one.
     */
    private static final class PositionedConstructor extends SafeConstructor {

        PositionedConstructor(LoaderOptions options) {
            super(options);
        }

        @Override
        protected Object constructObject(Node node) {
            try {
                return super.constructObject(node);
            } catch (IllegalArgumentException | ArithmeticException | ClassCastException e) {
                throw new UnreadableValue(
                        "cannot read this value as " + node.getTag() + " (" + Fields.abbreviate(e.getMessage()) + ")",
                        node,
                        e);
            }
        }
    }

    /** snakeyaml's own failure type, so that its message gives the position as every other does. */
    private static final class UnreadableValue extends ConstructorException {
        private static final long serialVersionUID = 1L;

        UnreadableValue(String problem, Node node, Throwable cause) {
            super(null, null, problem, node.getStartMark(), cause);
        }
    }

    /** Typed access to one YAML mapping, with errors that name the file and the field. */
    private static final class Fields {
        private final Path file;
        private final String where;
        private final Map<?, ?> map;

        Fields(Path file, String where, Object value) {
            this.file = file;
            this.where = where;
            if (!(value instanceof Map<?, ?> m)) {
                throw fail(where + " must be a mapping, got " + describe(value));
            }
            this.map = m;
        }

        Fields map(String key) {
            return new Fields(file, where + "." + key, map.get(key));
        }

        void requireKey(String key) {
            if (!map.containsKey(key)) {
                throw fail(where + " has no '" + key + "' key; expected a cassette written by cmpkit," + " found keys "
                        + map.keySet());
            }
        }

        List<?> list(String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw fail(where + "." + key + " must be a list, got " + describe(value));
            }
            return list;
        }

        String string(String key) {
            Object value = map.get(key);
            if (!(value instanceof String s)) {
                throw fail(where + "." + key + " must be a string, got " + describe(value));
            }
            return s;
        }

        int status() {
            Object value = map.get("status");
            if (!(value instanceof Integer status) || status < 100 || status > 599) {
                throw fail(where + ".status must be an HTTP status (100-599), got " + describe(value));
            }
            return status;
        }

        Map<String, List<String>> headers() {
            Object value = map.get("headers");
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            if (value == null) {
                return headers;
            }
            if (!(value instanceof Map<?, ?> raw)) {
                throw fail(where + ".headers must be a mapping of name to list of values, got " + describe(value));
            }
            for (Map.Entry<?, ?> entry : raw.entrySet()) {
                if (!(entry.getKey() instanceof String name)
                        || !(entry.getValue() instanceof List<?> values)
                        || !values.stream().allMatch(String.class::isInstance)) {
                    throw fail(where + ".headers." + entry.getKey() + " must be a list of strings, got "
                            + describe(entry.getValue()));
                }
                headers.put(name, values.stream().map(String.class::cast).toList());
            }
            return headers;
        }

        byte[] body() {
            Object text = map.get("body");
            Object base64 = map.get("body_base64");
            if (text != null && base64 != null) {
                throw fail(where + " has both body and body_base64; expected one");
            }
            if (base64 != null) {
                if (!(base64 instanceof String encoded)) {
                    throw fail(where + ".body_base64 must be a string, got " + describe(base64));
                }
                try {
                    return Base64.getDecoder().decode(encoded);
                } catch (IllegalArgumentException e) {
                    throw fail(where + ".body_base64 is not base64: " + e.getMessage());
                }
            }
            if (text == null) {
                return new byte[0];
            }
            if (!(text instanceof String s)) {
                throw fail(where + ".body must be a string, got " + describe(text));
            }
            return s.getBytes(StandardCharsets.UTF_8);
        }

        private CassetteException fail(String message) {
            return new CassetteException("cassette " + file + ": " + message);
        }

        private static String describe(Object value) {
            return value == null ? "nothing" : value.getClass().getSimpleName() + " " + abbreviate(value);
        }

        static String abbreviate(Object value) {
            String text = String.valueOf(value);
            return text.length() > 60 ? "'" + text.substring(0, 60) + "…'" : "'" + text + "'";
        }
    }
}
