package dev.cmpkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages of cmpkit's main sources form no cycle: if package a imports from package b,
 * nothing in b leads back to a. Dependencies are read from the {@code import} lines of every
 * module's {@code src/main/java}.
 */
class PackageCycleTest {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^import\\s+(?:static\\s+)?(dev\\.cmpkit(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void mainSourcesHaveNoPackageCycle() {
        Map<String, Set<String>> graph = importGraph();
        assertTrue(graph.size() > 10, () -> "expected cmpkit's packages, found " + graph.keySet());
        List<List<String>> cycles = new ArrayList<>();
        for (List<String> component : new StronglyConnected(graph).components()) {
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
        assertEquals(List.of(), cycles, "packages that depend on each other");
    }

    private static Map<String, Set<String>> importGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        MainSources.read().values().forEach(source -> addImports(graph, source));
        return graph;
    }

    private static void addImports(Map<String, Set<String>> graph, String source) {
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find()) {
            return;
        }
        String from = declared.group(1);
        Set<String> targets = graph.computeIfAbsent(from, p -> new TreeSet<>());
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            if (!imports.group(1).equals(from)) {
                targets.add(imports.group(1));
            }
        }
    }

    /** Tarjan's algorithm: the strongly connected components of a small directed graph. */
    private static final class StronglyConnected {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<List<String>> components = new ArrayList<>();

        StronglyConnected(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> components() {
            for (String node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component.stream().sorted().toList());
            }
        }
    }
}
