package dev.cmpkit.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports catalogued errors and warnings at the narrowest source position and remembers whether any
 * errors were reported.
 */
public final class Reporter {

    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports {@code message} on {@code element}. */
    public void error(Message message, Element element, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    /**
     * Reports {@code message} on one value of an annotation (its position when the value was written in
     * source), falling back to the annotation or the element when a part is unknown.
     */
    public void error(
            Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
        errors++;
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
        } else if (value == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
        }
    }

    /** Reports {@code message} on {@code element} as a warning, which does not stop generation. */
    public void warning(Message message, Element element, Object... args) {
        messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element);
    }

    /** Reports {@code message} with no source position (catalog problems). */
    public void error(Message message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args));
    }

    /** Counts an error that someone else (javac) reports, so that nothing is generated for it. */
    public void silentFailure() {
        errors++;
    }

    /** How many errors were reported so far. */
    public int errorCount() {
        return errors;
    }
}
