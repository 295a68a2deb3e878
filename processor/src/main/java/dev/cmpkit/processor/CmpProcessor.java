package dev.cmpkit.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.cmpkit.processor.catalog.CatalogException;
import dev.cmpkit.processor.catalog.CatalogLoader;
import dev.cmpkit.processor.catalog.SchemaCatalog;
import dev.cmpkit.processor.diagnostics.Message;
import dev.cmpkit.processor.diagnostics.Position;
import dev.cmpkit.processor.diagnostics.Reporter;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.reader.TemplateDeclaration;
import dev.cmpkit.processor.reader.TemplateReader;
import dev.cmpkit.processor.schema.ResourceSchemas;
import dev.cmpkit.processor.validation.TemplateValidator;
import dev.cmpkit.processor.writer.ResourceWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Turns {@code @CmpResource} templates into immutable resource classes: read each template, validate
 * it against the schema catalog, and write the class only when it has no errors.
 */
@AutoService(Processor.class)
public final class CmpProcessor extends AbstractProcessor {

    private static final String GENERATED = "javax.annotation.processing.Generated";

    private final Consumer<Element> beforeEachTemplate;
    private Reporter reporter;
    /** Templates waiting for a type another processor generates, by qualified name. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** Whether this compilation's JSON Schemas are written: once, with the first template. */
    private boolean schemasWritten;
    /** Loaded once; empty after a catalog error, which is reported once and stops all generation. */
    private Optional<SchemaCatalog> catalog;

    /** The processor javac finds through {@code META-INF/services}. */
    public CmpProcessor() {
        this(element -> {});
    }

    /** A processor that runs {@code beforeEachTemplate} first: tests use it to provoke an internal failure. */
    CmpProcessor(Consumer<Element> beforeEachTemplate) {
        this.beforeEachTemplate = beforeEachTemplate;
    }

    /**
     * Our three annotations, and {@code @Generated}: the classes we write carry it, and unless a
     * processor claims it javac warns under {@code -Xlint:processing} that nobody did.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(TemplateReader.CMP_RESOURCE, TemplateReader.CMP_FIELD, TemplateReader.CMP_IGNORE, GENERATED);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(CatalogLoader.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    // Claiming is deliberate: unclaimed, our annotations and @Generated draw javac's -Xlint:processing
    // warning "No processor claimed any of these annotations" in every project that lints everything.
    @SuppressWarnings("DoNotClaimAnnotations")
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (annotations.isEmpty() && deferred.isEmpty()) {
            return false;
        }
        if (catalog == null) {
            reporter = new Reporter(processingEnv.getMessager());
            catalog = loadCatalog();
        }
        TemplateReader reader =
                new TemplateReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter);
        if (catalog.isPresent()) {
            Set<Element> templates = templates(round);
            if (!schemasWritten && !templates.isEmpty()) {
                schemasWritten = true;
                writeSchemas(catalog.get(), templates.iterator().next());
            }
            for (Element template : templates) {
                if (!round.processingOver() && TemplateReader.waitsForOtherTypes(template)) {
                    deferred.add(((TypeElement) template).getQualifiedName().toString());
                } else {
                    processTemplate(template, reader, catalog.get());
                }
            }
        }
        for (Element member : annotated(round, TemplateReader.CMP_FIELD)) {
            if (outsideTemplate(member)) {
                reader.reportStrayField(member);
            }
        }
        return true;
    }

    /** This round's templates, then those deferred from earlier rounds. */
    private Set<Element> templates(RoundEnvironment round) {
        Set<Element> templates = new LinkedHashSet<>(annotated(round, TemplateReader.CMP_RESOURCE));
        for (String name : deferred) {
            TypeElement template = processingEnv.getElementUtils().getTypeElement(name);
            if (template != null) {
                templates.add(template);
            }
        }
        deferred.clear();
        return templates;
    }

