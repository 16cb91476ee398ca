package backprop.grading;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import backprop.Table;

/**
 * The student's exercise commands, for the shell ({@code /exercises}, {@code /grade},
 * {@code /hint}, {@code /watch}, {@code /reset-exercise}) and the command line
 * ({@code ./companion watch}, {@code ./companion reset}) alike; each prints to {@code out}, its own
 * messages after {@code prefix} (the shell's {@code "|  "}).
 */
public final class ExerciseCommands {
    private final Path projectDir;
    private final PrintStream out;
    private final String prefix;
    private final Progress progress;

    public ExerciseCommands(Path projectDir, PrintStream out, String prefix, Progress progress) {
        this.projectDir = projectDir.toAbsolutePath();
        this.out = out;
        this.prefix = prefix;
        this.progress = progress;
    }

    public Progress progress() {
        return progress;
    }

    String prefix() {
        return prefix;
    }

    /** {@code /exercises}: every exercise with its status, then how many passed and what comes next. */
    public void exercises() {
        List<Exercise> all = ExerciseCatalog.all();
        Table table = Table.of("", "status", "exercise").left(0, 1, 2).indent(prefix);
        for (Exercise e : all) {
            String status = switch (progress.status(e)) {
                case PASSED -> "passed";
                case FAILING -> "failing";
                case NOT_GRADED -> "not graded";
            };
            table.row(e.id(), status, e.title());
        }
        out.print(table);
        out.println(prefix + summary(null));
        out.println(prefix + "edit jshell-scripts/exercises/<id>-….jsh, then /grade <id>, or /watch; /hint <id> helps");
    }

    /** "4 of 13 passed — next: 2.2 xor-from-gates". */
    String summary(Exercise after) {
        List<Exercise> all = ExerciseCatalog.all();
        Optional<Exercise> next = progress.next(all, after);
        return progress.passed(all) + " of " + all.size() + " passed"
                + next.map(e -> " — next: " + e.id() + " " + e.slug()).orElse(" — all done");
    }

