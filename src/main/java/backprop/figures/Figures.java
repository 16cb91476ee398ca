package backprop.figures;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import backprop.activation.Activation;
import backprop.activation.Activations;
import backprop.draw.Diagrams;
import backprop.mlp.Example;
import backprop.mlp.LearningRateTuning;
import backprop.mlp.Mlp;
import backprop.mlp.MlpReports;
import backprop.mlp.Sample;
import backprop.mlp.SlidesExample;
import backprop.mlp.WeightMovement;
import backprop.mlp.Weights;
import backprop.mlp.XorTraining;
import backprop.perceptron.Perceptron;
import backprop.perceptron.TrainingData;
import backprop.regression.Dataset;
import backprop.regression.GradientDescent;
import backprop.regression.LeastSquares;
import backprop.regression.Line;
import backprop.regression.Mse;
import backprop.regression.RegressionReports;
import backprop.regression.Training;
import backprop.regression.TrainingStep;

/**
 * The chapters' figures, drawn by XChart from the same code the chapters run, and written as
 * PNG files to {@code chapters/img/}. Regenerate them all with
 * {@code mvn -q -Pfigures compile exec:java}.
 *
 * <p>Every figure has a fixed size and uses Java's logical fonts (SansSerif, Monospaced), which
 * exist on every system; nothing depends on the time, a random seed that is not fixed, or the
 * default locale.
 */
public final class Figures {
    private Figures() {}

    /**
     * One figure: its file name (NN-name.png, NN the chapter), what it shows, and the charts that
     * make it (several are placed side by side, three to a row).
     */
    public record Figure(String file, String description, Supplier<List<Chart<?, ?>>> charts) {
        /** Renders the figure and writes it as {@code dir/file}. */
        public Path write(Path dir) throws IOException {
            Files.createDirectories(dir);
            Path target = dir.resolve(file);
            List<Chart<?, ?>> list = charts.get();
            if (list.size() == 1) {
                BitmapEncoder.saveBitmap(list.get(0), target.toString(), BitmapEncoder.BitmapFormat.PNG);
            } else {
                // At most three side by side; more go on further rows.
                int columns = Math.min(3, list.size());
                int rows = (list.size() + columns - 1) / columns;
                BitmapEncoder.saveBitmap(list, rows, columns, target.toString(), BitmapEncoder.BitmapFormat.PNG);
            }
            return target;
        }
    }

    /** Every figure, chapter by chapter. */
    public static List<Figure> all() {
        return List.of(
                new Figure("01-regression-fit.png",
                        "the data and gradient descent's line after 0, 1, 2, 3 and 300 steps",
                        () -> List.of(regressionFit())),
                new Figure("01-regression-learning-rates.png",
                        "the loss above its minimum per step for five learning rates (log scale): 0.01 crawls,"
                                + " 0.14 starts slowly (it oscillates), 0.2 diverges",
                        () -> List.of(regressionLearningRates())),
                new Figure("02-perceptron-gates.png",
                        "AND, OR and XOR over the plane: one line separates AND and OR, XOR needs two",
                        Figures::gates),
                new Figure("03-activation-functions.png",
                        "step, sigmoid, tanh, ReLU, Leaky ReLU (0.1) and ELU (α = 1) on [-4, 4], one panel each",
                        () -> activations(false)),
                new Figure("03-activation-derivatives.png",
                        "their derivatives, one panel each: sigmoid's is at most 0.25, ReLU's is 1 for x > 0",
                        () -> activations(true)),
                new Figure("04-graph-shopping-2-backward.png",
                        "계산그래프 2 with forward values in the boxes and gradients on the edges",
                        () -> List.of(GraphFigure.of(Diagrams.shopping2BackwardDiagram(),
                                "계산그래프 2: 상자 안은 순전파 값, 화살표 옆은 역전파 기울기"))),
                new Figure("05-mlp-network-backward.png",
                        "the slides' 2-2-2 network with z, h, o in the boxes and dE/dw on the edges",
                        () -> List.of(GraphFigure.of(Diagrams.networkDiagram(Weights.slides(), Sample.slides(), true),
                                "2-2-2 네트워크: 상자 안은 순전파 값, 화살표 옆은 ∂E_total/∂w"))),
                new Figure("05-mlp-learning-rates.png",
                        "E_total per epoch for the homework's learning rates (log scale)",
                        () -> List.of(mlpLearningRates())),
                new Figure("05-mlp-weight-movement.png",
                        "how far each weight moved in 10 epochs: the output weights w5-w8 most",
                        () -> List.of(weightMovement())),
                new Figure("05-mlp-xor-map.png",
                        "a 2-2-1 network's output over the plane after learning XOR",
                        () -> List.of(xorMap())));
    }

