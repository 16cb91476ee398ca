package backprop.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import backprop.Require;
import backprop.Columns;

/**
 * A line or scatter plot for the terminal, in Unicode, at most 80 columns wide.
 *
 * <p>The first curve is drawn in braille dots (2 × 4 dots per character, smooth enough to see
 * a sigmoid bend); every further curve in its own character (· • ∘ + ×), one per column, so
 * that curves stay apart without colours; points are ● (then ○, ◆). A legend below says which
 * is which.
 *
 * <pre>
 *   Plot.titled("sigmoid").x(-6, 6).function("σ(x)", x -&gt; 1 / (1 + Math.exp(-x))).render()
 * </pre>
 */
public final class Plot {
    /** Characters for the second, third, … curve. */
    private static final String[] CURVE_GLYPHS = {"·", "•", "∘", "+", "×", "*", "#"};
    private static final String[] POINT_GLYPHS = {"●", "○", "◆", "◇"};

    private enum Kind { CURVE, POINTS }

    private record Series(String name, Kind kind, double[] xs, double[] ys, DoubleUnaryOperator f) {}

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int width = 72;
    private int height = 16;
    private double x0 = Double.NaN;
    private double x1 = Double.NaN;
    private double y0 = Double.NaN;
    private double y1 = Double.NaN;
    private boolean logY;
    private String xLabel = "";
    private String yLabel = "";

    private Plot(String title) {
        this.title = Require.notNull("title", title);
    }

    /** A new, empty plot. */
    public static Plot titled(String title) {
        return new Plot(title);
    }

    /** The whole picture's width in columns (axes included) and the plot area's height in rows. */
    public Plot size(int columns, int rows) {
        if (columns < 24 || columns > 80) {
            throw new IllegalArgumentException("columns must be between 24 and 80, got " + columns);
        }
        if (rows < 4 || rows > 60) {
            throw new IllegalArgumentException("rows must be between 4 and 60, got " + rows);
        }
        this.width = columns;
        this.height = rows;
        return this;
    }

    /** The interval of x shown; needed for {@link #function}. */
    public Plot x(double from, double to) {
        requireInterval("x", from, to);
        x0 = from;
        x1 = to;
        return this;
    }

    /** The interval of y shown; without it, the range of the data with a little room. */
    public Plot y(double from, double to) {
        requireInterval("y", from, to);
        y0 = from;
        y1 = to;
        return this;
    }

    /** y on a logarithmic scale, for losses that fall through several powers of ten. */
    public Plot logY() {
        logY = true;
        return this;
    }

    public Plot xLabel(String label) {
        xLabel = Require.notNull("label", label);
        return this;
    }

    public Plot yLabel(String label) {
        yLabel = Require.notNull("label", label);
        return this;
    }

    /** A curve y = f(x), computed at every dot across the x interval. */
    public Plot function(String name, DoubleUnaryOperator f) {
        Require.notNull("name", name);
        Require.notNull("f", f);
        series.add(new Series(name, Kind.CURVE, null, null, f));
        return this;
    }

    /** A curve through the points (xs[i], ys[i]), joined by straight lines. */
    public Plot line(String name, double[] xs, double[] ys) {
        requirePoints(xs, ys);
        series.add(new Series(Require.notNull("name", name), Kind.CURVE, xs.clone(), ys.clone(), null));
        return this;
    }

    /** Single points, not joined. */
    public Plot points(String name, double[] xs, double[] ys) {
        requirePoints(xs, ys);
        series.add(new Series(Require.notNull("name", name), Kind.POINTS, xs.clone(), ys.clone(), null));
        return this;
    }

    /** A line of text printed under the legend. */
    public Plot note(String line) {
        notes.add(Require.notNull("line", line));
        return this;
    }

    private static void requireInterval(String name, double from, double to) {
        Require.finite(name + " from", from);
        Require.finite(name + " to", to);
        if (!(from < to)) {
            throw new IllegalArgumentException(name + " interval must have from < to, got " + from + " to " + to);
        }
    }

    private static void requirePoints(double[] xs, double[] ys) {
        Require.notNull("xs", xs);
        Require.notNull("ys", ys);
        Require.length("ys", ys, xs.length);
    }

    // ----- drawing ------------------------------------------------------------------------

