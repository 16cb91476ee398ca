package backprop.reader;

import java.util.ArrayList;
import java.util.List;

import backprop.Columns;

/**
 * A rectangle of text for a formula set apart: rows of equal display width, and the row the
 * formula's main line runs through (its baseline), which boxes set side by side share. A
 * stacked fraction's baseline is its bar; a one-row box's is its only row.
 */
record Box(List<String> rows, int baseline) {

    Box {
        rows = List.copyOf(rows);
        if (rows.isEmpty() || baseline < 0 || baseline >= rows.size()) {
            throw new IllegalArgumentException("baseline must be a row of the box, got " + baseline + " of " + rows.size());
        }
        int width = 0;
        for (String row : rows) {
            width = Math.max(width, Columns.of(row));
        }
        List<String> padded = new ArrayList<>();
        for (String row : rows) {
            padded.add(Columns.padRight(row, width));
        }
        rows = List.copyOf(padded);
    }

    static Box of(String text) {
        return new Box(List.of(text), 0);
    }

    int width() {
        return Columns.of(rows.get(0));
    }

    int height() {
        return rows.size();
    }

    int above() {
        return baseline;
    }

    int below() {
        return rows.size() - 1 - baseline;
    }

    /** Boxes side by side, their baselines on one row. */
    static Box beside(List<Box> boxes) {
        int above = 0;
        int below = 0;
        for (Box b : boxes) {
            above = Math.max(above, b.above());
            below = Math.max(below, b.below());
        }
        List<StringBuilder> rows = new ArrayList<>();
        for (int r = 0; r < above + 1 + below; r++) {
            rows.add(new StringBuilder());
        }
        for (Box b : boxes) {
            int top = above - b.above();
            for (int r = 0; r < rows.size(); r++) {
                int own = r - top;
                rows.get(r).append(own >= 0 && own < b.height() ? b.rows.get(own) : " ".repeat(b.width()));
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder row : rows) {
            out.add(row.toString());
        }
        return new Box(out, above);
    }

    /** A stacked fraction: the numerator and denominator centred over and under a bar. */
    static Box fraction(Box numerator, Box denominator) {
        int width = Math.max(numerator.width(), denominator.width());
        List<String> rows = new ArrayList<>();
        for (String row : numerator.rows) {
            rows.add(centred(row, width));
        }
        rows.add("─".repeat(width));
        for (String row : denominator.rows) {
            rows.add(centred(row, width));
        }
        return new Box(rows, numerator.height());
    }

    /** The box with its superscript's row above its top row, and its subscript's below. */
    static Box scripted(Box base, String sub, String sup) {
        List<String> rows = new ArrayList<>(base.rows);
        rows.set(0, rows.get(0) + sup);
        int last = rows.size() - 1;
        rows.set(last, rows.get(last) + sub);
        return new Box(rows, base.baseline);
    }

    /** Tall delimiters around the box, built from the pieces Unicode has for them. */
    static Box fenced(String open, Box body, String close) {
        if (body.height() == 1) {
            return Box.of(open + body.rows.get(0) + close);
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < body.height(); r++) {
            rows.add(piece(open, r, body.height()) + body.rows.get(r) + piece(close, r, body.height()));
        }
        return new Box(rows, body.baseline);
    }

    private static String piece(String delimiter, int row, int height) {
        boolean top = row == 0;
        boolean bottom = row == height - 1;
        return switch (delimiter) {
            case "" -> "";
            case "(" -> top ? "⎛" : bottom ? "⎝" : "⎜";
            case ")" -> top ? "⎞" : bottom ? "⎠" : "⎟";
            case "[" -> top ? "⎡" : bottom ? "⎣" : "⎢";
            case "]" -> top ? "⎤" : bottom ? "⎦" : "⎥";
            case "{" -> top ? "⎧" : bottom ? "⎩" : row == height / 2 ? "⎨" : "⎪";
            case "}" -> top ? "⎫" : bottom ? "⎭" : row == height / 2 ? "⎬" : "⎪";
            case "|" -> "│";
            case "‖" -> "║";
            default -> delimiter;
        };
    }

    private static String centred(String text, int width) {
        int free = width - Columns.of(text);
        return " ".repeat(free / 2) + text + " ".repeat(free - free / 2);
    }
}