    /** Writes every figure into {@code dir}; returns the files written. */
    public static List<Path> writeAll(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Figure figure : all()) {
            written.add(figure.write(dir));
        }
        return written;
    }

    /** {@code java backprop.figures.Figures [DIR]}: writes the figures to DIR, chapters/img by default. */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "chapters/img");
        // The labels are Korean: without a font that has Hangul every label would be empty boxes.
        String hangul = "학습률 걸음";
        if (Charts.BASE.canDisplayUpTo(hangul) != -1) {
            throw new IllegalStateException("the figures' labels are Korean, but Java's SansSerif font has no Hangul"
                    + " on this machine; install a Korean font (e.g. Debian's fonts-nanum) and run again");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Path file : writeAll(dir)) {
            out.println("wrote " + file);
        }
    }

    // ----- chapter 1 --------------------------------------------------------------------------

    static XYChart regressionFit() {
        Dataset data = Dataset.studyHours();
        Training training = GradientDescent.train(data, RegressionReports.START, RegressionReports.LEARNING_RATE,
                RegressionReports.STEPS);
        XYChart chart = Charts.xy(800, 500, "y = ax + b의 경사하강법 (학습률 α = "
                        + backprop.Format.num(RegressionReports.LEARNING_RATE) + ")",
                "공부 시간 x", "퀴즈 점수 y");
        double[] x = {-0.5, 4.5};
        int[] steps = {0, 1, 2, 3};
        for (int k = 0; k < steps.length; k++) {
            Line line = training.at(steps[k]).line();
            Charts.dashed(chart, steps[k] + "걸음", x, Charts.map(x, line::predict), Charts.COLORS[k + 1]);
        }
        Line last = training.line();
        Charts.line(chart, training.last().step() + "걸음 = 최소제곱법 " + LeastSquares.fit(data), x,
                Charts.map(x, last::predict), Charts.COLORS[0], 3f);
        Line best = LeastSquares.fit(data);
        if (Math.abs(best.a() - last.a()) > 1e-6 || Math.abs(best.b() - last.b()) > 1e-6) {
            throw new IllegalStateException("300 steps should reach the least-squares line " + best + ", got " + last);
        }
        Charts.points(chart, "데이터 (학생 " + data.size() + "명)", data.xs(), data.ys(), Color.BLACK, SeriesMarkers.CIRCLE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(10);
        return chart;
    }

    /**
     * The loss above its minimum, L − L*, per step: on a log axis the loss itself flattens onto
     * L* = 0.8 within a few steps and hides how differently the rates approach it.
     */
    static XYChart regressionLearningRates() {
        Dataset data = Dataset.studyHours();
        double minimum = Mse.loss(LeastSquares.fit(data), data);
        int steps = RegressionReports.PICTURED_STEPS;
        XYChart chart = Charts.xy(800, 500, "학습률 α마다 최솟값보다 남은 손실 L − L* (로그 눈금)", "걸음",
                "L − L*  (L* = " + backprop.Format.num(minimum) + ")");
        Charts.logY(chart);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax((double) steps);
        chart.getStyler().setYAxisMin(1e-10).setYAxisMax(1e6);
        Charts.xLabelsEvery(chart, 10);
        double[] rates = RegressionReports.picturedLearningRates();
        for (int k = 0; k < rates.length; k++) {
            Training t = GradientDescent.train(data, RegressionReports.START, rates[k], steps);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (TrainingStep s : t.history()) {
                // The axis ends at 1e-10: a point below it would drag the line off the chart.
                if (s.loss() - minimum >= 1e-10) {
                    x.add((double) s.step());
                    y.add(s.loss() - minimum);
                }
            }
            String name = "α = " + backprop.Format.num(rates[k]) + (t.diverged() ? " (발산)" : "");
            Charts.line(chart, name, Charts.toArray(x), Charts.toArray(y), Charts.COLORS[k], 2.5f);
        }
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        return chart;
    }

    // ----- chapter 2 --------------------------------------------------------------------------

    static List<Chart<?, ?>> gates() {
        return List.of(
                gate("AND: 0.5·x1 + 0.5·x2 − 0.7 > 0", TrainingData.and(), new double[][] {{0.5, 0.5, -0.7}}),
                gate("OR: 0.5·x1 + 0.5·x2 − 0.2 > 0", TrainingData.or(), new double[][] {{0.5, 0.5, -0.2}}),
                gate("XOR = AND(NAND, OR): 직선 두 개", TrainingData.xor(),
                        new double[][] {{-0.5, -0.5, 0.7}, {0.5, 0.5, -0.2}}));
    }

    /** Where the gate fires (the intersection of the half-planes), its lines and the four inputs. */
    private static XYChart gate(String title, TrainingData data, double[][] halfPlanes) {
        XYChart chart = Charts.xy(420, 440, title, "x1", "x2");
        chart.getStyler().setXAxisMin(-0.5).setXAxisMax(1.5).setYAxisMin(-0.5).setYAxisMax(1.5);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        List<double[]> region = Charts.square(-0.5, 1.5);
        for (double[] h : halfPlanes) {
            region = Charts.clip(region, h[0], h[1], h[2]);
        }
        double[] rx = new double[region.size() + 1];
        double[] ry = new double[region.size() + 1];
        for (int i = 0; i <= region.size(); i++) {
            rx[i] = region.get(i % region.size())[0];
            ry[i] = region.get(i % region.size())[1];
        }
        XYSeries fires = chart.addSeries("출력 1", rx, ry);
        fires.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        fires.setMarker(SeriesMarkers.NONE);
        fires.setFillColor(new Color(86, 180, 233, 110));
        fires.setLineColor(new Color(86, 180, 233));
        int k = 0;
        for (double[] h : halfPlanes) {
            // w1·x1 + w2·x2 + b = 0  ⇔  x2 = −(w1·x1 + b) / w2
            double[] x = {-0.5, 1.5};
            double[] y = {-(h[0] * x[0] + h[2]) / h[1], -(h[0] * x[1] + h[2]) / h[1]};
            XYSeries line = Charts.line(chart, "line " + (++k), x, y, Charts.COLORS[0], 2f);
            line.setShowInLegend(false);
        }
        List<Double> x1 = new ArrayList<>();
        List<Double> x2 = new ArrayList<>();
        List<Double> z1 = new ArrayList<>();
        List<Double> z2 = new ArrayList<>();
        for (backprop.perceptron.TrainingSample s : data.samples()) {
            (s.target() == 1 ? x1 : z1).add(s.x()[0]);
            (s.target() == 1 ? x2 : z2).add(s.x()[1]);
        }
        Charts.points(chart, "목표 1", Charts.toArray(x1), Charts.toArray(x2), Color.BLACK, SeriesMarkers.CIRCLE);
        Charts.points(chart, "목표 0", Charts.toArray(z1), Charts.toArray(z2), Charts.COLORS[1], SeriesMarkers.CROSS);
        chart.getStyler().setMarkerSize(12);
        // The chart must agree with the chapter's perceptrons at the four inputs.
        Perceptron check = data.name().equals("AND") ? Perceptron.and() : data.name().equals("OR") ? Perceptron.or() : null;
        if (check != null) {
            for (backprop.perceptron.TrainingSample s : data.samples()) {
                if (check.output(s.x()) != s.target()) {
                    throw new IllegalStateException(data.name() + " perceptron is wrong at " + s);
                }
            }
        }
        return chart;
    }

    // ----- chapter 3 --------------------------------------------------------------------------

    /**
     * One small panel per function (step, sigmoid, tanh, ReLU, Leaky ReLU, ELU), so that no curve
     * hides another (for x &gt; 0 ReLU, Leaky ReLU and ELU are all y = x). At a jump the two pieces
     * are drawn apart, without a connecting vertical line (there are no values in between): a
     * filled dot marks the value the code returns at 0, an open circle the limit from the other
     * side.
     */
    static List<Chart<?, ?>> activations(boolean derivatives) {
        List<Chart<?, ?>> panels = new ArrayList<>();
        int k = 0;
        for (Activation f : Activations.all()) {
            if (f == Activation.IDENTITY) {
                continue;
            }
            java.util.function.DoubleUnaryOperator g = derivatives ? f::derivative : f::apply;
            Color color = Charts.COLORS[k++ % Charts.COLORS.length];
            XYChart chart = Charts.xy(400, 300, f.name() + (derivatives ? "의 미분" : ""), "x",
                    derivatives ? "f'(x)" : "f(x)");
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setXAxisMin(-4.0).setXAxisMax(4.0);
            chart.getStyler().setYAxisMin(derivatives ? -0.1 : -1.5).setYAxisMax(derivatives ? 1.2 : 4.0);
            chart.getStyler().setxAxisTickLabelsFormattingFunction(
                    v -> Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf(Math.round(v)) : "");
            double left = g.applyAsDouble(-1e-12);
            double right = g.applyAsDouble(1e-12);
            double atZero = g.applyAsDouble(0);
            if (Math.abs(left - right) < 1e-6) {
                double[] x = Charts.range(-4, 4, 801);
                Charts.line(chart, f.name(), x, Charts.map(x, g), color, 2.5f);
            } else {
                double[] xl = Charts.range(-4, 0, 401);
                double[] yl = Charts.map(xl, g);
                yl[yl.length - 1] = left;
                double[] xr = Charts.range(0, 4, 401);
                double[] yr = Charts.map(xr, g);
                yr[0] = right;
                Charts.line(chart, f.name() + " (x < 0)", xl, yl, color, 2.5f);
                Charts.line(chart, f.name() + " (x > 0)", xr, yr, color, 2.5f);
                double other = Math.abs(atZero - left) < 1e-6 ? right : left;
                Charts.points(chart, "x = 0에서 돌려주는 값", new double[] {0}, new double[] {atZero}, color,
                        SeriesMarkers.CIRCLE);
                Charts.points(chart, "반대쪽 극한", new double[] {0}, new double[] {other}, color, new OpenCircle());
                chart.getStyler().setMarkerSize(11);
            }
            panels.add(chart);
        }
        return panels;
    }

    /** A circle drawn as an outline on white: a limit the function does not take. */
    static final class OpenCircle extends org.knowm.xchart.style.markers.Marker {
        @Override
        public void paint(java.awt.Graphics2D g, double xOffset, double yOffset, int markerSize) {
            java.awt.geom.Ellipse2D circle = new java.awt.geom.Ellipse2D.Double(
                    xOffset - markerSize / 2.0, yOffset - markerSize / 2.0, markerSize, markerSize);
            Color color = g.getColor();
            g.setColor(Color.WHITE);
            g.fill(circle);
            g.setColor(color);
            g.setStroke(new java.awt.BasicStroke(2f));
            g.draw(circle);
        }
    }

    // ----- chapter 5 --------------------------------------------------------------------------

    static XYChart mlpLearningRates() {
        XYChart chart = Charts.xy(800, 500, "슬라이드의 네트워크: 학습률별 에폭당 E_total (로그 눈금)", "에폭(epoch)",
                "E_total");
        Charts.logY(chart);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax((double) MlpReports.CURVE_EPOCHS);
        Charts.xLabelsEvery(chart, 10);
        int k = 0;
        for (double rate : LearningRateTuning.SLIDES_LEARNING_RATES) {
            // Every point, down to α = 5's 2.4e-17: the axis reaches as low as the lowest curve.
            double[] errors = LearningRateTuning.slidesErrors(rate, MlpReports.CURVE_EPOCHS);
            Charts.line(chart, "α = " + backprop.Format.num(rate), Charts.range(0, errors.length - 1, errors.length),
                    errors, Charts.COLORS[k++], 2.5f);
        }
        // Outside the plot: inside, the legend covered the curves.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        return chart;
    }

    static CategoryChart weightMovement() {
        WeightMovement movement = WeightMovement.slides(MlpReports.MOVEMENT_EPOCHS);
        int epochs = movement.epochs();
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450)
                .title(epochs + " 에폭 동안 각 가중치가 움직인 거리 (α = "
                        + backprop.Format.num(SlidesExample.LEARNING_RATE) + ")")
                .xAxisTitle("가중치(weight)").yAxisTitle("|" + epochs + " 에폭 뒤의 w − 처음 w|").build();
        chart.getStyler().setLocale(java.util.Locale.ROOT);
        chart.getStyler().setDecimalPattern("0.00");
        chart.getStyler().setBaseFont(Charts.BASE);
        chart.getStyler().setChartTitleFont(Charts.TITLE);
        chart.getStyler().setAxisTitleFont(Charts.BASE);
        chart.getStyler().setAxisTickLabelsFont(Charts.BASE);
        chart.getStyler().setLegendFont(Charts.BASE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setSeriesColors(new Color[] {Charts.COLORS[0], Charts.COLORS[1]});
        List<String> names = new ArrayList<>();
        List<Double> hidden = new ArrayList<>();
        List<Double> output = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            names.add("w" + i);
            double moved = movement.moved(i);
            hidden.add(i <= 4 ? moved : 0.0);
            output.add(i > 4 ? moved : 0.0);
        }
        chart.addSeries("은닉층 w1–w4", names, hidden);
        chart.addSeries("출력층 w5–w8", names, output);
        return chart;
    }

    static XYChart xorMap() {
        Mlp mlp = XorTraining.trained(XorTraining.SEED);
        XYChart chart = Charts.xy(640, 640, "XOR를 배운 2-2-1 네트워크의 출력", "x1", "x2");
        chart.getStyler().setXAxisMin(-0.5).setXAxisMax(1.5).setYAxisMin(-0.5).setYAxisMax(1.5);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setPlotGridLinesVisible(false);
        // The plane in bands of the output: each band a cloud of small squares, one per grid spot.
        String[] names = {"< 0.25", "0.25–0.5", "0.5–0.75", "≥ 0.75"};
        Color[] colors = {new Color(247, 251, 255), new Color(198, 219, 239), new Color(107, 174, 214),
                          new Color(33, 113, 181)};
        int n = 64;
        List<List<Double>> bx = new ArrayList<>();
        List<List<Double>> by = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            bx.add(new ArrayList<>());
            by.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x1 = -0.5 + 2.0 * (i + 0.5) / n;
                double x2 = -0.5 + 2.0 * (j + 0.5) / n;
                double out = mlp.predict(x1, x2)[0];
                int band = (int) Math.min(3, Math.floor(out * 4));
                bx.get(band).add(x1);
                by.get(band).add(x2);
            }
        }
        for (int b = 0; b < 4; b++) {
            if (bx.get(b).isEmpty()) {
                continue;
            }
            XYSeries s = Charts.points(chart, names[b], Charts.toArray(bx.get(b)), Charts.toArray(by.get(b)), colors[b],
                    SeriesMarkers.SQUARE);
            s.setMarkerColor(colors[b]);
        }
        chart.getStyler().setMarkerSize(9);
        List<Double> x1 = new ArrayList<>();
        List<Double> x2 = new ArrayList<>();
        List<Double> z1 = new ArrayList<>();
        List<Double> z2 = new ArrayList<>();
        for (Example e : Example.xor()) {
            (e.target()[0] == 1 ? x1 : z1).add(e.input()[0]);
            (e.target()[0] == 1 ? x2 : z2).add(e.input()[1]);
        }
        Charts.points(chart, "목표값 1", Charts.toArray(x1), Charts.toArray(x2), Color.BLACK, SeriesMarkers.CIRCLE);
        Charts.points(chart, "목표값 0", Charts.toArray(z1), Charts.toArray(z2), Charts.COLORS[1], SeriesMarkers.CROSS);
        return chart;
    }
}
