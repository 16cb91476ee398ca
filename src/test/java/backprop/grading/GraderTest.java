package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answers;

/**
 * The grader's own tests: reference solutions pass, untouched skeletons fail with a readable
 * diff, a runaway or exiting script is reported as such, and nothing in the tree is written.
 */
// Each case grades in a state and a VM of its own: they run side by side.
@Execution(ExecutionMode.CONCURRENT)
class GraderTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    static List<Exercise> exercises() {
        return ExerciseCatalog.all();
    }

    /** A copy of the project's layout with {@code script} standing in for the exercise's skeleton. */
    static Grader graderFor(Path temp, Exercise exercise, Path script, Duration timeLimit) throws IOException {
        Path scripts = Files.createDirectories(temp.resolve(exercise.script()).getParent());
        Files.copy(script, scripts.resolve(exercise.script().getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Path answers = Files.createDirectories(temp.resolve(exercise.answer()).getParent());
        if (Files.exists(PROJECT.resolve(exercise.answer()))) {
            Files.copy(PROJECT.resolve(exercise.answer()), answers.resolve(exercise.answer().getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return new Grader(temp, List.of(PROJECT.resolve("target/classes")), timeLimit, temp.resolve("scratch"));
    }

    /**
     * The reference solution passes the grader, and what it prints is the approved answer: when an
     * answer is new or changed, this leaves the received file in answers/ to be read and approved.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void referenceSolutionPasses(Exercise exercise, @TempDir Path temp) throws IOException {
        GradeResult result = graderFor(temp, exercise, Solutions.of(exercise), Grader.DEFAULT_TIME_LIMIT).grade(exercise);
        assertTrue(result.problems().isEmpty(), result::details);
        Answers.verify(Solutions.answer(exercise, result.output()));
        assertEquals(GradeResult.Verdict.PASSED, result.verdict(), result::details);
        assertEquals("", result.details());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void untouchedSkeletonFailsWithADiffAndTheHint(Exercise exercise) {
        GradeResult result = Grader.forProject(PROJECT, Grader.DEFAULT_TIME_LIMIT).grade(exercise);
        assertEquals(GradeResult.Verdict.WRONG_OUTPUT, result.verdict(), result::details);
        String details = result.details();
        assertTrue(details.contains("--- answer") && details.contains("+++ your output"), details);
        assertTrue(details.lines().anyMatch(l -> l.startsWith("-") && !l.startsWith("---")), details);
        assertTrue(details.lines().anyMatch(l -> l.startsWith("+") && !l.startsWith("+++")), details);
        assertTrue(details.contains("hint: " + exercise.hint()), details);
    }

    @Test
    void anEndlessLoopIsStoppedAndReported(@TempDir Path temp) throws IOException {
        Exercise exercise = ExerciseCatalog.all().get(0);
        Duration limit = Duration.ofSeconds(3);
        long start = System.nanoTime();
        GradeResult result = graderFor(temp, exercise, Path.of("src/test/resources/bad-solutions/endless-loop.jsh"), limit)
                .grade(exercise);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(GradeResult.Verdict.TIMED_OUT, result.verdict(), result::details);
        assertTrue(result.summaryLine().startsWith("TIME"), result.summaryLine());
        assertTrue(took.compareTo(limit.plusSeconds(10)) < 0, "took " + took);
    }

    @Test
    void systemExitIsReportedAsNotProducingTheAnswer(@TempDir Path temp) throws IOException {
        Exercise exercise = ExerciseCatalog.all().get(0);
        GradeResult result = graderFor(temp, exercise, Path.of("src/test/resources/bad-solutions/system-exit.jsh"),
                Grader.DEFAULT_TIME_LIMIT).grade(exercise);
        assertEquals(GradeResult.Verdict.EXITED, result.verdict(), result::details);
        assertTrue(result.details().contains("System.exit"), result.details());
        assertTrue(result.output().contains("bye"), result.output());
    }

    @Test
    void aMissingScriptIsReported(@TempDir Path temp) {
        Exercise exercise = ExerciseCatalog.all().get(0);
        GradeResult result = new Grader(temp, List.of(PROJECT.resolve("target/classes")), Grader.DEFAULT_TIME_LIMIT,
                temp.resolve("scratch")).grade(exercise);
        assertEquals(GradeResult.Verdict.NO_SCRIPT, result.verdict());
    }

    @Test
    void gradingWritesNeitherTheScriptsNorTheAnswerKey() throws IOException {
        Map<Path, String> before = snapshot();
        Grader grader = Grader.forProject(PROJECT, Grader.DEFAULT_TIME_LIMIT);
        grader.grade(ExerciseCatalog.all().get(0));
        assertEquals(before, snapshot());
    }

    @Test
    void theCommandLinePrintsOneLinePerExerciseAndFails() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = GradeMain.run(new String[] {"5.1"}, PROJECT, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("FAIL  5.1  full-step")), out);
        assertTrue(out.contains("0 passed, 1 failed"), out);

        bytes.reset();
        assertEquals(2, GradeMain.run(new String[] {"9.9"}, PROJECT, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("no exercise '9.9'"));
    }

    /** Every file under answers/ and jshell-scripts/, with its content and modification time. */
    private static Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        for (String root : new String[] {"answers", "jshell-scripts"}) {
            try (Stream<Path> walk = Files.walk(PROJECT.resolve(root))) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files.put(f, Files.getLastModifiedTime(f) + " " + Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
