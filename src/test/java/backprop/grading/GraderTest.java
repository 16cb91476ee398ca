package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answers;
import backprop.sandbox.Limits;

/**
 * The grader on honest scripts: reference solutions pass, untouched skeletons fail with a short
 * diff and the hint, the exit codes, and nothing in the tree is written. The hostile scripts are
 * {@link HostileScriptsTest}'s.
 */
// Each case grades in a VM of its own: they run side by side, on one grader (one scratch folder).
@Execution(ExecutionMode.CONCURRENT)
class GraderTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    /** Saves nothing anywhere: the received files are the approval test's business here. */
    static final Grader GRADER = new Grader(PROJECT, AnswerKey.load(PROJECT, ExerciseCatalog.all()), Grader.ownCode(),
            Limits.withTime(Grader.DEFAULT_TIME_LIMIT), null);

    @AfterAll
    static void close() {
        GRADER.close();
    }

    static List<Exercise> exercises() {
        return ExerciseCatalog.all();
    }

    /**
     * The reference solution passes the grader, and what it prints is the approved answer: when an
     * answer is new or changed, this leaves the received file in answers/ to be read and approved.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void referenceSolutionPasses(Exercise exercise) {
        GradeResult result = GRADER.grade(exercise, Solutions.of(exercise).toAbsolutePath(), Solutions.FOLDER.toAbsolutePath());
        assertTrue(result.problems().isEmpty(), () -> GradeReport.details(result, true));
        Answers.verify(Solutions.answer(exercise, result.output()));
        assertEquals(Verdict.PASSED, result.verdict(), () -> GradeReport.details(result, true));
        assertEquals("", GradeReport.details(result, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void untouchedSkeletonFailsWithAShortDiffAndTheHint(Exercise exercise) {
        GradeResult result = GRADER.grade(exercise);
        String details = GradeReport.details(result, false);
        assertEquals(Verdict.WRONG_OUTPUT, result.verdict(), details);
        assertTrue(details.contains("--- the answer\n+++ your output"), details);
        assertTrue(details.contains("hint: " + exercise.hint()), details);
        long changes = details.lines().filter(l -> l.startsWith("-      │") || l.matches("\\+ *\\d+ │.*")).count();
        assertTrue(changes >= 1 && changes <= OutputDiff.SHOWN_CHANGES, details);
        String full = GradeReport.details(result, true);
        long allChanges = full.lines().filter(l -> l.startsWith("-      │") || l.matches("\\+ *\\d+ │.*")).count();
        assertEquals(result.diff().changed(), allChanges, full);
        if (allChanges > OutputDiff.SHOWN_CHANGES) {
            assertTrue(details.contains((allChanges - OutputDiff.SHOWN_CHANGES) + " more differing lines (--full-diff"),
                    details);
        }
    }

    /** The diff counts the student's lines, shows trailing blanks and control characters, and stays short. */
    @Test
    void theDiffNumbersTheStudentsLinesAndShowsWhatIsInvisible() {
        OutputDiff diff = OutputDiff.of("a\nb\nc\n", "a\nb \nc\t\n\u001b[2J\n");
        String shown = diff.render(false);
        assertFalse(diff.matches());
        assertEquals("from line 2 of your output", diff.firstLine());
        assertTrue(shown.contains("+    2 │ b␠"), shown);
        assertTrue(shown.contains("+    3 │ c\\t"), shown);
        assertFalse(shown.contains("\u001b"), shown);
    }

    @Test
    void aLongOutputIsComparedOnABoundedNumberOfLines() {
        String huge = "x\n".repeat(200_000);
        long start = System.nanoTime();
        OutputDiff diff = OutputDiff.of("a\nb\n", huge);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "the diff took too long");
        assertTrue(diff.note().contains("the diff compares its first " + (2 + OutputDiff.EXTRA_LINES)), diff.note());
    }

    @Test
    void aMissingScriptIsReported() {
        GradeResult result = GRADER.grade(ExerciseCatalog.all().get(0), PROJECT.resolve("target/no-such-script.jsh"),
                PROJECT);
        assertEquals(Verdict.NO_SCRIPT, result.verdict());
        assertEquals("MISS", result.verdict().tag());
    }

    @Test
    void gradingWritesNeitherTheScriptsNorTheAnswerKey() throws IOException {
        Map<Path, String> before = snapshot(PROJECT);
        GRADER.grade(ExerciseCatalog.all().get(0));
        assertEquals(before, snapshot(PROJECT));
    }

    @Test
    void exitCodesAreZeroOneTwoAndThree(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Exercise first = ExerciseCatalog.all().get(0);
        // 1: a skeleton fails; the summary comes last, after the details.
        Output out = grade(PROJECT, first.id());
        assertEquals(GradeMain.SOME_FAILED, out.status, out.text);
        assertTrue(out.text.lines().anyMatch(l -> l.startsWith("FAIL  " + first.id() + "  " + first.slug())), out.text);
        List<String> lines = out.text.lines().toList();
        assertEquals("0 passed, 1 failed", lines.get(lines.size() - 1), out.text);
        // 2: bad usage
        out = grade(PROJECT, "9.9");
        assertEquals(GradeMain.BAD_USAGE, out.status, out.text);
        assertTrue(out.text.contains("no exercise '9.9'"), out.text);
        assertEquals(GradeMain.BAD_USAGE, grade(PROJECT, "--no-such-option").status);
        assertEquals(GradeMain.BAD_USAGE, grade(PROJECT, "--time-limit=0", first.id()).status);
        // 0: the reference solution in a project of its own
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.createDirectories(project.resolve(first.script()).getParent());
        Files.copy(Solutions.of(first), project.resolve(first.script()));
        Files.createDirectories(project.resolve(first.answer()).getParent());
        Files.copy(PROJECT.resolve(first.answer()), project.resolve(first.answer()));
        out = grade(project, first.id());
        assertEquals(GradeMain.ALL_PASSED, out.status, out.text);
        // 3: the grader cannot do its job (no answer key): not the student's failure
        Files.delete(project.resolve(first.answer()));
        out = grade(project, first.id());
        assertEquals(GradeMain.GRADER_FAILED, out.status, out.text);
        assertTrue(out.text.contains("ERROR  " + first.id()), out.text);
    }

    record Output(int status, String text) {}

    static Output grade(Path project, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = GradeMain.run(args, project, new PrintStream(bytes, true, StandardCharsets.UTF_8), r -> { });
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }

    /** Every file under answers/ and jshell-scripts/, with its content and modification time. */
    static Map<Path, String> snapshot(Path project) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        for (String root : new String[] {"answers", "jshell-scripts"}) {
            if (!Files.isDirectory(project.resolve(root))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(project.resolve(root))) {
                for (Path f : walk.filter(p -> !Files.isDirectory(p)).toList()) {
                    files.put(f, Files.getLastModifiedTime(f) + " " + (Files.isSymbolicLink(f) ? "link"
                            : Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }
}
