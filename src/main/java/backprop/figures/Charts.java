package backprop.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One look for every figure: white background, fonts that every system has (Java's logical
 * fonts SansSerif and Monospaced), numbers on the axes written without any locale, and a fixed
 * pixel size, so that regenerating gives the same picture on Linux, macOS and Windows (the
 * glyphs themselves may differ by a pixel between their fonts).
 */
final class Charts {
    private Charts() {}

    static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font MONO = new Font(Font.MONOSPACED, Font.PLAIN, 14);

    /** Colours that stay apart for readers with the common colour-vision deficiencies (Okabe–Ito). */
    static final Color[] COLORS = {
        new Color(0, 114, 178),   // blue
        new Color(213, 94, 0),    // vermillion
        new Color(0, 158, 115),   // bluish green
        new Color(204, 121, 167), // reddish purple
        new Color(230, 159, 0),   // orange
        new Color(86, 180, 233),  // sky blue
        new Color(0, 0, 0),       // black
        new Color(240, 228, 66)}; // yellow

    static XYChart xy(int width, int height, String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart.getStyler());
        return chart;
    }

    static void style(XYStyler s) {
        s.setLocale(Locale.ROOT);
        s.setDecimalPattern("0.###");
        s.setXAxisTickMarkSpacingHint(90);
        s.setYAxisTickMarkSpacingHint(60);
        s.setAntiAlias(true);
        s.setBaseFont(BASE);
        s.setChartTitleFont(TITLE);
        s.setLegendFont(BASE);
        s.setAxisTitleFont(BASE);
        s.setAxisTickLabelsFont(BASE);
        s.setAnnotationTextFont(MONO);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(Color.GRAY);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setSeriesColors(COLORS);
        s.setMarkerSize(8);
        s.setChartPadding(12);
    }

    /** y on a logarithmic axis, its powers of ten written 1E-3, 1E0, 1E2. */
    static void logY(XYChart chart) {
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("0E0");
    }

    /**
     * Labels on the x axis only at multiples of {@code every}: XChart puts a tick at every
     * whole number of an epoch axis, far too many to read.
     */
    static void xLabelsEvery(XYChart chart, int every) {
        chart.getStyler().setxAxisTickLabelsFormattingFunction(
                v -> Math.abs(v / every - Math.rint(v / every)) < 1e-9 ? String.valueOf(Math.round(v)) : "");
    }

    /** A line without markers. */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, float width) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        // Solid: XChart's theme would otherwise give the 2nd, 3rd, … series dashes and dots.
        series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return series;
    }

    static XYSeries dashed(XYChart chart, String name, double[] x, double[] y, Color color) {
        return dashed(line(chart, name, x, y, color, 2f), 2f);
    }

    static XYSeries dashed(XYSeries series, float width) {
        series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {8f, 5f}, 0f));
        return series;
    }

    /** Points without a connecting line. */
    static XYSeries points(XYChart chart, String name, double[] x, double[] y, Color color,
                           org.knowm.xchart.style.markers.Marker marker) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(marker);
        series.setMarkerColor(color);
        return series;
    }

    /** x from {@code from} to {@code to} in {@code n} equal steps. */
    static double[] range(double from, double to, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + (to - from) * i / (n - 1);
        }
        return x;
    }

    static double[] map(double[] x, java.util.function.DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }

    static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }

    /**
     * The part of the square [lo, hi]² where w1·x1 + w2·x2 + b ≥ 0, as a polygon (the
     * Sutherland–Hodgman clip of the square by one half-plane); clipping again intersects.
     */
    static List<double[]> clip(List<double[]> polygon, double w1, double w2, double b) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < polygon.size(); i++) {
            double[] p = polygon.get(i);
            double[] q = polygon.get((i + 1) % polygon.size());
            double fp = w1 * p[0] + w2 * p[1] + b;
            double fq = w1 * q[0] + w2 * q[1] + b;
            if (fp >= 0) {
                out.add(p);
            }
            if ((fp >= 0) != (fq >= 0)) {
                double t = fp / (fp - fq);
                out.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
            }
        }
        return out;
    }

    static List<double[]> square(double lo, double hi) {
        return new ArrayList<>(List.of(new double[] {lo, lo}, new double[] {hi, lo},
                new double[] {hi, hi}, new double[] {lo, hi}));
    }
}
