package dev.cmpkit.examples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cmpkit.runner.CmpRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Keeps the README honest: its Java snippets are copied from this package's tested sources, its
 * JSON is what the snippets print, its Maven coordinates exist, and its connector runs.
 */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "test", "java", "dev", "cmpkit", "examples", "hello");
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(Files.readString(README));
        while (matcher.find()) {
            if (matcher.group(1).equals(language)) {
                blocks.add(matcher.group(2));
            }
        }
        return blocks;
    }

    /** Lines without indentation and blank lines, so that a snippet may be re-indented. */
    private static List<String> significantLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Test
    void everyJavaSnippetIsCopiedFromTheTestedSources() throws IOException {
        List<List<String>> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(significantLines(Files.readString(file)));
            }
        }
        List<String> snippets = blocks("java");
        assertEquals(5, snippets.size(), "java snippets in the README");
        for (String snippet : snippets) {
            List<String> lines = significantLines(snippet);
            if (sources.stream().noneMatch(source -> java.util.Collections.indexOfSubList(source, lines) >= 0)) {
                fail("README snippet not found verbatim in " + SOURCES + ":\n" + snippet);
            }
        }
    }

    @Test
    void theReadmeJsonIsWhatTheSnippetsPrint() throws IOException {
        Vm vm = HelloConnector.webServer();
        // The README's serialization snippet, as it appears there:
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();  // finds cmpkit's CmpModule
        String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(vm);

        List<String> shown = blocks("json");
        assertEquals(1, shown.size(), "json blocks in the README");
        JsonNode actual = JSON.readTree(json);
        String lastSeen = actual.get("base").get("last_seen_at").asText();
        assertTrue(lastSeen.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z"), lastSeen);
        // Only last_seen_at (the time of serialization) may differ from the README.
        String readmeLastSeen = JSON.readTree(shown.get(0)).get("base").get("last_seen_at").asText();
        ((ObjectNode) actual.get("base")).put("last_seen_at", readmeLastSeen);
        String expected = shown.get(0).strip();
        assertEquals(expected, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual)
                .replace(System.lineSeparator(), "\n"));
    }

    @Test
    void theServiceFileInTheReadmeIsTheOneTheTestsUse() throws IOException {
        List<String> text = blocks("text");
        assertEquals(1, text.size());
        String registered = Files.readString(Path.of("src", "test", "resources", "META-INF", "services",
                "dev.cmpkit.runner.Connector"));
        assertEquals(registered.strip(), text.get(0).strip());
    }

    @Test
    void theMavenSnippetUsesThisBuildsCoordinates() throws Exception {
        List<String> xml = blocks("xml");
        assertEquals(1, xml.size());
        Document snippet = parse("<root>" + xml.get(0) + "</root>");
        Document rootPom = parse(Files.readString(Path.of("..", "pom.xml")));
        String version = text(rootPom.getDocumentElement(), "version");
        String modules = Files.readString(Path.of("..", "pom.xml"));
        NodeList coordinates = snippet.getElementsByTagName("groupId");
        int cmpkit = 0;
        for (int i = 0; i < coordinates.getLength(); i++) {
            Element parent = (Element) coordinates.item(i).getParentNode();
            if (coordinates.item(i).getTextContent().equals("dev.cmpkit")) {
                cmpkit++;
                String artifact = text(parent, "artifactId");
                assertTrue(modules.contains("<artifactId>" + artifact + "</artifactId>"), artifact);
                assertEquals(version, text(parent, "version"), artifact);
            }
        }
        assertEquals(3, cmpkit, "runtime, runner and processor");
        assertTrue(modules.contains("<artifactId>maven-compiler-plugin</artifactId>\n          <version>"
                + text((Element) snippet.getElementsByTagName("plugin").item(0), "version") + "</version>"),
                "the compiler plugin version in the README is the one this build pins");
    }

    @Test
    void theReadmeConnectorRunsThroughTheRunner() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CmpRunner.run(new String[] {"resources", "--connector", "hello", "--pretty"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode envelope = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("vm-1", envelope.get("value").get(0).get("id").asText());
        assertEquals("info\tTarget(customer: None,account: None, resource: None): listing 1 server\n",
                envelope.get("logs").asText());
        assertFalse(envelope.get("logs").asText().isEmpty());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The text of {@code parent}'s direct child {@code name}. */
    private static String text(Element parent, String name) {
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
