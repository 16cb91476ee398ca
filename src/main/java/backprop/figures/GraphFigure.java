package backprop.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import backprop.Columns;
import backprop.draw.Diagram;

/**
 * A computation graph as a figure. A plotting library has no graph layout, so the layout is the
 * terminal drawing's ({@link Diagram#geometry()}: the same boxes, edge routes and labels), and
 * XChart draws it with its own means: boxes and edges as line series, names, values and
 * gradients as text annotations. The reader of a chapter then sees the same picture in the
 * browser as in JShell, only smoother.
 */
final class GraphFigure {
    private GraphFigure() {}

    /** Pixels per character cell across; a cell is twice as tall as it is wide, as in a terminal. */
    private static final int CELL = 12;

    static XYChart of(Diagram diagram, String title) {
        Diagram.Geometry g = diagram.geometry();
        int width = g.columns() * CELL + 40;
        int height = g.rows() * CELL * 2 + 90;
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).build();
        Charts.style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAxisTicksVisible(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax((double) g.columns());
        chart.getStyler().setYAxisMin(-2.0 * g.rows()).setYAxisMax(0.0);
        chart.getStyler().setAnnotationTextFont(Charts.MONO);
        chart.getStyler().setAnnotationTextFontColor(Color.BLACK);

        Color edgeColor = diagram.backward() ? new Color(200, 30, 30) : new Color(90, 90, 90);
        int n = 0;
        for (Diagram.Path path : g.paths()) {
            List<double[]> points = new ArrayList<>();
            for (int[] p : path.points()) {
                points.add(new double[] {x(p[0]), y(p[1])});
            }
            // The terminal's arrowhead takes the cell beside the box; here its tip touches the border.
            if (path.arrowAtStart()) {
                points.get(0)[0] -= 1;
            }
            if (path.arrowAtEnd()) {
                points.get(points.size() - 1)[0] += 1;
            }
            n = drawPath(chart, "edge " + n, points, labelGap(g, path), edgeColor, n);
            if (path.arrowAtEnd()) {
                n = arrow(chart, n, points.get(points.size() - 1), +1, edgeColor);
            }
            if (path.arrowAtStart()) {
                n = arrow(chart, n, points.get(0), -1, edgeColor);
            }
        }
        for (Diagram.Box box : g.boxes()) {
            double x0 = box.x() + 0.5;
            double x1 = box.x() + box.width() - 0.5;
            double y0 = y(box.y());
            double y1 = y(box.y() + box.height() - 1);
            Color border = box.node().kind() == Diagram.Kind.INPUT ? new Color(0, 114, 178) : Color.DARK_GRAY;
            String op = box.node().op();
            if (op.isEmpty()) {
                Charts.line(chart, "box " + n++, new double[] {x0, x1, x1, x0, x0}, new double[] {y0, y0, y1, y1, y0},
                        border, 1.6f);
            } else {
                // The operation sits in a gap of the top border, as in the terminal drawing.
                double gapEnd = box.x() + 3 + Columns.of(op);
                Charts.line(chart, "box " + n++, new double[] {gapEnd, x1, x1, x0, x0, box.x() + 1.2},
                        new double[] {y0, y0, y1, y1, y0, y0}, border, 1.6f);
                chart.addAnnotation(new AnnotationText(op, box.x() + 2 + Columns.of(op) / 2.0 + 0.1, y0, false));
            }
            List<String> lines = new ArrayList<>(box.lines());
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                // Centred: a font's letters are not exactly one terminal cell wide.
                chart.addAnnotation(new AnnotationText(text, box.x() + box.width() / 2.0, y(box.y() + 1 + i), false));
            }
        }
        for (Diagram.Text label : g.labels()) {
            chart.addAnnotation(new AnnotationText(label.text(), label.x() + Columns.of(label.text()) / 2.0,
                    y(label.y()), false));
        }
        return chart;
    }

    private static double x(int column) {
        return column + 0.5;
    }

    private static double y(int row) {
        return -2.0 * row - 1;
    }

    /** The cells of the path's last row taken by its label, so the line leaves room for the text. */
    private static double[] labelGap(Diagram.Geometry g, Diagram.Path path) {
        int[] last = path.points().get(path.points().size() - 1);
        int[] before = path.points().get(path.points().size() - 2);
        for (Diagram.Text label : g.labels()) {
            int from = Math.min(last[0], before[0]);
            int to = Math.max(last[0], before[0]);
            if (label.y() == last[1] && label.x() >= from && label.x() <= to) {
                return new double[] {label.x() - 0.3, label.x() + Columns.of(label.text()) + 0.3};
            }
            if (label.y() == path.points().get(0)[1] && path.points().size() == 2
                    && label.x() >= path.points().get(0)[0] && label.x() <= last[0]) {
                return new double[] {label.x() - 0.3, label.x() + Columns.of(label.text()) + 0.3};
            }
        }
        return null;
    }

    /** The path as one series, or two where a label interrupts its last piece. */
    private static int drawPath(XYChart chart, String name, List<double[]> points, double[] gap, Color color, int n) {
        if (gap == null) {
            Charts.line(chart, name + " " + n, xs(points), ys(points), color, 1.6f);
            return n + 1;
        }
        double[] end = points.get(points.size() - 1);
        List<double[]> first = new ArrayList<>(points.subList(0, points.size() - 1));
        first.add(new double[] {gap[0], end[1]});
        Charts.line(chart, name + " " + n, xs(first), ys(first), color, 1.6f);
        if (gap[1] >= end[0]) {
            return n + 1; // the label ends the line, as the output's gradient does
        }
        Charts.line(chart, name + " " + (n + 1), new double[] {gap[1], end[0]}, new double[] {end[1], end[1]}, color, 1.6f);
        return n + 2;
    }

    /** A small arrowhead at {@code tip}, pointing right (+1) or left (−1). */
    private static int arrow(XYChart chart, int n, double[] tip, int direction, Color color) {
        double back = tip[0] - direction * 0.9;
        Charts.line(chart, "arrow " + n, new double[] {back, tip[0], back}, new double[] {tip[1] + 0.7, tip[1], tip[1] - 0.7},
                color, 1.6f);
        return n + 1;
    }

    private static double[] xs(List<double[]> points) {
        double[] a = new double[points.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = points.get(i)[0];
        }
        return a;
    }

    private static double[] ys(List<double[]> points) {
        double[] a = new double[points.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = points.get(i)[1];
        }
        return a;
    }
}
