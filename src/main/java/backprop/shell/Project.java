package backprop.shell;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the companion's files are: the chapters, the walkthroughs, the exercises and the
 * compiled classes. A chapter is found by its number alone: {@code chapters/05-*.md},
 * {@code jshell-scripts/05-*.jsh}.
 */
public record Project(Path root) {

    /**
     * The launcher passes {@code -Dcompanion.home}; otherwise the folder above {@code target/},
     * where these classes were loaded from; otherwise the working directory.
     */
    public static Project locate() {
        String home = System.getProperty("companion.home");
        if (home != null && !home.isBlank()) {
            return new Project(Path.of(home).toAbsolutePath().normalize());
        }
        try {
            Path code = Path.of(Project.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
                    return new Project(p.getParent());
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return new Project(Path.of("").toAbsolutePath());
    }

    /** The jar with the project's classes alone, which the build puts beside the companion's jar. */
    static final String CLASSES_JAR = "backprop-companion.jar";

    /**
     * The class path for snippets: the companion's own classes and nothing of the libraries the
     * shell runs on, so that completion offers the lecture's packages and the JDK. Run from
     * {@code target/classes}, that is the folder itself; run from the companion's jar
     * ({@code target/backprop-companion-all.jar}, libraries inside), the plain jar built beside it,
     * or the companion's jar itself when the plain one is missing.
     */
    public List<Path> classPath() {
        try {
            return snippetClassPath(Path.of(Project.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            return List.of(root.resolve("target").resolve("classes"));
        }
    }

    /** The snippets' class path when the companion's code was loaded from {@code code}. */
    static List<Path> snippetClassPath(Path code) {
        Path plain = code.resolveSibling(CLASSES_JAR);
        if (Files.isRegularFile(code) && !code.equals(plain) && Files.isRegularFile(plain)) {
            return List.of(plain);
        }
        return List.of(code);
    }

    public Optional<Path> chapterText(int number) {
        return numbered(root.resolve("chapters"), number, ".md");
    }

    public Optional<Path> walkthrough(int number) {
        return numbered(root.resolve("jshell-scripts"), number, ".jsh");
    }

    /** Chapter numbers that have a walkthrough or a text, in order. */
    public List<Integer> chapterNumbers() {
        return Stream.of(root.resolve("chapters"), root.resolve("jshell-scripts"))
                .flatMap(Project::list)
                .map(p -> p.getFileName().toString())
                .filter(n -> n.matches("\\d\\d-.*\\.(md|jsh)"))
                .map(n -> Integer.parseInt(n.substring(0, 2)))
                .distinct().sorted().toList();
    }

    private static Optional<Path> numbered(Path folder, int number, String extension) {
        String prefix = String.format(java.util.Locale.ROOT, "%02d-", number);
        return list(folder)
                .filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(extension))
                .sorted().findFirst();
    }

    private static Stream<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
