package backprop.draw;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The chapter packages and the picture packages (draw, plot, pictures) import only the JDK and the project's own code:
 * {@code jshell --class-path target/classes} must be able to load them with no other jar. Only
 * backprop.figures may use the plotting library.
 */
class PureJdkTest {

    @Test
    void onlyTheFiguresPackageImportsALibrary() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String pkg : List.of("regression", "perceptron", "activation", "graph", "mlp", "draw", "plot", "pictures")) {
            Path dir = Path.of("src/main/java/backprop", pkg);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String l = line.strip();
                        if (l.startsWith("import ") && !l.matches("import (static )?(java|javax|backprop)\\..*")) {
                            offenders.add(file + ": " + l);
                        }
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), "imports outside the JDK: " + offenders);
    }
}