    private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
    }

    private static boolean outsideTemplate(Element member) {
        Element owner = member.getEnclosingElement();
        // A record's field carries a copy of its component's annotation and has a source position;
        // it is reported, the component is not.
        if (member.getKind() == ElementKind.RECORD_COMPONENT) {
            return false;
        }
        return owner.getAnnotationMirrors().stream()
                .noneMatch(a -> ((TypeElement) a.getAnnotationType().asElement())
                        .getQualifiedName()
                        .contentEquals(TemplateReader.CMP_RESOURCE));
    }

    private Optional<SchemaCatalog> loadCatalog() {
        try {
            return Optional.of(CatalogLoader.load(processingEnv.getOptions().get(CatalogLoader.OPTION)));
        } catch (CatalogException e) {
            reporter.error(Message.BAD_CATALOG, Position.none(), e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            reporter.error(
                    Message.BAD_CATALOG,
                    Position.none(),
                    "unexpected failure (" + e + "); please report this to the cmpkit"
                            + " maintainers with the catalog files");
            return Optional.empty();
        }
    }

    /** One template: read, validate, write; any failure stays with this template. */
    private void processTemplate(Element element, TemplateReader reader, SchemaCatalog schema) {
        try {
            beforeEachTemplate.accept(element);
            int errorsBefore = reporter.errorCount();
            Optional<TemplateDeclaration> declaration = reader.read(element);
            Optional<ResourceModel> model = declaration.flatMap(new TemplateValidator(schema, reporter)::validate);
            if (model.isPresent() && reporter.errorCount() == errorsBefore) {
                write(model.get(), element);
            }
        } catch (RuntimeException | IOException | LinkageError e) {
            StackTraceElement[] trace = e.getStackTrace();
            reporter.error(
                    Message.INTERNAL_ERROR,
                    Position.on(element),
                    element.getSimpleName(),
                    trace.length == 0 ? e.toString() : e + " at " + trace[0]);
        }
    }

    /**
     * Writes the JSON Schema of every catalog type, and of a resources handler's list, into the class
     * output. They depend on the catalog only, so the first template is their originating element.
     */
    private void writeSchemas(SchemaCatalog schema, Element template) {
        try {
            List<String> types = schema.typeNames();
            for (String type : types) {
                writeSchema(
                        ResourceSchemas.fileName(type),
                        ResourceSchemas.typeSchema(schema.type(type).orElseThrow()),
                        template);
            }
            writeSchema(ResourceSchemas.fileName(ResourceSchemas.LIST), ResourceSchemas.listSchema(types), template);
        } catch (IOException | RuntimeException e) {
            reporter.error(
                    Message.INTERNAL_ERROR,
                    Position.on(template),
                    template.getSimpleName(),
                    "writing the JSON Schemas: " + e);
        }
    }

    private void writeSchema(String fileName, String text, Element template) throws IOException {
        FileObject file = processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", ResourceSchemas.DIRECTORY + fileName, template);
        try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            out.write(text);
        }
    }

    /**
     * Whether generated code in the template's module can use {@code @Generated}: it exists in the
     * JDK, and a named module must read {@code java.compiler} for it.
     */
    private boolean generatedAnnotationVisible(Element template) {
        if (processingEnv.getElementUtils().getTypeElement(GENERATED) == null) {
            return false;
        }
        ModuleElement module = processingEnv.getElementUtils().getModuleOf(template);
        if (module == null || module.isUnnamed()) {
            return true;
        }
        return ElementFilter.requiresIn(module.getDirectives()).stream()
                .anyMatch(r -> r.getDependency().getQualifiedName().contentEquals("java.compiler"));
    }

    private void write(ResourceModel model, Element template) throws IOException {
        JavaFile file = new ResourceWriter(generatedAnnotationVisible(template)).write(model);
        // The template is the one originating element, as Gradle's isolating mode requires.
        String name = file.packageName().isEmpty() ? model.className() : file.packageName() + "." + model.className();
        JavaFileObject source;
        try {
            source = processingEnv.getFiler().createSourceFile(name, template);
        } catch (FilerException e) {
            // javac's Filer refuses to create a type that already exists, such as a user class of that name.
            reporter.error(Message.NAME_TAKEN, Position.on(template), model.templateName(), name);
            return;
        }
        try (Writer out = source.openWriter()) {
            out.write(ResourceWriter.source(file));
        }
    }
}
