package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The keys of one JSON object shape, each stated once with what reading its value does, and the one
 * loop every object reader shares: it walks an object's members, looks each key up once and runs
 * its action, and hands a key the table does not have to {@link JsonReading#unknownKey}, which
 * fails naming the keys the table has, or skips it when the read options say so.
 *
 * <p>A table is built once per shape, in a static field of its reader, and shared by every read: it
 * is immutable, and reading allocates nothing for it.
 *
 * @param <B> what the actions read into: the value's builder, or a small holder of the parts read
 */
public final class ObjectKeys<B> {

    private final Map<String, KeyAction<B>> actions;
    private final String expected;
    private final OtherKeyAction<B> otherKeys;

    private ObjectKeys(Map<String, KeyAction<B>> actions, List<String> keys, OtherKeyAction<B> otherKeys) {
        this.actions = actions;
        this.expected = keys.isEmpty() ? null : listed(keys);
        this.otherKeys = otherKeys;
    }

    /**
     * What reading one key's value does.
     *
     * @param <B> what it reads into
     */
    @FunctionalInterface
    public interface KeyAction<B> {
        /**
         * Reads the value of the key, the parser's current token, into {@code target}; when it
         * returns, the parser is at the value's last token.
         *
         * @param parser the parser, at the value's first token
         * @param options how strictly to read, for the values nested in this one
         * @param target what the value goes into
         * @throws IOException when the parser fails
         */
        void read(JsonParser parser, ReadOptions options, B target) throws IOException;
    }

    /**
     * What reading the value of a key the table does not list does, for an object whose keys are
     * the input's own (metadata namespaces, connection types).
     *
     * @param <B> what it reads into
     */
    @FunctionalInterface
    public interface OtherKeyAction<B> {
        /**
         * Reads the value of {@code key}, as {@link KeyAction#read} does.
         *
         * @param parser the parser, at the value's first token
         * @param options how strictly to read, for the values nested in this one
         * @param target what the value goes into
         * @param key the member's key
         * @throws IOException when the parser fails
         */
        void read(JsonParser parser, ReadOptions options, B target, String key) throws IOException;
    }

    /**
     * Starts a table; the type argument names what the actions read into, for example {@code
     * ObjectKeys.<Place.Builder>builder()}.
     */
    public static <B> Builder<B> builder() {
        return new Builder<>();
    }

    /**
     * Reads an object member by member into {@code target}; a JSON null is not an object here.
     *
     * @param parser the parser, at the object's first token; at its {@code END_OBJECT} on return
     * @param options whether a key the table does not have is an error or skipped
     * @param what the object as an error names it, for example {@code "the base object"}
     * @param target what every action reads into
     * @throws IOException when the parser fails
     * @throws CmpReadException when the input is not such an object
     */
    public void read(JsonParser parser, ReadOptions options, String what, B target) throws IOException {
        JsonReading.expectObject(parser, what);
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            KeyAction<B> action = actions.get(key);
            if (action != null) {
                action.read(parser, options, target);
            } else if (otherKeys != null) {
                otherKeys.read(parser, options, target, key);
            } else {
                JsonReading.unknownKey(parser, options, key, expected);
            }
        }
    }

    /** The keys as an unknown-key failure lists them, in the order they were added: {@code "id, name or type"}. */
    public String expected() {
        return expected;
    }

    private static String listed(List<String> keys) {
        int last = keys.size() - 1;
        return last == 0 ? keys.get(0) : String.join(", ", keys.subList(0, last)) + " or " + keys.get(last);
    }

    /**
     * Collects a table's keys. The typed methods ({@link #string}, {@link #number}, ...) read a value
     * with the matching {@link JsonReading} method, so a JSON null gives null to the setter;
     * {@link #key} takes any action.
     *
     * @param <B> what the actions read into
     */
    public static final class Builder<B> {

        private final Map<String, KeyAction<B>> actions = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private OtherKeyAction<B> otherKeys;

        private Builder() {}

        /**
         * Adds a key with its action.
         *
         * @throws IllegalArgumentException when the table has the key already
         */
        public Builder<B> key(String key, KeyAction<B> action) {
            if (actions.putIfAbsent(key, action) != null) {
                throw new IllegalArgumentException("the key \"" + key + "\" is in the table twice");
            }
            keys.add(key);
            return this;
        }

        /** Adds a key whose value is a string or null, handed to {@code set}. */
        public Builder<B> string(String key, BiConsumer<B, String> set) {
            return key(key, (parser, options, target) -> set.accept(target, JsonReading.readString(parser)));
        }

        /** Adds a key whose value is a finite number or null, handed to {@code set}. */
        public Builder<B> number(String key, BiConsumer<B, Double> set) {
            return key(key, (parser, options, target) -> set.accept(target, JsonReading.readDouble(parser)));
        }

        /** Adds a key whose value is an integer within the range of {@code int} or null, handed to {@code set}. */
        public Builder<B> integer(String key, BiConsumer<B, Integer> set) {
            return key(key, (parser, options, target) -> set.accept(target, JsonReading.readInteger(parser)));
        }

        /** Adds a key whose value is {@code true}, {@code false} or null, handed to {@code set}. */
        public Builder<B> bool(String key, BiConsumer<B, Boolean> set) {
            return key(key, (parser, options, target) -> set.accept(target, JsonReading.readBoolean(parser)));
        }

        /** Adds a key whose value {@code reader} reads (with the same options), handed to {@code set}. */
        public <V> Builder<B> value(String key, ValueReader<V> reader, BiConsumer<B, V> set) {
            return key(key, (parser, options, target) -> set.accept(target, reader.read(parser, options)));
        }

        /**
         * Adds a key whose value is a list (never null), each element read by {@code element} and
         * handed to {@code add} in order; {@code what} names the list in the failure for a non-list.
         */
        public <V> Builder<B> list(String key, String what, ValueReader<V> element, BiConsumer<B, V> add) {
            return key(key, (parser, options, target) -> {
                JsonReading.expectArray(parser, what);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    add.accept(target, element.read(parser, options));
                }
            });
        }

        /**
         * Reads every key the table does not list with {@code action}, rather than reporting it as
         * unknown.
         */
        public Builder<B> otherKeys(OtherKeyAction<B> action) {
            this.otherKeys = action;
            return this;
        }

        /** The table, for objects read into a target that already exists. */
        public ObjectKeys<B> build() {
            if (keys.isEmpty() && otherKeys == null) {
                throw new IllegalStateException("a table needs a key, or an action for other keys");
            }
            return new ObjectKeys<>(new HashMap<>(actions), List.copyOf(keys), otherKeys);
        }

        /**
         * A reader of values of this shape built through a builder: null for a JSON null, else a
         * fresh builder from {@code start} filled key by key, then {@code build}; the builder's
         * rejection becomes a {@link CmpReadException} at the object, as {@link JsonReading#built}
         * makes it.
         *
         * @param what the object as an error names it, for example {@code "a place"}
         */
        public <T> ObjectReader<B, T> reader(String what, Supplier<B> start, Function<B, T> build) {
            return finishing(what, start, (parser, parts) -> JsonReading.built(parser, build, parts));
        }

        /**
         * A reader of values of this shape whose last step checks the parts read itself: null for a
         * JSON null, else a fresh target from {@code start} filled key by key, then {@code finish}.
         *
         * @param what the object as an error names it, for example {@code "a credentials check"}
         */
        public <T> ObjectReader<B, T> finishing(String what, Supplier<B> start, ObjectReader.Finish<B, T> finish) {
            return new ObjectReader<>(what, start, build(), finish);
        }
    }
}