    /**
     * {@code /grade [id …] [--full-diff]}: one summary line per exercise, then the details of each
     * failure, then the totals; marks the progress. Returns the exit status {@link GradeMain} would.
     */
    public int grade(String args) {
        List<String> words = new ArrayList<>(List.of(args.strip().isEmpty() ? new String[0] : args.strip().split("\\s+")));
        for (String word : words) {
            for (String id : word.split(",")) {
                if (!id.isEmpty() && !id.startsWith("--") && ExerciseCatalog.find(id).isEmpty()) {
                    out.println(prefix + "no exercise '" + Escape.line(id) + "'; /exercises lists them");
                    return GradeMain.BAD_USAGE;
                }
            }
        }
        GradeMain.Request request;
        try {
            request = GradeMain.parse(words.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            out.println(prefix + e.getMessage() + "; /exercises lists them");
            return GradeMain.BAD_USAGE;
        }
        if (request.submissions().isPresent()) {
            out.println(prefix + "--submissions grades a class: use ./companion grade --submissions DIR");
            return GradeMain.BAD_USAGE;
        }
        List<GradeResult> results;
        try (Grader grader = grader(request)) {
            results = Grading.inOrder(grader, request.exercises(), result -> {
                progress.record(result);
                out.println(prefix + GradeReport.summaryLine(result));
            });
        }
        for (GradeResult result : results) {
            if (!result.passed()) {
                out.println();
                out.print(GradeReport.details(result, request.fullDiff()));
            }
        }
        out.println(prefix + GradeReport.totals(results) + " — " + summary(null));
        return GradeMain.status(results);
    }

    /** Grades one exercise as {@code /grade id} does, printing its line and details; marks the progress. */
    GradeResult gradeOne(Exercise exercise) {
        try (Grader grader = Grader.forProject(projectDir, Grader.DEFAULT_TIME_LIMIT)) {
            GradeResult result = grader.grade(exercise);
            progress.record(result);
            out.println(prefix + GradeReport.summaryLine(result));
            if (!result.passed()) {
                out.print(GradeReport.details(result, false));
            }
            return result;
        }
    }

    private Grader grader(GradeMain.Request request) {
        return Grader.forProject(projectDir, request.timeLimit());
    }

    /** {@code /hint id}. */
    public void hint(String args) {
        Optional<Exercise> e = exercise("/hint", args);
        if (e.isPresent()) {
            out.println(prefix + e.get().id() + " " + e.get().title());
            out.println(prefix + "hint: " + e.get().hint());
        }
    }

    /**
     * {@code /watch [id]}: the rustlings loop ({@link WatchLoop}) on {@code keys}, until the student
     * leaves or {@code stopped} says so (the shell's Ctrl-C).
     */
    public int watch(String args, Keys keys, BooleanSupplier stopped) throws IOException {
        Optional<Exercise> start = Optional.empty();
        if (!args.isBlank()) {
            start = exercise("/watch", args);
            if (start.isEmpty()) {
                return GradeMain.BAD_USAGE;
            }
        }
        new WatchLoop(this, keys, out, stopped).run(start);
        return 0;
    }

    /**
     * {@code /reset-exercise id}: restores the original skeleton, from git (the upstream branch's
     * version, else the last commit's), after asking; only the answer {@code yes} (or {@code y})
     * overwrites the file. {@code ask} shows a question and returns the answer (null at the end of
     * input). Returns 0 when the file is the skeleton afterwards, 1 when it was left as it was, 2 for
     * an unknown id.
     */
    public int reset(String args, Function<String, String> ask) {
        Optional<Exercise> e = exercise("/reset-exercise", args);
        if (e.isEmpty()) {
            return GradeMain.BAD_USAGE;
        }
        Path script = projectDir.resolve(e.get().script());
        String name = e.get().script().toString().replace('\\', '/');
        byte[] original;
        try {
            original = originalSkeleton(name);
        } catch (IOException failed) {
            out.println(prefix + "cannot find the original of " + name + ": " + failed.getMessage());
            return 1;
        }
        try {
            if (Files.isRegularFile(script) && java.util.Arrays.equals(Files.readAllBytes(script), original)) {
                out.println(prefix + name + " is the original skeleton already");
                return 0;
            }
        } catch (IOException unreadable) {
            // then it differs: ask
        }
        String answer = ask.apply(prefix + "reset " + name + " to the original skeleton? Your changes to it are lost. "
                + "Type yes to reset: ");
        if (answer == null || !(answer.strip().equalsIgnoreCase("yes") || answer.strip().equalsIgnoreCase("y"))) {
            out.println(prefix + "not reset; " + name + " is as it was");
            return 1;
        }
        try {
            Path temporary = Files.createTempFile(script.getParent(), ".reset-", ".jsh");
            Files.write(temporary, original);
            // A rename replaces the file (or a link standing there) without following it.
            Files.move(temporary, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            out.println(prefix + "cannot write " + name + ": " + failed.getMessage());
            return 1;
        }
        out.println(prefix + "reset " + name + "; /grade " + e.get().id() + " grades it");
        return 0;
    }

    /** The skeleton as the course published it: the upstream branch's version, else the last commit's. */
    private byte[] originalSkeleton(String name) throws IOException {
        IOException last = null;
        for (String revision : List.of("@{upstream}", "HEAD")) {
            try {
                return git("show", revision + ":" + name);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    private byte[] git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", projectDir.toString()));
        command.addAll(List.of(args));
        Process git;
        try {
            git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("git is not installed (or not on the PATH)", e);
        }
        try {
            byte[] bytes = git.getInputStream().readAllBytes();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed (is this a git clone?)");
            }
            return bytes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            git.destroyForcibly();
        }
    }

    /** The content hash of the exercise's script now, or "-" when there is none to read. */
    String scriptHash(Exercise exercise) {
        ScriptFile read = ScriptFile.read(projectDir.resolve(exercise.script()));
        if (read instanceof ScriptFile.Text text) {
            return text.sha256();
        }
        return read instanceof ScriptFile.Missing ? "missing" : "unreadable";
    }

    private Optional<Exercise> exercise(String command, String args) {
        if (args.isBlank()) {
            out.println(prefix + command + " needs an exercise id; /exercises lists them");
            return Optional.empty();
        }
        Optional<Exercise> e = ExerciseCatalog.find(args.strip());
        if (e.isEmpty()) {
            out.println(prefix + "no exercise '" + Escape.line(args.strip()) + "'; /exercises lists them");
        }
        return e;
    }
}
