package dev.cmpkit.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Reports catalogued errors and warnings at the narrowest source position and remembers whether any
 * errors were reported.
 */
public final class Reporter {

    private final Messager messager;
    private int errors;

    /** A reporter printing through {@code messager}. */
    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports {@code message}, formatted with {@code args}, as an error at {@code position}. */
    public void error(Message message, Position position, Object... args) {
        errors++;
        print(Diagnostic.Kind.ERROR, message, position, args);
    }

    /** Reports {@code message} at {@code position} as a warning, which does not stop generation. */
    public void warning(Message message, Position position, Object... args) {
        print(Diagnostic.Kind.WARNING, message, position, args);
    }

    /** Counts an error that someone else (javac) reports, so that nothing is generated for it. */
    public void silentFailure() {
        errors++;
    }

    /** How many errors were reported so far. */
    public int errorCount() {
        return errors;
    }

    private void print(Diagnostic.Kind kind, Message message, Position position, Object... args) {
        String text = message.format(args);
        if (position.element() == null) {
            messager.printMessage(kind, text);
        } else if (position.annotation() == null) {
            messager.printMessage(kind, text, position.element());
        } else if (position.value() == null) {
            messager.printMessage(kind, text, position.element(), position.annotation());
        } else {
            messager.printMessage(kind, text, position.element(), position.annotation(), position.value());
        }
    }
}
