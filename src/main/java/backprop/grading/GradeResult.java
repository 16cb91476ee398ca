package backprop.grading;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import backprop.sandbox.RunResult;

/**
 * How one exercise went.
 *
 * @param verdict      the grader's word
 * @param message      the reason in a few words, for the summary line; "" when passed
 * @param output       what the script printed (empty when it did not run), as printed
 * @param problems     snippets that were rejected, threw, or were refused
 * @param notes        what the runner did that jshell does too, and how the file was read
 * @param diff         the difference from the answer; null when the script did not run
 * @param scriptSha256 the script file's content hash ("" without one), which progress is tied to
 * @param answerSha256 the answer file's content hash
 * @param received     where the whole output was saved, if anywhere
 * @param seconds      how long grading took (for JUnit XML only: never in a compared output)
 */
public record GradeResult(Exercise exercise, Verdict verdict, String message, String output,
                          List<RunResult.Problem> problems, List<String> notes, OutputDiff diff,
                          String scriptSha256, String answerSha256, Optional<Path> received, double seconds) {

    public GradeResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** A result without a run: no script, an unreadable one, or a grader failure. */
    static GradeResult without(Exercise exercise, Verdict verdict, String message, List<String> notes,
            String scriptSha256, String answerSha256) {
        return new GradeResult(exercise, verdict, message, "", List.of(), notes, null, scriptSha256, answerSha256,
                Optional.empty(), 0);
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
