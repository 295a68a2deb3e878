package dev.cmpkit.processor.tests;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.cmpkit.processor.CmpProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles test sources with the processor and runs what was compiled. */
final class Compile {

    private Compile() {}

    /** A source file {@code test.<name>} from its text (a text block, as it would stand in a file). */
    static JavaFileObject source(String name, String text) {
        return JavaFileObjects.forSourceString("test." + name, text);
    }

    /** Compiles with the processor and {@code -Xlint:all}, so that any warning shows. */
    static Compilation compile(List<String> options, JavaFileObject... sources) {
        List<String> all = new ArrayList<>(options);
        all.add("-Xlint:all");
        return Compiler.javac()
                .withProcessors(new CmpProcessor())
                .withOptions(all)
                .compile(sources);
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /**
     * Compiles with the processor through javac's own file manager into {@code dir} (compile-testing
     * hides generated files once a compilation failed) and lists the generated sources.
     */
    static List<String> generatedSources(Path dir, JavaFileObject... sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path generated = Files.createDirectories(dir.resolve("generated"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(
                    null,
                    files,
                    diagnostic -> {},
                    List.of(
                            "-s",
                            generated.toString(),
                            "-d",
                            classes.toString(),
                            "-classpath",
                            System.getProperty("java.class.path")),
                    null,
                    List.of(sources));
            task.setProcessors(List.of(new CmpProcessor()));
            task.call();
        }
        try (Stream<Path> walk = Files.walk(generated)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> generated.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Loads the compiled classes and calls {@code static String run()} of {@code className}: test
     * sources hold a typed probe that builds a resource and returns its JSON, so that tests call
     * generated code without reflection over its members.
     */
    static String run(Compilation compilation, String className) {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String binary = path.substring(
                                path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                                path.length() - ".class".length())
                        .replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(binary, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        ClassLoader loader = new ClassLoader(Compile.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        try {
            Class<?> probe = loader.loadClass("test." + className);
            var method = probe.getDeclaredMethod("run");
            method.setAccessible(true);
            return (String) method.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
