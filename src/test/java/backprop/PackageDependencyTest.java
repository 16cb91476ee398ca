package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package dependencies run one way only: no package of {@code src/main/java} reaches itself again
 * through the packages it uses. A dependency is an {@code import} of another project package or a
 * fully qualified reference to one in the code ({@code backprop.graph.Value.of(…)}); comments and
 * string literals do not count.
 */
class PackageDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** backprop.graph.Value, backprop.Format, backprop.draw.* : the package is the lower-case part. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\bbackprop((?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");

    /** Each package of the project and the other project packages it depends on. */
    static Map<String, Set<String>> dependencies(Path sources) {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = withoutCommentsAndLiterals(Files.readString(file, StandardCharsets.UTF_8));
                Matcher declared = PACKAGE.matcher(code);
                if (!declared.find()) {
                    continue;
                }
                String own = declared.group(1);
                Set<String> used = uses.computeIfAbsent(own, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(code.substring(declared.end()));
                while (reference.find()) {
                    String pkg = "backprop" + reference.group(1);
                    if (!pkg.equals(own)) {
                        used.add(pkg);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    /** The source with comments, string, text-block and character literals blanked out. */
    static String withoutCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int skipTo;
            if (source.startsWith("//", i)) {
                skipTo = end(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                skipTo = end(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                skipTo = endOfLiteral(source, "\"\"\"", i + 3);
            } else if (c == '"' || c == '\'') {
                skipTo = endOfLiteral(source, String.valueOf(c), i + 1);
            } else {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
            i = skipTo;
        }
        return out.toString();
    }

    private static int end(String source, String closing, int from) {
        int at = source.indexOf(closing, from);
        return at < 0 ? source.length() : at + closing.length();
    }

    /** After the closing quote of a literal that starts before {@code from}; a backslash escapes. */
    private static int endOfLiteral(String source, String closing, int from) {
        int i = from;
        while (i < source.length() && !source.startsWith(closing, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + closing.length());
    }

    /** One cycle, as the packages along it with the first repeated at the end; empty if none. */
    static List<String> cycle(Map<String, Set<String>> uses) {
        Set<String> done = new TreeSet<>();
        for (String start : uses.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> found = search(start, uses, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Depth first: {@code path} is the way here; a package on it seen again closes a cycle. */
    private static List<String> search(String pkg, Map<String, Set<String>> uses, List<String> path, Set<String> done) {
        int onPath = path.indexOf(pkg);
        if (onPath >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
            cycle.add(pkg);
            return cycle;
        }
        if (done.contains(pkg)) {
            return List.of();
        }
        path.add(pkg);
        for (String next : uses.getOrDefault(pkg, Set.of())) {
            List<String> found = search(next, uses, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(pkg);
        return List.of();
    }

    static String describe(Map<String, Set<String>> uses) {
        StringBuilder out = new StringBuilder();
        uses.forEach((pkg, used) -> out.append(pkg).append(" -> ")
                .append(used.isEmpty() ? "(JDK only)" : String.join(", ", used)).append('\n'));
        return out.toString();
    }

    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        Map<String, Set<String>> uses = dependencies(SOURCES);
        System.out.print("package dependencies of src/main/java:\n" + describe(uses));
        assertTrue(uses.size() > 10, "the scan should find every package: " + uses.keySet());
        List<String> cycle = cycle(uses);
        assertTrue(cycle.isEmpty(), () -> "import cycle: " + String.join(" -> ", cycle) + "\n" + describe(uses));
    }

    // ----- the test's own parts, on small hand-made inputs ------------------------------------

    @Test
    void aCycleIsFoundAndPrintedAlongItsPackages() {
        Map<String, Set<String>> uses = new TreeMap<>(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("b", "d"), "d", Set.of()));
        assertEquals(List.of("b", "c", "b"), cycle(uses));
        assertEquals(List.of(), cycle(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of()))));
        assertEquals(List.of("a", "a"), cycle(new TreeMap<>(Map.of("a", Set.of("a")))));
    }

    @Test
    void importsAndQualifiedNamesCountButCommentsAndStringsDoNot(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("backprop/x/A.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package backprop.x;

                import backprop.Format;
                import static backprop.y.Y.f;
                import backprop.z.*;

                /** Draw it with {@code backprop.comment.Diagrams.of(v)}. */
                class A {
                    // backprop.line.Comment
                    String s = "backprop.string.Literal";
                    Object v = backprop.qualified.Value.of(1);
                    char q = '"';
                    Object w = backprop.afterchar.W.of();
                }
                """, StandardCharsets.UTF_8);
        assertEquals(Map.of("backprop.x", Set.of("backprop", "backprop.y", "backprop.z", "backprop.qualified",
                "backprop.afterchar")), dependencies(dir));
    }
}
