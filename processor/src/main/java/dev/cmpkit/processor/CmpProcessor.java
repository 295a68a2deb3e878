package dev.cmpkit.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.cmpkit.processor.catalog.CatalogException;
import dev.cmpkit.processor.catalog.CatalogLoader;
import dev.cmpkit.processor.catalog.SchemaCatalog;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.reader.TemplateDeclaration;
import dev.cmpkit.processor.reader.TemplateReader;
import dev.cmpkit.processor.validation.Message;
import dev.cmpkit.processor.validation.Reporter;
import dev.cmpkit.processor.validation.TemplateValidator;
import dev.cmpkit.processor.writer.ResourceWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Turns {@code @CmpResource} templates into immutable resource classes: read each template, validate
 * it against the schema catalog, and write the class only when it has no errors.
 */
@AutoService(Processor.class)
public final class CmpProcessor extends AbstractProcessor {

    private static final String GENERATED = "javax.annotation.processing.Generated";

    private Reporter reporter;
    /** Loaded once; empty after a catalog error, which is reported once and stops all generation. */
    private Optional<SchemaCatalog> catalog;

    /**
     * Our two annotations, and {@code @Generated}: the classes we write carry it, and unless a
     * processor claims it javac warns under {@code -Xlint:processing} that nobody did.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(TemplateReader.CMP_RESOURCE, TemplateReader.CMP_FIELD, GENERATED);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(CatalogLoader.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (annotations.isEmpty()) {
            return false;
        }
        if (catalog == null) {
            reporter = new Reporter(processingEnv.getMessager());
            catalog = loadCatalog();
        }
        TemplateReader reader = new TemplateReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                reporter);
        TypeElement resourceAnnotation = processingEnv.getElementUtils().getTypeElement(TemplateReader.CMP_RESOURCE);
        TypeElement fieldAnnotation = processingEnv.getElementUtils().getTypeElement(TemplateReader.CMP_FIELD);
        if (resourceAnnotation != null && catalog.isPresent()) {
            for (Element element : round.getElementsAnnotatedWith(resourceAnnotation)) {
                processTemplate(element, reader, catalog.get());
            }
        }
        if (fieldAnnotation != null) {
            for (Element member : round.getElementsAnnotatedWith(fieldAnnotation)) {
                Element owner = member.getEnclosingElement();
                if (owner == null || owner.getAnnotationMirrors().stream().noneMatch(a ->
                        ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
                                .contentEquals(TemplateReader.CMP_RESOURCE))) {
                    reader.reportStrayField(member);
                }
            }
        }
        return true;
    }

    private Optional<SchemaCatalog> loadCatalog() {
        try {
            return Optional.of(CatalogLoader.load(processingEnv.getOptions().get(CatalogLoader.OPTION)));
        } catch (CatalogException e) {
            reporter.error(Message.BAD_CATALOG, e.getMessage());
            return Optional.empty();
        }
    }

    /** One template: read, validate, write; any failure stays with this template. */
    private void processTemplate(Element element, TemplateReader reader, SchemaCatalog schema) {
        try {
            int errorsBefore = reporter.errorCount();
            Optional<TemplateDeclaration> declaration = reader.read(element);
            Optional<ResourceModel> model = declaration.flatMap(new TemplateValidator(schema, reporter)::validate);
            if (model.isPresent() && reporter.errorCount() == errorsBefore) {
                write(model.get(), element);
            }
        } catch (RuntimeException | IOException e) {
            reporter.error(Message.INTERNAL_ERROR, element, element.getSimpleName(), e);
        }
    }

    private void write(ResourceModel model, Element template) throws IOException {
        boolean generated = processingEnv.getElementUtils()
                .getTypeElement(GENERATED) != null;
        JavaFile file = new ResourceWriter(generated).write(model);
        // The template is the one originating element, as Gradle's isolating mode requires.
        JavaFileObject source = processingEnv.getFiler().createSourceFile(
                file.packageName().isEmpty() ? model.className() : file.packageName() + "." + model.className(),
                template);
        try (Writer out = source.openWriter()) {
            file.writeTo(out);
        }
    }
}
