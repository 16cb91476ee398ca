package backprop.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import backprop.Answer;

/** The reference solutions in src/test/resources/solutions/, one per exercise. */
final class Solutions {
    private Solutions() {}

    static final Path FOLDER = Path.of("src", "test", "resources", "solutions");

    static Path of(Exercise exercise) {
        return FOLDER.resolve(exercise.name() + ".jsh");
    }

    /** The answer key entry an exercise's reference solution must print. */
    static Answer answer(Exercise exercise, String output) {
        return new Answer(exercise.chapter(), exercise.answerName(), exercise.header().substring(2), () -> output);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
