package backprop.grading;

/**
 * What a student's text looks like in a report: every character that could move the cursor,
 * colour or clear the screen, or reorder what follows (control characters, ANSI escape sequences,
 * Unicode format characters such as right-to-left overrides) is written as its Java escape, so
 * that a script that prints ESC {@code [2J} (clear the screen) and a fake "1 passed, 0 failed" gets
 * a report that shows exactly that, harmlessly.
 */
final class Escape {
    private Escape() {}

    /** {@code text} with control and format characters as {@code \t}, {@code \r} or a Unicode escape (backslash, u, four hex digits); newlines kept. */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> append(out, c, true));
        return out.toString();
    }

    /** One line: as {@link #text}, with newlines escaped too. */
    static String line(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> append(out, c, false));
        return out.toString();
    }

    /**
     * One line of a diff: as {@link #line}, with the spaces at its end shown as {@code ␠}, so that a
     * line that differs only there shows where.
     */
    static String visibleLine(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line(line.substring(0, end)) + "␠".repeat(line.length() - end);
    }

    /** At most {@code columns} characters, with a note of how many more there were. */
    static String cut(String text, int columns) {
        if (text.length() <= columns) {
            return text;
        }
        return text.substring(0, columns) + "… (" + (text.length() - columns) + " more characters)";
    }

    private static void append(StringBuilder out, int c, boolean keepNewlines) {
        if (c == '\n' && keepNewlines) {
            out.append('\n');
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
        } else {
            out.appendCodePoint(c);
        }
    }
}
