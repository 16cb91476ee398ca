package backprop.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expected outputs, read once from {@code answers/} and then held in the grader's memory: what
 * a script does afterwards cannot change what it is compared with. The answer files are only read,
 * never written.
 */
final class AnswerKey {
    private final Map<String, String> expected;
    private final Map<String, String> sha256;
    private final Map<String, String> problems;

    private AnswerKey(Map<String, String> expected, Map<String, String> sha256, Map<String, String> problems) {
        this.expected = expected;
        this.sha256 = sha256;
        this.problems = problems;
    }

    /** Reads the answers of {@code exercises} under {@code projectDir}. */
    static AnswerKey load(Path projectDir, List<Exercise> exercises) {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            Path file = projectDir.resolve(exercise.answer());
            try {
                byte[] bytes = Files.readAllBytes(file);
                expected.put(exercise.id(), output(new String(bytes, StandardCharsets.UTF_8)));
                hashes.put(exercise.id(), ScriptFile.sha256(bytes));
            } catch (IOException e) {
                problems.put(exercise.id(), "the answer key has no " + exercise.answer() + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        return new AnswerKey(expected, hashes, problems);
    }

    /** What the exercise's script must print; empty when the key lacks it ({@link #problem} says why). */
    Optional<String> expected(Exercise exercise) {
        return Optional.ofNullable(expected.get(exercise.id()));
    }

    /** The answer file's content hash: progress is tied to it, so that a changed answer asks for a new grade. */
    String sha256(Exercise exercise) {
        return sha256.getOrDefault(exercise.id(), "");
    }

    String problem(Exercise exercise) {
        return problems.getOrDefault(exercise.id(), "");
    }

    /**
     * An answer file is the exercise's header line, a blank line, then the script's output; the
     * output alone is compared, so that "line N" counts the student's lines.
     */
    static String output(String answerFile) {
        String text = answerFile.replace("\r\n", "\n");
        if (text.startsWith("# ")) {
            int end = text.indexOf("\n\n");
            return end < 0 ? "" : text.substring(end + 2);
        }
        return text;
    }
}
