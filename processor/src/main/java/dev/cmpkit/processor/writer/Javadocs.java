package dev.cmpkit.processor.writer;

import dev.cmpkit.processor.model.WireKey;

/** Small text helpers for generated Javadoc. */
final class Javadocs {

    private Javadocs() {}

    /**
     * {@code text} made safe inside a Javadoc comment and ending with a full stop: schema descriptions
     * come from catalog files, which may hold characters Javadoc treats specially.
     */
    static String sentence(String text) {
        String safe = text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;");
        return safe.endsWith(".") ? safe : safe + ".";
    }

    /** {@code text} with its first letter in lower case, unless it starts an acronym ("CPU"). */
    static String lowerFirst(String text) {
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The wire key of a details entry. */
    static String keyName(WireKey key) {
        if (key instanceof WireKey.Field field) {
            return field.field().key();
        }
        return ((WireKey.Constant) key).constant().key();
    }
}
