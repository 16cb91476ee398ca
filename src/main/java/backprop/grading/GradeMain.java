package backprop.grading;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import backprop.sandbox.Limits;

/**
 * The grader's command line, the same through every door: {@code ./companion grade}, the shell's
 * {@code /grade} and Maven's {@code -Pgrade} profile all end here.
 *
 * <pre>
 *   grade [--full-diff] [--time-limit=S] [id …]                       a student's own checkout
 *   grade --submissions=DIR [--results=DIR] [--time-limit=S] [id …]   an instructor's class
 * </pre>
 * Options take their value after {@code =} or as the next argument; an empty value is no value
 * (Maven passes the profile's unset properties as {@code --exercise=}). The time limit per
 * exercise is {@code --time-limit}, else {@code -Dgrade.timeLimit}, else 20 s.
 *
 * <p>Exit status: {@value #ALL_PASSED} every graded exercise passed; {@value #SOME_FAILED} some did
 * not; {@value #BAD_USAGE} bad usage (an unknown id or option); {@value #GRADER_FAILED} the grader
 * itself failed (no answer for an exercise, no VM could start, results not written).
 */
public final class GradeMain {
    private GradeMain() {}

    public static final int ALL_PASSED = 0;
    public static final int SOME_FAILED = 1;
    public static final int BAD_USAGE = 2;
    public static final int GRADER_FAILED = 3;

    static final String USAGE = """
            usage: grade [--full-diff] [--time-limit=S] [id ...]
                   grade --submissions=DIR [--results=DIR] [--time-limit=S] [id ...]
            """;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, Path.of("").toAbsolutePath(), out, result -> { });
        } catch (RuntimeException | Error e) {
            out.println("grade: the grader failed: " + e);
            status = GRADER_FAILED;
        }
        out.flush();
        System.exit(status);
    }

    /** What the command line asks for. */
    record Request(List<Exercise> exercises, boolean fullDiff, Duration timeLimit, Optional<Path> submissions,
                   Optional<Path> results) {}

    /** Grades and prints; returns the exit status. {@code onResult} hears of each result (the progress file). */
    public static int run(String[] args, Path projectDir, PrintStream out, Consumer<GradeResult> onResult) {
        Request request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("grade: " + e.getMessage());
            out.print(USAGE);
            return BAD_USAGE;
        }
        Limits limits = Limits.withTime(request.timeLimit());
        if (request.submissions().isPresent()) {
            Path submissions = projectDir.resolve(request.submissions().get());
            Path results = projectDir.resolve(request.results().orElse(Path.of("target", "class-results")));
            return ClassGrading.run(projectDir, submissions, results, request.exercises(), limits, out);
        }
        out.println("grading " + request.exercises().size() + " exercise(s), at most " + limits.time().toSeconds()
                + " s each");
        List<GradeResult> results;
        try (Grader grader = new Grader(projectDir, AnswerKey.load(projectDir, request.exercises()), Grader.ownCode(),
                limits, projectDir.resolve("target").resolve("grading"))) {
            results = Grading.inOrder(grader, request.exercises(), result -> {
                onResult.accept(result);
                out.println(GradeReport.summaryLine(result));
            });
        }
        for (GradeResult result : results) {
            if (!result.passed()) {
                out.println();
                out.print(GradeReport.details(result, request.fullDiff()));
            }
        }
        out.println();
        out.println(GradeReport.totals(results));
        return status(results);
    }

    /** 0, 1 or 3 for these results. */
    static int status(List<GradeResult> results) {
        if (results.stream().anyMatch(r -> r.verdict() == Verdict.GRADER_FAILED)) {
            return GRADER_FAILED;
        }
        return results.stream().allMatch(GradeResult::passed) ? ALL_PASSED : SOME_FAILED;
    }

    static Request parse(String[] args) {
        List<Exercise> chosen = new ArrayList<>();
        boolean fullDiff = false;
        Duration timeLimit = null;
        Path submissions = null;
        Path results = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                chosen.addAll(exercises(arg));
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            boolean flag = name.equals("--full-diff");
            String value = equals >= 0 ? arg.substring(equals + 1)
                    : flag || i + 1 >= args.length ? "" : args[++i];
            switch (name) {
                case "--full-diff" -> fullDiff = value.isEmpty() || Boolean.parseBoolean(value);
                case "--exercise" -> chosen.addAll(exercises(value));
                case "--time-limit" -> timeLimit = value.isBlank() ? timeLimit : seconds("--time-limit", value);
                case "--submissions" -> submissions = value.isBlank() ? submissions : Path.of(value);
                case "--results" -> results = value.isBlank() ? results : Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (timeLimit == null) {
            String property = System.getProperty("grade.timeLimit", "");
            timeLimit = property.isBlank() ? Grader.DEFAULT_TIME_LIMIT : seconds("-Dgrade.timeLimit", property);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(ExerciseCatalog.all());
        }
        return new Request(List.copyOf(chosen.stream().distinct().toList()), fullDiff, timeLimit,
                Optional.ofNullable(submissions), Optional.ofNullable(results));
    }

    /** The exercises named in one argument: ids separated by spaces or commas ("4.1 4.2", "4.1,4.2"). */
    private static List<Exercise> exercises(String arg) {
        List<Exercise> found = new ArrayList<>();
        for (String id : arg.strip().split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue; // Maven passes an unset -Dexercise as ""
            }
            found.add(ExerciseCatalog.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "no exercise '" + Escape.line(id) + "'; the exercises are: " + ids())));
        }
        return found;
    }

    private static Duration seconds(String name, String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 1 || seconds > 3600) {
                throw new IllegalArgumentException(name + " must be between 1 and 3600 seconds, got " + value);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of seconds, got '" + Escape.line(value) + "'");
        }
    }

    private static String ids() {
        return String.join(" ", ExerciseCatalog.all().stream().map(Exercise::id).toList());
    }
}
