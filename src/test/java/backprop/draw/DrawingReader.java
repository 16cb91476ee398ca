package backprop.draw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a terminal drawing the way a person does: finds a number on an edge, follows the line
 * to the left until it ends at a box, and reads that box's name. A test built on it checks that
 * a number is not only printed but printed in the right place.
 */
final class DrawingReader {
    private static final int UP = 0;
    private static final int DOWN = 1;
    private static final int LEFT = 2;
    private static final int RIGHT = 3;

    private final List<int[]> rows = new ArrayList<>();

    DrawingReader(String drawing) {
        for (String line : drawing.split("\n", -1)) {
            rows.add(line.codePoints().toArray());
        }
    }

    private int at(int r, int c) {
        if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).length) {
            return ' ';
        }
        return rows.get(r)[c];
    }

    /** The directions a box-drawing character connects to. */
    private static boolean[] ends(int ch) {
        String up = "│┼├┤┴└┘╵";
        String down = "│┼├┤┬┌┐╷";
        String left = "─┼┤┬┴┐┘╴";
        String right = "─┼├┬┴┌└╶";
        return new boolean[] {up.indexOf(ch) >= 0, down.indexOf(ch) >= 0, left.indexOf(ch) >= 0, right.indexOf(ch) >= 0};
    }

    /** Every place the text occurs, as {row, column}. */
    List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        int[] needle = text.codePoints().toArray();
        for (int r = 0; r < rows.size(); r++) {
            int[] row = rows.get(r);
            for (int c = 0; c + needle.length <= row.length; c++) {
                boolean match = true;
                for (int k = 0; k < needle.length && match; k++) {
                    match = row[c + k] == needle[k];
                }
                // Whole numbers only: 1.1 must not be found inside 11.1.
                boolean alone = !Character.isLetterOrDigit(at(r, c - 1)) && at(r, c - 1) != '.'
                        && !Character.isLetterOrDigit(at(r, c + needle.length)) && at(r, c + needle.length) != '.';
                if (match && alone) {
                    found.add(new int[] {r, c});
                }
            }
        }
        return found;
    }

    /**
     * The names of the boxes an edge label's line leads back to on its left (through the track
     * it turns on), following ─ │ and the corners, straight through crossings ┼.
     */
    Set<String> sourcesOf(int row, int column) {
        Set<String> names = new HashSet<>();
        walk(row, column - 1, LEFT, names, new HashSet<>());
        return names;
    }

    private void walk(int r, int c, int heading, Set<String> names, Set<String> visited) {
        if (!visited.add(r + "," + c + "," + heading)) {
            return;
        }
        int ch = at(r, c);
        if (ch == '◄') {
            names.add(nameOfBoxWithRightBorderAt(r, c - 1));
            return;
        }
        if (heading == LEFT && (ch == '├')) {
            // A forward drawing: the line leaves a box's right border here.
            names.add(nameOfBoxWithRightBorderAt(r, c));
            return;
        }
        boolean[] e = ends(ch);
        int from = heading == LEFT ? RIGHT : heading == RIGHT ? LEFT : heading == UP ? DOWN : UP;
        if (!e[from]) {
            return;
        }
        if (ch == '┼') {
            step(r, c, heading, names, visited);
            return;
        }
        for (int d = 0; d < 4; d++) {
            // Never back toward the label side: an edge's source is to its left.
            if (e[d] && d != from && d != RIGHT) {
                step(r, c, d, names, visited);
            }
        }
    }

    private void step(int r, int c, int d, Set<String> names, Set<String> visited) {
        int nr = r + (d == UP ? -1 : d == DOWN ? 1 : 0);
        int nc = c + (d == LEFT ? -1 : d == RIGHT ? 1 : 0);
        walk(nr, nc, d, names, visited);
    }

    /** The box whose right border is at (r, c): its text, lines joined by spaces. */
    private String nameOfBoxWithRightBorderAt(int r, int c) {
        int top = r;
        while (top > 0 && "╮┐".indexOf(at(top, c)) < 0) {
            top--;
        }
        int left = c - 1;
        while (left > 0 && "╭┌".indexOf(at(top, left)) < 0) {
            left--;
        }
        return boxText(top, left, c);
    }

    /** The lines inside the box with corners at columns left and right of row top, joined by spaces. */
    private String boxText(int top, int left, int right) {
        List<String> lines = new ArrayList<>();
        for (int r = top + 1; "╰└".indexOf(at(r, left)) < 0 && r < rows.size(); r++) {
            String line = text(r, left + 1, right).trim();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return String.join(" ", lines);
    }

    /** The box an edge entering at (row, column) leads into: its text, lines joined by spaces. */
    String targetOf(int row, int column) {
        int c = column;
        while (c < rows.get(row).length && "┤│".indexOf(at(row, c)) < 0) {
            c++;
        }
        int top = row;
        while (top > 0 && "╭┌".indexOf(at(top, c)) < 0) {
            top--;
        }
        int right = c + 1;
        while (right < rows.get(top).length && "╮┐".indexOf(at(top, right)) < 0) {
            right++;
        }
        return boxText(top, c, right);
    }

    /** The text of row r from column `from` to before `to`. */
    String text(int r, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int c = from; c < to; c++) {
            out.appendCodePoint(at(r, c));
        }
        return out.toString();
    }
}
