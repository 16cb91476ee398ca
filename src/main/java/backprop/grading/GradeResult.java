package backprop.grading;

import java.util.List;
import java.util.stream.Collectors;

import backprop.jshell.ScriptResult;

/**
 * How one exercise went.
 *
 * @param output   what the student's script printed (empty when it could not run)
 * @param problems snippets of the script that were rejected or threw
 * @param diff     a unified diff from the answer to the student's output; empty when they match
 */
public record GradeResult(Exercise exercise, Verdict verdict, String output,
                          List<ScriptResult.Problem> problems, String diff, String message) {

    public GradeResult {
        problems = List.copyOf(problems);
    }

    public enum Verdict {
        PASSED("PASS"),
        WRONG_OUTPUT("FAIL"),
        TIMED_OUT("TIME"),
        EXITED("EXIT"),
        NO_SCRIPT("MISS");

        private final String tag;

        Verdict(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    /** One line: verdict, id, title and, for a failure, the reason in a few words. */
    public String summaryLine() {
        return verdict.tag() + "  " + exercise.id() + "  " + exercise.slug()
                + (message.isEmpty() ? "" : "  (" + message + ")");
    }

    /** What went wrong and how to go on: problems, the diff and the hint. Empty when passed. */
    public String details() {
        if (passed()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        s.append("exercise ").append(exercise.id()).append(" — ").append(exercise.title()).append('\n');
        s.append("script: ").append(exercise.script()).append('\n');
        s.append(message).append('\n');
        if (!problems.isEmpty()) {
            s.append("snippets that did not run:\n")
             .append(problems.stream().map(p -> "  " + p.toString().replace("\n", "\n  "))
                     .collect(Collectors.joining("\n")))
             .append('\n');
        }
        if (!diff.isEmpty()) {
            s.append("difference from the answer (- answer, + your output):\n").append(diff);
            if (!diff.endsWith("\n")) {
                s.append('\n');
            }
        }
        s.append("hint: ").append(exercise.hint()).append('\n');
        return s.toString();
    }
}
