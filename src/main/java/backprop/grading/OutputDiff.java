package backprop.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * How a student's output differs from the answer, line by line, for people: the first few
 * differing lines with a line of context, numbered by the student's own output, with trailing
 * spaces ({@code ␠}), tabs and control characters made visible. However long the output, the diff
 * looks at a bounded number of lines, so it stays fast.
 *
 * @param matches     the output is the answer (a missing final newline aside)
 * @param firstLine   where the first difference is, in a sentence ("from line 3 of your output")
 * @param lines       the diff, every hunk; {@link #render} shows some or all of it
 * @param changed     how many of those lines are '-' or '+' lines
 * @param note        "" or a word on what the diff left out (the end of a very long output)
 */
record OutputDiff(boolean matches, String firstLine, List<String> lines, int changed, String note) {

    /** Lines of the student's output the diff looks at beyond the answer's own length. */
    static final int EXTRA_LINES = 100;
    /** Characters of a line shown; the rest is counted. */
    static final int LINE_COLUMNS = 200;
    /** '-' and '+' lines shown by default. */
    static final int SHOWN_CHANGES = 8;

    OutputDiff {
        lines = List.copyOf(lines);
    }

    static OutputDiff of(String expected, String actual) {
        String want = expected.replace("\r\n", "\n");
        String got = actual.replace("\r\n", "\n");
        if (!got.isEmpty() && !got.endsWith("\n")) {
            got += "\n";
        }
        if (want.equals(got)) {
            return new OutputDiff(true, "", List.of(), 0, "");
        }
        List<String> wantLines = want.lines().toList();
        List<String> gotLines = got.lines().toList();
        String note = "";
        int bound = wantLines.size() + EXTRA_LINES;
        if (gotLines.size() > bound) {
            note = "your output has " + gotLines.size() + " lines; the diff compares its first " + bound;
            gotLines = gotLines.subList(0, bound);
        }
        Patch<String> patch = DiffUtils.diff(wantLines, gotLines);
        if (patch.getDeltas().isEmpty()) {
            // Equal lines, so only line ends differ (a \r alone, say) or the output was cut above.
            return new OutputDiff(false, "in its line ends", List.of(), 0, note);
        }
        List<String> lines = new ArrayList<>();
        int changed = 0;
        int shownUntil = -1; // the last student line shown as context, to join close hunks
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int targetAt = delta.getTarget().getPosition();
            if (targetAt - 1 > shownUntil + 1 && !lines.isEmpty()) {
                lines.add("      ⋮");
            }
            if (targetAt > 0 && targetAt - 1 > shownUntil) {
                lines.add(context(targetAt - 1, gotLines.get(targetAt - 1)));
            }
            // A changed block reads best as pairs: the answer's line, then yours in its place.
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int n = targetAt;
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                if (i < removed.size()) {
                    lines.add(("-      │ " + show(removed.get(i))).stripTrailing());
                    changed++;
                }
                if (i < added.size()) {
                    lines.add((String.format(Locale.ROOT, "+%5d │ ", n + 1) + show(added.get(i))).stripTrailing());
                    n++;
                    changed++;
                }
            }
            if (n < gotLines.size()) {
                lines.add(context(n, gotLines.get(n)));
                shownUntil = n;
            } else {
                shownUntil = n - 1;
            }
        }
        return new OutputDiff(false, where(patch.getDeltas().get(0), gotLines.size()), lines, changed, note);
    }

    /**
     * The diff as the report shows it: the header, then the first {@link #SHOWN_CHANGES} changed
     * lines (all of them when {@code full}), then what was left out.
     */
    String render(boolean full) {
        if (matches) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- the answer\n+++ your output (numbered by your lines)\n");
        if (lines.isEmpty()) {
            out.append("(the lines are equal; only their line ends differ)\n");
        }
        int shownChanges = 0;
        int hidden = 0;
        for (String line : lines) {
            boolean change = line.startsWith("-") || line.startsWith("+");
            if (!full && shownChanges >= SHOWN_CHANGES) {
                hidden += change ? 1 : 0;
                continue;
            }
            shownChanges += change ? 1 : 0;
            out.append(line).append('\n');
        }
        if (hidden > 0) {
            out.append("… ").append(hidden).append(" more differing lines (--full-diff shows them all)\n");
        }
        if (!note.isEmpty()) {
            out.append("(").append(note).append(")\n");
        }
        return out.toString();
    }

    private static String context(int index, String line) {
        return (String.format(Locale.ROOT, " %5d │ ", index + 1) + show(line)).stripTrailing();
    }

    private static String show(String line) {
        return Escape.cut(Escape.visibleLine(line), LINE_COLUMNS);
    }

    private static String where(AbstractDelta<String> first, int gotLines) {
        int at = first.getTarget().getPosition();
        if (first.getTarget().getLines().isEmpty() && at >= gotLines) {
            return gotLines == 0 ? "from its first line: your script printed nothing"
                    : "after line " + gotLines + " of your output, where the answer goes on";
        }
        return "from line " + (at + 1) + " of your output";
    }
}
