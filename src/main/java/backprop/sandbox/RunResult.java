package backprop.sandbox;

import java.util.List;

/**
 * What running an untrusted script produced.
 *
 * @param output   what its snippets printed (standard output and error, in order), at most the
 *                 output limit, exactly as printed: escaping is the reports' business
 * @param problems snippets that were rejected, threw, were refused by the policy, or could not be read
 * @param notes    what the runner did that jshell does too but a student may not expect (a command
 *                 ignored, the rest of a line dropped after a failed snippet); they do not fail a grade
 * @param ending   how the run ended
 * @param exitStatus the VM's exit status when {@code ending} is {@link Ending#EXITED}, else 0
 * @param vmErrors what the VM itself (not the script) wrote to its standard error, cut short
 */
public record RunResult(String output, List<Problem> problems, List<String> notes, Ending ending, int exitStatus,
                        String vmErrors) {

    public RunResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** How a run ended. */
    public enum Ending {
        /** Every snippet ran (or was rejected): the output is complete. */
        COMPLETED,
        /** The time limit ran out; the VM was stopped, and ended forcibly if the stop did not take. */
        TIME_LIMIT,
        /** The script printed more than the output limit; the VM was ended at once. */
        OUTPUT_LIMIT,
        /** The VM ended before the script did: {@code System.exit}, a crash, memory. */
        EXITED
    }

    /**
     * One snippet that did not run cleanly.
     *
     * @param line    where it starts in the script (from 1)
     * @param snippet its source
     * @param message why, in a sentence
     * @param refused the grading policy refused it (a forbidden API or shortcut), rather than Java or JShell
     */
    public record Problem(int line, String snippet, String message, boolean refused) {}
}
