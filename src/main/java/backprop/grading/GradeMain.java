package backprop.grading;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Grades exercises from the command line, for instructors and classroom autograders:
 * one line per exercise, then what went wrong in each failing one; the exit code is 0 only
 * when every graded exercise passed.
 *
 * <pre>
 *   java -cp … backprop.grading.GradeMain            every exercise
 *   java -cp … backprop.grading.GradeMain 5.1 5.2    some of them
 * </pre>
 * The time limit per exercise is {@code -Dgrade.timeLimit=20} (seconds).
 */
public final class GradeMain {
    private GradeMain() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = run(args, Path.of("").toAbsolutePath(), out);
        System.exit(status);
    }

    /** Grades and prints; returns the exit status: 0 all passed, 1 some failed, 2 bad arguments. */
    public static int run(String[] args, Path projectDir, PrintStream out) {
        return run(args, projectDir, out, result -> { });
    }

    /** As {@link #run(String[], Path, PrintStream)}, telling {@code onResult} about each result. */
    public static int run(String[] args, Path projectDir, PrintStream out, Consumer<GradeResult> onResult) {
        List<Exercise> chosen = new ArrayList<>();
        for (String arg : args) {
            if (arg.isBlank()) {
                continue; // Maven passes an empty -Dexercise as ""
            }
            for (String id : arg.split("[,\\s]+")) {
                Optional<Exercise> exercise = ExerciseCatalog.find(id);
                if (exercise.isEmpty()) {
                    out.println("no exercise '" + id + "'; the exercises are: " + ids());
                    return 2;
                }
                chosen.add(exercise.get());
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(ExerciseCatalog.all());
        }
        Duration timeLimit = Duration.ofSeconds(Long.getLong("grade.timeLimit", Grader.DEFAULT_TIME_LIMIT.toSeconds()));
        Grader grader = Grader.forProject(projectDir, timeLimit);
        out.println("grading " + chosen.size() + " exercise(s), at most " + timeLimit.toSeconds() + " s each");
        List<GradeResult> results = new ArrayList<>();
        for (Exercise exercise : chosen) {
            GradeResult result = grader.grade(exercise);
            results.add(result);
            onResult.accept(result);
            out.println(result.summaryLine());
        }
        long passed = results.stream().filter(GradeResult::passed).count();
        out.println(passed + " passed, " + (results.size() - passed) + " failed");
        for (GradeResult result : results) {
            if (!result.passed()) {
                out.println();
                out.print(result.details());
            }
        }
        return passed == results.size() ? 0 : 1;
    }

    private static String ids() {
        return String.join(" ", ExerciseCatalog.all().stream().map(Exercise::id).toList());
    }
}
