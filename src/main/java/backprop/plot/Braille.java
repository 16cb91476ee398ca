package backprop.plot;

/**
 * A grid of braille cells used as a bitmap: each terminal cell holds 2 × 4 dots, so a plot of
 * 60 × 16 cells has 120 × 64 dots, four times the resolution of one character per point.
 * Braille patterns are plain Unicode (U+2800–U+28FF), one column wide, in every common
 * monospaced font.
 */
final class Braille {
    /** The bit of dot (column, row) within a cell, as Unicode numbers the braille dots. */
    private static final int[][] BIT = {
        {0x01, 0x08},
        {0x02, 0x10},
        {0x04, 0x20},
        {0x40, 0x80}};

    private final int columns;
    private final int rows;
    private final int[][] cells;

    Braille(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.cells = new int[rows][columns];
    }

    int dotsWide() {
        return columns * 2;
    }

    int dotsHigh() {
        return rows * 4;
    }

    /** Sets dot (x, y), y counted from the top; dots outside are ignored. */
    void set(int x, int y) {
        if (x >= 0 && y >= 0 && x < dotsWide() && y < dotsHigh()) {
            cells[y / 4][x / 2] |= BIT[y % 4][x % 2];
        }
    }

    /** A straight line of dots from (x0, y0) to (x1, y1): Bresenham's algorithm. */
    void line(int x0, int y0, int x1, int y1) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        int x = x0;
        int y = y0;
        // Bounded: a line between two far-off points is never longer than this.
        for (int steps = 0; steps <= dx - dy + 1; steps++) {
            set(x, y);
            if (x == x1 && y == y1) {
                return;
            }
            int e2 = 2 * error;
            if (e2 >= dy) {
                error += dy;
                x += sx;
            }
            if (e2 <= dx) {
                error += dx;
                y += sy;
            }
        }
    }

    boolean isEmpty(int column, int row) {
        return cells[row][column] == 0;
    }

    /** The braille character of one cell, or 0 if no dot is set there. */
    char at(int column, int row) {
        int bits = cells[row][column];
        return bits == 0 ? 0 : (char) (0x2800 + bits);
    }
}
