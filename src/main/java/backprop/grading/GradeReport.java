package backprop.grading;

import java.util.List;

import backprop.sandbox.RunResult;

/**
 * The grader's report text: a summary line per exercise, and for a failure the details a student
 * needs to go on — why, the first differing lines, the hint. Everything the student's script
 * produced is shown escaped ({@link Escape}) and indented or prefixed, so that nothing it prints can
 * pass for the grader's own lines; the "N passed, M failed" line comes last, after every detail.
 */
public final class GradeReport {
    private GradeReport() {}

    /** {@code FAIL   1.2  stopping  (the output differs from the answer from line 3 of your output)}. */
    public static String summaryLine(GradeResult result) {
        return result.verdict().tag() + "  " + result.exercise().id() + "  " + result.exercise().slug()
                + (result.message().isEmpty() ? "" : "  (" + Escape.line(result.message()) + ")");
    }

    /** {@code 11 passed, 2 failed}: the last line of a report. */
    public static String totals(List<GradeResult> results) {
        long passed = results.stream().filter(GradeResult::passed).count();
        return passed + " passed, " + (results.size() - passed) + " failed";
    }

    /** What went wrong and how to go on; empty when passed. {@code full}: the whole diff. */
    public static String details(GradeResult result, boolean full) {
        if (result.passed()) {
            return "";
        }
        Exercise exercise = result.exercise();
        StringBuilder s = new StringBuilder();
        s.append("── ").append(exercise.id()).append(' ').append(exercise.slug()).append(": ").append(exercise.title())
                .append('\n');
        s.append(result.verdict().tag()).append(": ").append(Escape.line(result.message())).append('\n');
        s.append("script: ").append(exercise.script().toString().replace('\\', '/')).append('\n');
        List<RunResult.Problem> refused = result.problems().stream().filter(RunResult.Problem::refused).toList();
        List<RunResult.Problem> others = result.problems().stream().filter(p -> !p.refused()).toList();
        if (!refused.isEmpty()) {
            s.append("not allowed in a graded script:\n");
            refused.forEach(p -> s.append(problem(p)));
        }
        if (!others.isEmpty()) {
            s.append("snippets that did not run:\n");
            others.forEach(p -> s.append(problem(p)));
        }
        if (!result.notes().isEmpty()) {
            s.append("notes:\n");
            result.notes().forEach(n -> s.append("  ").append(Escape.line(n)).append('\n'));
        }
        if (result.diff() != null && !result.diff().matches()) {
            s.append(result.diff().render(full));
        }
        s.append("hint: ").append(exercise.hint()).append('\n');
        result.received().ifPresent(p -> s.append("your whole output: ").append(p.toString().replace('\\', '/')).append('\n'));
        return s.toString();
    }

    private static String problem(RunResult.Problem p) {
        StringBuilder s = new StringBuilder();
        s.append("  line ").append(p.line()).append(": ").append(Escape.line(p.message())).append('\n');
        List<String> lines = p.snippet().strip().lines().toList();
        int shown = Math.min(lines.size(), 3);
        for (int i = 0; i < shown; i++) {
            s.append("      ").append(Escape.cut(Escape.line(lines.get(i)), OutputDiff.LINE_COLUMNS)).append('\n');
        }
        if (lines.size() > shown) {
            s.append("      … (").append(lines.size() - shown).append(" more lines)\n");
        }
        return s.toString();
    }
}