    /** The picture, ending with a newline. */
    public String render() {
        if (series.isEmpty()) {
            throw new IllegalStateException("nothing to plot: add a function, line or points first");
        }
        double[] xRange = xRange();
        double left = xRange[0];
        double right = xRange[1];
        double[] yRange = yRange(left, right);
        double bottom = yRange[0];
        double top = yRange[1];

        // The axes take the tick labels' width; measure once with a dummy grid.
        String[][] probe = new String[height][1];
        int margin = Columns.of(Frame.around(probe, left, right, bottom, top, logY, "", "").get(0)
                .replaceAll("[│┤].*$", "")) + 1;
        int columns = Math.max(10, width - margin);
        String[][] cells = new String[height][columns];
        Braille braille = new Braille(columns, height);

        List<String> legend = new ArrayList<>();
        int curves = 0;
        int pointSets = 0;
        for (Series s : series) {
            if (s.kind() == Kind.POINTS) {
                String glyph = POINT_GLYPHS[pointSets++ % POINT_GLYPHS.length];
                legend.add(glyph + " " + s.name());
                continue;
            }
            int k = curves++;
            double[][] path = s.f() == null ? new double[][] {s.xs(), s.ys()} : sample(s.f(), left, right, columns * 2);
            if (k == 0) {
                drawBraille(braille, path, left, right, bottom, top);
                for (int r = 0; r < height; r++) {
                    for (int c = 0; c < columns; c++) {
                        if (!braille.isEmpty(c, r)) {
                            cells[r][c] = String.valueOf(braille.at(c, r));
                        }
                    }
                }
                legend.add("⠤⠤ " + s.name());
            } else {
                String glyph = CURVE_GLYPHS[(k - 1) % CURVE_GLYPHS.length];
                drawGlyphs(cells, path, glyph, left, right, bottom, top);
                legend.add(glyph.repeat(2) + " " + s.name());
            }
        }
        pointSets = 0;
        for (Series s : series) {
            if (s.kind() == Kind.POINTS) {
                String glyph = POINT_GLYPHS[pointSets++ % POINT_GLYPHS.length];
                for (int i = 0; i < s.xs().length; i++) {
                    int[] cell = cell(s.xs()[i], s.ys()[i], left, right, bottom, top, columns);
                    if (cell != null) {
                        cells[cell[1]][cell[0]] = glyph;
                    }
                }
            }
        }

        StringBuilder out = new StringBuilder();
        if (!title.isEmpty()) {
            out.append(Columns.wrap(title, 80));
        }
        for (String line : Frame.around(cells, left, right, bottom, top, logY, xLabel, yLabel)) {
            out.append(line).append('\n');
        }
        out.append(joinLegend(legend, width));
        for (String note : notes) {
            out.append(Columns.wrap(note, 80));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    /** Legend entries side by side, wrapped at the picture's width. */
    private static String joinLegend(List<String> entries, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String entry : entries) {
            if (line.length() > 0 && Columns.of(line.toString()) + 3 + Columns.of(entry) > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : "   ").append(entry);
        }
        if (line.length() > 0) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private double[] xRange() {
        if (!Double.isNaN(x0)) {
            return new double[] {x0, x1};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            if (s.f() != null) {
                throw new IllegalStateException("a function needs an x interval: call x(from, to) first");
            }
            for (double x : s.xs()) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return padded(lo, hi, false);
    }

    private double[] yRange(double left, double right) {
        if (!Double.isNaN(y0)) {
            return new double[] {y0, y1};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            double[][] path = s.f() == null ? new double[][] {s.xs(), s.ys()} : sample(s.f(), left, right, 200);
            for (int i = 0; i < path[1].length; i++) {
                double y = path[1][i];
                if (Double.isFinite(y) && (!logY || y > 0) && path[0][i] >= left && path[0][i] <= right) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        return padded(lo, hi, logY);
    }

    /** The data's range with 5% room on each side (on a log scale: to the next powers of ten). */
    private static double[] padded(double lo, double hi, boolean log) {
        if (!Double.isFinite(lo)) {
            return log ? new double[] {0.1, 1} : new double[] {0, 1};
        }
        if (log) {
            return new double[] {Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi) + 1e-12))};
        }
        if (lo == hi) {
            return new double[] {lo - 1, hi + 1};
        }
        double room = (hi - lo) * 0.05;
        return new double[] {lo - room, hi + room};
    }

    private static double[][] sample(DoubleUnaryOperator f, double left, double right, int n) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = left + (right - left) * i / (n - 1);
            ys[i] = f.applyAsDouble(xs[i]);
        }
        return new double[][] {xs, ys};
    }

