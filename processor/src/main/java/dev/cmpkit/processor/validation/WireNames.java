package dev.cmpkit.processor.validation;

/** Derives wire keys from Java names. */
public final class WireNames {

    private WireNames() {}

    /**
     * {@code javaName} in snake_case: an underscore before each upper-case letter that starts a word
     * ({@code cpuCores} → {@code cpu_cores}, {@code sizeB} → {@code size_b}, {@code httpURLPort} →
     * {@code http_url_port}), everything in lower case.
     */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char before = javaName.charAt(i - 1);
                boolean afterLower = Character.isLowerCase(before) || Character.isDigit(before);
                boolean endsAcronym = Character.isUpperCase(before)
                        && i + 1 < javaName.length()
                        && Character.isLowerCase(javaName.charAt(i + 1));
                if ((afterLower || endsAcronym) && before != '_') {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
