package backprop.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Which exercises a student has passed, kept in the checkout ({@code .companion/progress.properties},
 * which git ignores) and tied to the content of the script and of the answer: a mark counts only
 * while the script is byte for byte the one that was graded, so a reset skeleton, an edit after the
 * pass or a changed answer key is "not graded" again, and two clones on one machine keep marks of
 * their own.
 */
public final class Progress {
    /** Where a checkout keeps its marks, relative to the checkout. */
    public static final Path FILE = Path.of(".companion", "progress.properties");

    public enum Status { NOT_GRADED, FAILING, PASSED }

    private final Path projectDir;
    private final Path file;
    private final Properties marks = new Properties();

    private Progress(Path projectDir, Path file) {
        this.projectDir = projectDir.toAbsolutePath();
        this.file = file.toAbsolutePath();
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                marks.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                marks.clear(); // a damaged file only costs the student their marks
            }
        }
    }

    /** The marks of the checkout at {@code projectDir}. */
    public static Progress of(Path projectDir) {
        return new Progress(projectDir, projectDir.resolve(FILE));
    }

    /** The marks of the checkout at {@code projectDir}, kept in {@code file} instead (for tests). */
    public static Progress at(Path file, Path projectDir) {
        return new Progress(projectDir, file);
    }

    /** The exercise's status for its script as it is now in the checkout. */
    public synchronized Status status(Exercise exercise) {
        String mark = marks.getProperty(exercise.id());
        if (mark == null) {
            return Status.NOT_GRADED;
        }
        String[] parts = mark.split(" ");
        if (parts.length != 3 || !parts[1].equals(currentScript(exercise)) || !parts[2].equals(currentAnswer(exercise))) {
            return Status.NOT_GRADED;
        }
        return parts[0].equals("passed") ? Status.PASSED : Status.FAILING;
    }

    /** Records a result for the script content it graded; a failure to save only costs the mark. */
    public synchronized void record(GradeResult result) {
        if (result.scriptSha256().isEmpty() || result.verdict() == Verdict.GRADER_FAILED) {
            return; // nothing graded: no mark
        }
        marks.setProperty(result.exercise().id(),
                (result.passed() ? "passed" : "failing") + " " + result.scriptSha256() + " " + result.answerSha256());
        try {
            Path folder = file.getParent();
            if (Files.isSymbolicLink(folder)) {
                return;
            }
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "progress-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                marks.store(out, "exercises graded in this checkout: status, SHA-256 of the script, SHA-256 of the answer");
            }
            // A rename replaces whatever stands at the name, a link included, without following it.
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // progress is a convenience; the grade itself has been reported
        }
    }

    /** How many of {@code exercises} are passed now. */
    public int passed(List<Exercise> exercises) {
        return (int) exercises.stream().filter(e -> status(e) == Status.PASSED).count();
    }

    /** The first exercise not passed now, in the catalog's order after {@code after} (or from the start). */
    public Optional<Exercise> next(List<Exercise> exercises, Exercise after) {
        int from = after == null ? 0 : exercises.indexOf(after) + 1;
        for (int i = 0; i < exercises.size(); i++) {
            Exercise e = exercises.get((from + i) % exercises.size());
            if (status(e) != Status.PASSED) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private String currentScript(Exercise exercise) {
        ScriptFile read = ScriptFile.read(projectDir.resolve(exercise.script()));
        return read instanceof ScriptFile.Text text ? text.sha256() : "-";
    }

    private String currentAnswer(Exercise exercise) {
        try {
            return ScriptFile.sha256(Files.readAllBytes(projectDir.resolve(exercise.answer())));
        } catch (IOException e) {
            return "-";
        }
    }
}
