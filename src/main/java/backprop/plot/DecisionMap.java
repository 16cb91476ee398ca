package backprop.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

import backprop.Format;
import backprop.Require;

/**
 * What a classifier with two inputs answers everywhere in a square of the plane, one character
 * per spot: the darker, the closer its output is to 1. The training points are drawn on top, ●
 * where the answer should be 1 and ○ where it should be 0, so a point on the wrong shade is a
 * mistake one can see. For the slides' XOR table this shows why one straight line is not enough.
 */
public final class DecisionMap {
    /** Output in [0, 0.25), [0.25, 0.5), [0.5, 0.75), [0.75, 1]. */
    private static final String[] SHADES = {" ", "░", "▒", "▓"};

    private record Point(double x1, double x2, double target) {}

    private final String title;
    private final DoubleBinaryOperator classifier;
    private final List<Point> points = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private double from = -0.5;
    private double to = 1.5;
    private int columns = 56;
    private int rows = 21;

    private DecisionMap(String title, DoubleBinaryOperator classifier) {
        this.title = Require.notNull("title", title);
        this.classifier = Require.notNull("classifier", classifier);
    }

    /** A map of {@code classifier(x1, x2)}, an output between 0 and 1, over [−0.5, 1.5]². */
    public static DecisionMap of(String title, DoubleBinaryOperator classifier) {
        return new DecisionMap(title, classifier);
    }

    /** The square [from, to]² shown. */
    public DecisionMap range(double from, double to) {
        Require.finite("from", from);
        Require.finite("to", to);
        if (!(from < to)) {
            throw new IllegalArgumentException("range must have from < to, got " + from + " to " + to);
        }
        this.from = from;
        this.to = to;
        return this;
    }

    /** A training point with its target, 0 or 1. */
    public DecisionMap point(double x1, double x2, double target) {
        Require.finite("x1", x1);
        Require.finite("x2", x2);
        Require.finite("target", target);
        points.add(new Point(x1, x2, target));
        return this;
    }

    public DecisionMap note(String line) {
        notes.add(Require.notNull("line", line));
        return this;
    }

    public String render() {
        String[][] cells = new String[rows][columns];
        for (int r = 0; r < rows; r++) {
            // A cell's centre: the same positions the tick marks use.
            double x2 = to - (to - from) * (r * 4 + 1.5) / (rows * 4 - 1);
            for (int c = 0; c < columns; c++) {
                double x1 = from + (to - from) * (c * 2 + 0.5) / (columns * 2 - 1);
                double output = classifier.applyAsDouble(x1, x2);
                if (!Double.isFinite(output)) {
                    cells[r][c] = "?";
                    continue;
                }
                int shade = (int) Math.floor(Math.max(0, Math.min(0.999999, output)) * 4);
                cells[r][c] = SHADES[shade];
            }
        }
        for (Point p : points) {
            int c = (int) Math.round((p.x1() - from) / (to - from) * (columns * 2 - 1)) / 2;
            int r = (int) Math.round((to - p.x2()) / (to - from) * (rows * 4 - 1)) / 4;
            if (c >= 0 && c < columns && r >= 0 && r < rows) {
                cells[r][c] = p.target() >= 0.5 ? "●" : "○";
            }
        }
        StringBuilder out = new StringBuilder();
        if (!title.isEmpty()) {
            out.append(backprop.Columns.wrap(title, 80));
        }
        for (String line : Frame.around(cells, from, to, from, to, false, "x1", "x2")) {
            out.append(line).append('\n');
        }
        out.append("출력: ▓ ≥ 0.75  ▒ ≥ 0.5  ░ ≥ 0.25  (빈칸) < 0.25   ● 목표 1  ○ 목표 0\n");
        if (!points.isEmpty()) {
            // A point can sit exactly on the edge between two shades (a weighted sum of exactly 0,
            // where the step gives 0), where a character cell cannot show which side wins: say it
            // in words.
            StringBuilder line = new StringBuilder("점마다의 출력:");
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                double output = classifier.applyAsDouble(p.x1(), p.x2());
                line.append(i == 0 ? " " : ", ").append('(').append(Format.num(p.x1())).append(", ")
                        .append(Format.num(p.x2())).append(") → ").append(Format.num(output));
                if ((output >= 0.5) != (p.target() >= 0.5)) {
                    line.append(" 틀림");
                }
            }
            out.append(backprop.Columns.wrap(line.toString(), 80));
        }
        for (String note : notes) {
            out.append(backprop.Columns.wrap(note, 80));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
