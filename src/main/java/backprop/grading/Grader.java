package backprop.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import backprop.sandbox.Limits;
import backprop.sandbox.Policy;
import backprop.sandbox.RunResult;
import backprop.sandbox.Scratch;
import backprop.sandbox.ScriptSandbox;

/**
 * Grades exercises: reads a student's script, runs it in the sandbox ({@link ScriptSandbox}) and
 * compares what it printed with the answer, which was read before any script ran and is held here.
 *
 * <p>Nothing here writes to a script or to {@code answers/}. In a student's own checkout the whole
 * output of each script is saved in {@code target/grading/}, a folder this grader makes anew
 * (whatever stood there, a link included, is removed first, and files are created, never opened
 * for writing when they exist). An instructor's class grading saves nothing beside the scripts.
 * One grader owns one scratch folder: close it when done.
 */
public final class Grader implements AutoCloseable {
    public static final Duration DEFAULT_TIME_LIMIT = Limits.DEFAULT_TIME;

    private final Path projectDir;
    private final AnswerKey key;
    private final Scratch scratch;
    private final ScriptSandbox sandbox;
    private final Path receivedDir;

    Grader(Path projectDir, AnswerKey key, List<Path> codeSources, Limits limits, Path receivedDir) {
        this.projectDir = projectDir.toAbsolutePath();
        this.key = key;
        this.scratch = Scratch.create(codeSources);
        this.sandbox = new ScriptSandbox(scratch, limits);
        this.receivedDir = receivedDir == null ? null : freshFolder(receivedDir);
    }

    /**
     * A student's self-check: the scripts and the answers of the checkout at {@code projectDir},
     * the chapter classes of the grader's own class path, the whole outputs in {@code target/grading/}.
     */
    public static Grader forProject(Path projectDir, Duration timeLimit) {
        Path dir = projectDir.toAbsolutePath();
        return new Grader(dir, AnswerKey.load(dir, ExerciseCatalog.all()), ownCode(), Limits.withTime(timeLimit),
                dir.resolve("target").resolve("grading"));
    }

