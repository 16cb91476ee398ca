package backprop.draw;

import backprop.Columns;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of terminal cells to draw boxes, lines and text on.
 *
 * <p>Lines are not stored as characters but as the directions they leave a cell in (up, down,
 * left, right). Only when the picture is printed does each cell become the box-drawing
 * character for its directions: a line that meets another one turns into ├, ┬ or ┼ by itself,
 * however the two were drawn, and no drawing order can leave a stray ─ on top of a │.
 */
final class Canvas {
    static final int UP = 1;
    static final int DOWN = 2;
    static final int LEFT = 4;
    static final int RIGHT = 8;

    /** The box-drawing character for each combination of directions, indexed by the bits above. */
    private static final char[] LIGHT = {
        ' ', '╵', '╷', '│', '╴', '┘', '┐', '┤', '╶', '└', '┌', '├', '─', '┴', '┬', '┼'};

    /** Marks the right half of a wide (two-column) character. */
    private static final String CONTINUATION = "";

    private final int width;
    private final int height;
    private final String[][] text;
    private final int[][] lines;
    private final boolean[][] rounded;

    Canvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.text = new String[height][width];
        this.lines = new int[height][width];
        this.rounded = new boolean[height][width];
    }

    private boolean inside(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    /** Writes text from column x on; a wide character takes two cells. Text wins over lines. */
    void text(int x, int y, String s) {
        int column = x;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int w = Columns.of(c);
            if (w > 0 && inside(column, y)) {
                text[y][column] = new String(Character.toChars(c));
                if (w == 2 && inside(column + 1, y)) {
                    text[y][column + 1] = CONTINUATION;
                }
            }
            column += w;
            i += Character.charCount(c);
        }
    }

    /** Adds line directions to one cell. */
    private void mark(int x, int y, int directions) {
        if (inside(x, y)) {
            lines[y][x] |= directions;
        }
    }

    /** A horizontal line from column x0 to x1 (inclusive) on row y. */
    void horizontal(int x0, int x1, int y) {
        int from = Math.min(x0, x1);
        int to = Math.max(x0, x1);
        for (int x = from; x <= to; x++) {
            mark(x, y, (x > from ? LEFT : 0) | (x < to ? RIGHT : 0));
        }
    }

    /** A vertical line from row y0 to y1 (inclusive) in column x. */
    void vertical(int x, int y0, int y1) {
        int from = Math.min(y0, y1);
        int to = Math.max(y0, y1);
        for (int y = from; y <= to; y++) {
            mark(x, y, (y > from ? UP : 0) | (y < to ? DOWN : 0));
        }
    }

    /** A box with its top-left corner at (x, y); rounded corners for inputs. */
    void box(int x, int y, int w, int h, boolean round) {
        horizontal(x, x + w - 1, y);
        horizontal(x, x + w - 1, y + h - 1);
        vertical(x, y, y + h - 1);
        vertical(x + w - 1, y, y + h - 1);
        if (round) {
            rounded[y][x] = true;
            rounded[y][x + w - 1] = true;
            rounded[y + h - 1][x] = true;
            rounded[y + h - 1][x + w - 1] = true;
        }
    }

    /** The character of a cell; lines leaving the slice [fromX, toX) are cut at its edges. */
    private String cell(int x, int y, int fromX, int toX) {
        if (text[y][x] != null) {
            return text[y][x];
        }
        int bits = lines[y][x];
        if (x == fromX && bits != (LEFT | RIGHT)) {
            bits &= ~LEFT;
        }
        if (rounded[y][x]) {
            switch (bits) {
                case DOWN | RIGHT: return "╭";
                case DOWN | LEFT: return "╮";
                case UP | RIGHT: return "╰";
                case UP | LEFT: return "╯";
                default: break;
            }
        }
        return String.valueOf(LIGHT[bits]);
    }

    /** Columns [fromX, toX) as lines, trailing spaces removed, blank rows at top and bottom dropped. */
    List<String> rows(int fromX, int toX) {
        List<String> out = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = Math.max(0, fromX); x < Math.min(width, toX); x++) {
                row.append(cell(x, y, fromX, toX));
            }
            out.add(row.toString().stripTrailing());
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