    private double yFraction(double y, double bottom, double top) {
        if (logY) {
            return (Math.log10(top) - Math.log10(y)) / (Math.log10(top) - Math.log10(bottom));
        }
        return (top - y) / (top - bottom);
    }

    private boolean drawable(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y) && (!logY || y > 0);
    }

    private void drawBraille(Braille braille, double[][] path, double left, double right, double bottom, double top) {
        int[] previous = null;
        for (int i = 0; i < path[0].length; i++) {
            double x = path[0][i];
            double y = path[1][i];
            if (!drawable(x, y)) {
                previous = null;
                continue;
            }
            double fx = (x - left) / (right - left) * (braille.dotsWide() - 1);
            double fy = yFraction(y, bottom, top) * (braille.dotsHigh() - 1);
            // Far outside the plot a dot means nothing; clamp so lines towards it keep their slope.
            int[] dot = {(int) Math.round(clamp(fx, braille.dotsWide())), (int) Math.round(clamp(fy, braille.dotsHigh()))};
            if (previous != null) {
                braille.line(previous[0], previous[1], dot[0], dot[1]);
            } else {
                braille.set(dot[0], dot[1]);
            }
            previous = dot;
        }
    }

    private static double clamp(double v, int size) {
        return Math.max(-size, Math.min(2.0 * size, v));
    }

    private void drawGlyphs(String[][] cells, double[][] path, String glyph, double left, double right,
                            double bottom, double top) {
        int rows = cells.length;
        int columns = cells[0].length;
        // One glyph per column, where the curve crosses the column's middle; a steep curve also
        // fills the rows between two columns, so it stays one connected line.
        int previousRow = Integer.MIN_VALUE;
        for (int c = 0; c < columns; c++) {
            double x = left + (right - left) * (2 * c + 0.5) / (columns * 2 - 1);
            double y = interpolate(path, x);
            if (!drawable(x, y)) {
                previousRow = Integer.MIN_VALUE;
                continue;
            }
            int row = (int) Math.floor(Math.round(yFraction(y, bottom, top) * (rows * 4 - 1)) / 4.0);
            if (previousRow != Integer.MIN_VALUE) {
                int from = Math.min(previousRow, row);
                int to = Math.max(previousRow, row);
                for (int r = from + 1; r < to; r++) {
                    put(cells, c, r, glyph);
                }
            }
            put(cells, c, row, glyph);
            previousRow = row;
        }
    }

    /** Earlier curves stay on top: a later one shows only where the cell is still free. */
    private static void put(String[][] cells, int c, int r, String glyph) {
        if (r >= 0 && r < cells.length && cells[r][c] == null) {
            cells[r][c] = glyph;
        }
    }

    /** y at x on the path, by straight lines between its points; NaN outside it. */
    private static double interpolate(double[][] path, double x) {
        double[] xs = path[0];
        double[] ys = path[1];
        for (int i = 0; i + 1 < xs.length; i++) {
            double a = Math.min(xs[i], xs[i + 1]);
            double b = Math.max(xs[i], xs[i + 1]);
            if (x >= a && x <= b) {
                if (xs[i] == xs[i + 1]) {
                    return ys[i + 1];
                }
                double t = (x - xs[i]) / (xs[i + 1] - xs[i]);
                return ys[i] + t * (ys[i + 1] - ys[i]);
            }
        }
        return xs.length == 1 && x == xs[0] ? ys[0] : Double.NaN;
    }

    private int[] cell(double x, double y, double left, double right, double bottom, double top, int columns) {
        if (!drawable(x, y) || x < left || x > right) {
            return null;
        }
        double fy = yFraction(y, bottom, top);
        if (fy < 0 || fy > 1) {
            return null;
        }
        // The same rounding as the braille dots and the tick marks, so a point sits on its tick.
        int c = (int) Math.round((x - left) / (right - left) * (columns * 2 - 1)) / 2;
        int r = (int) Math.round(fy * (height * 4 - 1)) / 4;
        return new int[] {c, r};
    }
}
