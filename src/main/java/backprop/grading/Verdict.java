package backprop.grading;

/**
 * The grader's word on one exercise. The README lists them; the tag is what the report prints, the
 * status what {@code results.json} says (Exercism's "pass", "fail", "error").
 */
public enum Verdict {
    /** The output is the answer, and every snippet ran. */
    PASSED("PASS", "pass"),
    /** The output differs, a snippet did not run, or the script used what it may not. */
    WRONG_OUTPUT("FAIL", "fail"),
    /** Still running at the time limit; stopped, and ended with its VM after the grace. */
    TIMED_OUT("TIME", "error"),
    /** The script ended its VM (System.exit, a crash) before it finished. */
    EXITED("EXIT", "error"),
    /** It printed more than the output limit; ended there. */
    TOO_MUCH_OUTPUT("OVER", "error"),
    /** There is no script for this exercise. */
    NO_SCRIPT("MISS", "fail"),
    /** There is a file, but not one the grader reads: a link, too large, not text. */
    UNREADABLE("FILE", "error"),
    /** The grader itself failed (no answer for the exercise, no VM could start): not the student's doing. */
    GRADER_FAILED("ERROR", "error");

    private final String tag;
    private final String status;

    Verdict(String tag, String status) {
        this.tag = tag;
        this.status = status;
    }

    /** Four or five capitals, as the report prints them. */
    public String tag() {
        return tag;
    }

    /** "pass", "fail" or "error", as Exercism's results.json and JUnit XML count them. */
    public String status() {
        return status;
    }
}
