package dev.cmpkit.runner;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the JSON object files a run is given (event, config, secrets) with messages that name the file. */
final class JsonFiles {

    /** Reads standard input instead of a file. */
    static final String STDIN = "-";

    private JsonFiles() {}

    /**
     * Reads a JSON object from a file named on the command line, or from standard input.
     *
     * @param role what the file is for, e.g. {@code "event"}; starts every message
     * @param file the file, or {@value #STDIN} for standard input
     * @param stdin standard input
     * @return the file's JSON object, insertion-ordered
     * @throws IllegalArgumentException when the file cannot be read, is not JSON or is not an object
     */
    static Map<String, Object> readObject(String role, String file, InputStream stdin) {
        String shown = role + " file '" + file + "'";
        Object value;
        try {
            value = file.equals(STDIN) ? PlainJson.read(stdin) : PlainJson.read(Files.readAllBytes(Path.of(file)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(shown + " is not valid JSON" + where(e), null);
        } catch (IOException e) {
            throw new IllegalArgumentException(shown + " cannot be read: " + reason(file, e), e);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(shown + " is not a valid path: " + e.getReason(), e);
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(shown + " must hold a JSON object ({...}), found " + describe(value));
        }
        @SuppressWarnings("unchecked") // Jackson reads a JSON object with string keys as Map<String, Object>
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }

    /**
     * Where and why a text is not JSON, without quoting it: {@code " at line 3, column 7: <reason>"}.
     */
    static String where(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return position + ": " + withoutQuotedInput(e.getOriginalMessage());
    }

    /**
     * Jackson's message with what it quotes from the input cut out: the offending token may be a
     * secret (a bare API key in a secrets file), and the message reaches the envelope.
     */
    static String withoutQuotedInput(String message) {
        if (message == null) {
            return "";
        }
        String cut = message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        // Jackson may add the source description after a newline; it names no content but is noise here.
        int newline = cut.indexOf('\n');
        return newline < 0 ? cut : cut.substring(0, newline);
    }

    private static String reason(String file, IOException e) {
        Path path = Path.of(file);
        if (e instanceof NoSuchFileException || !Files.exists(path)) {
            return "no such file";
        }
        if (Files.isDirectory(path)) {
            return "it is a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.toString();
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null (an empty file or a JSON null)";
        }
        if (value instanceof List) {
            return "an array";
        }
        return (value instanceof String ? "a string" : value instanceof Boolean ? "a boolean" : "a number") + " ("
                + value + ")";
    }
}