    /** Where the grader's own classes are (a folder or the companion's jar): the chapter classes come from there. */
    static List<Path> ownCode() {
        try {
            return List.of(Path.of(Grader.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the grader's classes", e);
        }
    }

    public Limits limits() {
        return sandbox.limits();
    }

    /** Grades the exercise's script in the project, {@code jshell-scripts/exercises/<id>-<slug>.jsh}. */
    public GradeResult grade(Exercise exercise) {
        return grade(exercise, projectDir.resolve(exercise.script()), projectDir);
    }

    /**
     * Grades {@code script} as the exercise's, if it lies in {@code within} (a student's folder);
     * never throws for anything the script is or does.
     */
    public GradeResult grade(Exercise exercise, Path script, Path within) {
        long start = System.nanoTime();
        Optional<String> expected = key.expected(exercise);
        String answerSha = key.sha256(exercise);
        ScriptFile file = ScriptFile.read(script, within);
        if (file instanceof ScriptFile.Missing) {
            return GradeResult.without(exercise, Verdict.NO_SCRIPT, "no script " + exercise.script().getFileName(),
                    List.of(), "", answerSha);
        }
        if (file instanceof ScriptFile.Unreadable unreadable) {
            return GradeResult.without(exercise, Verdict.UNREADABLE, "the script is not read: " + unreadable.reason(),
                    List.of(), "", answerSha);
        }
        ScriptFile.Text text = (ScriptFile.Text) file;
        if (expected.isEmpty()) {
            return GradeResult.without(exercise, Verdict.GRADER_FAILED, key.problem(exercise), List.of(), text.sha256(),
                    answerSha);
        }
        RunResult run;
        try {
            run = sandbox.run(text.text(), shortcuts(exercise));
        } catch (RuntimeException e) {
            return GradeResult.without(exercise, Verdict.GRADER_FAILED, "the grader failed: " + e.getMessage(),
                    List.of(), text.sha256(), answerSha);
        }
        List<String> notes = new ArrayList<>();
        if (!text.note().isEmpty()) {
            notes.add("the script " + text.note());
        }
        notes.addAll(run.notes());
        OutputDiff diff = OutputDiff.of(expected.get(), run.output());
        Optional<Path> received = saveReceived(exercise, run.output());
        Verdict verdict;
        String message;
        long refused = run.problems().stream().filter(RunResult.Problem::refused).count();
        switch (run.ending()) {
            case TIME_LIMIT -> {
                verdict = Verdict.TIMED_OUT;
                message = "stopped after the time limit of " + sandbox.limits().time().toSeconds()
                        + " s: an endless loop, or one that swallows the stop?";
            }
            case OUTPUT_LIMIT -> {
                verdict = Verdict.TOO_MUCH_OUTPUT;
                message = "printed more than " + sandbox.limits().outputBytes() + " bytes; ended there";
            }
            case EXITED -> {
                verdict = Verdict.EXITED;
                message = "the script ended its VM (exit status " + run.exitStatus()
                        + ": System.exit, or out of memory?) before it finished";
            }
            default -> {
                if (refused > 0) {
                    verdict = Verdict.WRONG_OUTPUT;
                    message = run.problems().stream().filter(RunResult.Problem::refused).findFirst()
                            .map(RunResult.Problem::message).orElse("");
                } else if (!run.problems().isEmpty()) {
                    verdict = Verdict.WRONG_OUTPUT;
                    message = run.problems().size() + " snippet(s) did not run";
                } else if (diff.matches()) {
                    verdict = Verdict.PASSED;
                    message = "";
                } else {
                    verdict = Verdict.WRONG_OUTPUT;
                    message = "the output differs from the answer " + diff.firstLine();
                }
            }
        }
        return new GradeResult(exercise, verdict, message, run.output(), run.problems(), notes, diff, text.sha256(),
                answerSha, received, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The exercise's "do it yourself" members for the policy. {@code backprop.digits.DigitTraining.Result.confusion}
     * is package {@code backprop/digits}, class {@code DigitTraining$Result}, member {@code confusion}:
     * packages are lower case, classes start with a capital.
     */
    static List<Policy.Shortcut> shortcuts(Exercise exercise) {
        List<Policy.Shortcut> shortcuts = new ArrayList<>();
        for (String name : exercise.shortcuts()) {
            String[] parts = name.split("\\.");
            String member = parts[parts.length - 1];
            StringBuilder owner = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                boolean type = Character.isUpperCase(parts[i].charAt(0));
                boolean previousType = i > 0 && Character.isUpperCase(parts[i - 1].charAt(0));
                if (i > 0) {
                    owner.append(type && previousType ? '$' : '/');
                }
                owner.append(parts[i]);
            }
            String simple = parts[parts.length - 2];
            String what = member.equals("*") ? simple : simple + "." + member;
            String reason = "do it yourself (직접 해 보세요): exercise " + exercise.id() + " asks you to compute what "
                    + what + (member.equals("*") ? " does, so a graded script may not use it"
                            : " computes, so a graded script may not call it");
            shortcuts.add(new Policy.Shortcut(owner.toString(), member, reason));
        }
        return shortcuts;
    }

    /** Saves the output as {@code <answer name>.received.txt} in the fresh folder; creates, never overwrites. */
    private Optional<Path> saveReceived(Exercise exercise, String output) {
        if (receivedDir == null) {
            return Optional.empty();
        }
        Path file = receivedDir.resolve(exercise.answerName() + ".received.txt");
        try {
            Files.deleteIfExists(file); // a link is deleted, not followed
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                out.write(output.getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(projectDir.relativize(file));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // the output is in the report anyway
        }
    }

    /**
     * {@code folder} made anew: whatever stood there (a link, a file, a folder) is removed without
     * following links, then an empty folder is made. Null when that cannot be done safely: the
     * parent is not a plain folder of the project, say because {@code target} is a link.
     */
    static Path freshFolder(Path folder) {
        try {
            Path parent = folder.getParent();
            if (Files.isSymbolicLink(parent)) {
                return null;
            }
            Files.createDirectories(parent);
            if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            deleteTree(folder);
            return Files.createDirectory(folder);
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes a file, a link or a folder with everything in it; links are deleted, not followed. */
    static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (var entries = Files.list(path)) {
                for (Path entry : entries.toList()) {
                    deleteTree(entry);
                }
            }
        }
        Files.deleteIfExists(path);
    }

    /** Deletes the scratch folder. */
    @Override
    public void close() {
        scratch.close();
    }
}
