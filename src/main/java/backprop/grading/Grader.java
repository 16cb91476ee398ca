package backprop.grading;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.approvaltests.Approvals;
import org.approvaltests.approvers.FileApprover;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;

import backprop.jshell.ScriptResult;
import backprop.jshell.ScriptRunner;

/**
 * Grades a student's exercise: runs the script in a separate JShell VM with a time limit and
 * verifies its output against the approved answer with ApprovalTests.
 *
 * <p>It never writes to the student's script or to {@code answers/}: the received output goes to
 * a scratch folder ({@code target/grading/} by default), where the student can read it whole.
 */
public final class Grader {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    static {
        // A shell grades the same exercise again after every fix; ApprovalTests would otherwise
        // refuse to verify one approved file twice in a VM.
        FileApprover.tracker.addAllowedDuplicates(path -> new File(path).getName().startsWith("exercise-"));
    }

    private final Path projectDir;
    private final ScriptRunner runner;
    private final Path scratchDir;

    public Grader(Path projectDir, List<Path> classPath, Duration timeLimit, Path scratchDir) {
        this.projectDir = projectDir.toAbsolutePath();
        this.runner = new ScriptRunner(classPath, timeLimit);
        this.scratchDir = scratchDir.toAbsolutePath();
    }

    /** The usual setup: the project's compiled classes, the default time limit, target/grading/. */
    public static Grader forProject(Path projectDir, Duration timeLimit) {
        Path dir = projectDir.toAbsolutePath();
        return new Grader(dir, List.of(dir.resolve("target").resolve("classes")), timeLimit,
                dir.resolve("target").resolve("grading"));
    }

    public GradeResult grade(Exercise exercise) {
        Path script = projectDir.resolve(exercise.script());
        if (!Files.isRegularFile(script)) {
            return new GradeResult(exercise, GradeResult.Verdict.NO_SCRIPT, "", List.of(), "",
                    "no script at " + exercise.script());
        }
        String source;
        try {
            source = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new GradeResult(exercise, GradeResult.Verdict.NO_SCRIPT, "", List.of(), "",
                    "cannot read " + exercise.script() + ": " + e.getMessage());
        }
        ScriptResult run = runner.run(source);
        String received = exercise.header() + "\n\n" + withFinalNewline(run.output());
        String approved = readApproved(exercise);
        String diff = TextDiff.unified(approved, received, "answer", "your output");

        if (run.timedOut()) {
            return new GradeResult(exercise, GradeResult.Verdict.TIMED_OUT, run.output(), run.problems(), diff,
                    "stopped after the time limit: an endless loop?");
        }
        if (run.exited()) {
            return new GradeResult(exercise, GradeResult.Verdict.EXITED, run.output(), run.problems(), diff,
                    "the script ended its JShell VM (System.exit?) before it printed the whole answer");
        }
        boolean matches = verify(exercise, received);
        if (matches && run.problems().isEmpty()) {
            return new GradeResult(exercise, GradeResult.Verdict.PASSED, run.output(), List.of(), "", "");
        }
        String message = run.problems().isEmpty()
                ? "the output differs from the answer" + firstDifference(approved, received)
                : run.problems().size() + " snippet(s) did not run";
        return new GradeResult(exercise, GradeResult.Verdict.WRONG_OUTPUT, run.output(), run.problems(), diff, message);
    }

    /** ApprovalTests' verdict: approved file in answers/, received file in the scratch folder. */
    private boolean verify(Exercise exercise, String received) {
        Path approvedFile = projectDir.resolve(exercise.answer());
        Path receivedFile = scratchDir.resolve(exercise.answerName() + ".received.txt");
        try {
            Files.createDirectories(scratchDir);
            // ApprovalTests keeps static bookkeeping: one verification at a time in this VM.
            synchronized (FileApprover.class) {
                Approvals.verify(received, new Options()
                        .withReporter((receivedPath, approvedPath) -> true)
                        .forFile().withNamer(new AnswerNamer(exercise.answerName(), approvedFile, receivedFile)));
            }
            return true;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + scratchDir, e);
        } catch (Error failedApproval) {
            return false;
        }
    }

    /** The approved answer, or "" when the answer key lacks it (the grade then fails). */
    private String readApproved(Exercise exercise) {
        Path file = projectDir.resolve(exercise.answer());
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstDifference(String approved, String received) {
        List<String> want = approved.lines().toList();
        List<String> got = received.lines().toList();
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        return " from line " + (line + 1);
    }

    private static String withFinalNewline(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /** Puts the approved file where the answer key keeps it and the received file elsewhere. */
    private record AnswerNamer(String name, Path approved, Path received) implements ApprovalNamer {
        @Override
        public String getApprovalName() {
            return name;
        }

        @Override
        public String getSourceFilePath() {
            return approved.getParent().toString();
        }

        @Override
        public File getApprovedFile(String extensionWithDot) {
            return approved.toFile();
        }

        @Override
        public File getReceivedFile(String extensionWithDot) {
            return received.toFile();
        }

        @Override
        public ApprovalNamer addAdditionalInformation(String info) {
            return this;
        }

        @Override
        public String getAdditionalInformation() {
            return "";
        }
    }
}
