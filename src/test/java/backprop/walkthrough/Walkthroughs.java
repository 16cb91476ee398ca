package backprop.walkthrough;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import backprop.Answer;
import backprop.jshell.ScriptResult;
import backprop.jshell.ScriptRunner;

/** The chapter walkthroughs {@code jshell-scripts/NN-topic.jsh} and their approved transcripts. */
final class Walkthroughs {
    private Walkthroughs() {}

    static final Path SCRIPTS = Path.of("jshell-scripts");
    static final Path CLASSES = Path.of("target", "classes");

    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d\\d-[a-z0-9-]+\\.jsh"))
                    .sorted()
                    .toList();
        }
    }

    /** {@code 05-mlp} for {@code jshell-scripts/05-mlp.jsh}: the chapter's answer folder too. */
    static String chapter(Path script) {
        String name = script.getFileName().toString();
        return name.substring(0, name.length() - ".jsh".length());
    }

    static ScriptResult run(Path script) {
        return new ScriptRunner(List.of(CLASSES), Duration.ofSeconds(60)).run(read(script));
    }

    static Answer transcript(Path script, String output) {
        return new Answer(chapter(script), "walkthrough",
                chapter(script) + ": what jshell-scripts/" + script.getFileName() + " prints", () -> output);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
