package backprop.jshell;

import java.util.List;

/**
 * What running a JShell script produced.
 *
 * @param output   everything the snippets printed, in order (not jshell's own feedback)
 * @param problems snippets that were rejected, threw, or referred to something undefined
 * @param timedOut the time limit ran out and the running snippet was stopped
 * @param exited   a snippet ended the JShell VM (System.exit, or a crash)
 */
public record ScriptResult(String output, List<Problem> problems, boolean timedOut, boolean exited) {

    public ScriptResult {
        problems = List.copyOf(problems);
    }

    /** One snippet that did not run cleanly: where it starts in the script, and why. */
    public record Problem(int line, String snippet, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message + "\n    " + snippet.strip().replace("\n", "\n    ");
        }
    }

    public boolean clean() {
        return problems.isEmpty() && !timedOut && !exited;
    }
}
