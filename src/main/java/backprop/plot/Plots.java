package backprop.plot;

import java.util.ArrayList;
import java.util.List;

import backprop.Format;
import backprop.Require;
import backprop.activation.Activation;
import backprop.activation.Activations;
import backprop.Columns;
import backprop.mlp.Example;
import backprop.mlp.LearningRateTuning;
import backprop.mlp.Mlp;
import backprop.mlp.MlpReports;
import backprop.mlp.SlidesExample;
import backprop.mlp.TrainingHistory;
import backprop.mlp.WeightMovement;
import backprop.mlp.XorTraining;
import backprop.perceptron.Perceptron;
import backprop.perceptron.PerceptronLearning;
import backprop.perceptron.PerceptronReports;
import backprop.perceptron.TrainingData;
import backprop.perceptron.XorNetwork;
import backprop.regression.Dataset;
import backprop.regression.GradientDescent;
import backprop.regression.LeastSquares;
import backprop.regression.Line;
import backprop.regression.RegressionReports;
import backprop.regression.Training;
import backprop.regression.TrainingStep;

/**
 * The chapters' terminal plots, each one short call that returns the picture as text, at most
 * 80 columns wide: {@code System.out.println(Plots.activation(Activation.SIGMOID))}.
 */
public final class Plots {
    private Plots() {}

    // ----- chapter 1: linear regression --------------------------------------------------

    /** Data points and a line y = ax + b through them. */
    public static String fit(Dataset data, Line line) {
        Require.notNull("data", data);
        Require.notNull("line", line);
        double[] x = xInterval(data);
        return Plot.titled(data.name() + ": 데이터와 직선 " + line)
                .x(x[0], x[1])
                .function(line.toString(), line::predict)
                .points("데이터", data.xs(), data.ys())
                .xLabel("x").yLabel("y")
                .render();
    }

    /**
     * Gradient descent's line after a few steps of a run, over the data: from the flat start
     * towards the least-squares fit.
     */
    public static String fit(Training training, int... steps) {
        Require.notNull("training", training);
        Require.notNull("steps", steps);
        Dataset data = training.data();
        double[] x = xInterval(data);
        Plot plot = Plot.titled("경사하강법(α = " + Format.num(training.learningRate()) + "), \""
                + data.name() + "\": 걸음마다의 직선").x(x[0], x[1]);
        Line last = training.line();
        plot.function(training.last().step() + "걸음: " + last, last::predict);
        for (int step : steps) {
            Line line = training.at(Math.min(step, training.last().step())).line();
            plot.function(step + "걸음", line::predict);
        }
        return plot.points("데이터", data.xs(), data.ys()).xLabel("x").yLabel("y").render();
    }

    /** The chapter's run (α = 0.1 from y = 0x + 0) after 1, 2 and 3 steps and at the end. */
    public static String regressionFit() {
        Training training = GradientDescent.train(Dataset.studyHours(), RegressionReports.START,
                RegressionReports.LEARNING_RATE, RegressionReports.STEPS);
        return fit(training, 1, 2, 3);
    }

    /** The loss of every step of a run, on a log scale; a diverged run ends where it was stopped. */
    public static String loss(Training training) {
        Require.notNull("training", training);
        List<TrainingStep> history = training.history();
        double[] steps = new double[history.size()];
        double[] losses = new double[history.size()];
        for (int i = 0; i < history.size(); i++) {
            steps[i] = history.get(i).step();
            losses[i] = history.get(i).loss();
        }
        Plot plot = Plot.titled("경사하강법 걸음마다의 손실(MSE), α = " + Format.num(training.learningRate()))
                .line("손실", steps, losses).logY().xLabel("걸음").yLabel("손실");
        training.divergence().ifPresent(d -> plot.note(d.toString()));
        return plot.render();
    }

    /** The chapter's run with α = 0.1: its first 50 steps, where the loss falls. */
    public static String regressionLoss() {
        return loss(GradientDescent.train(Dataset.studyHours(), RegressionReports.START,
                RegressionReports.LEARNING_RATE, 50));
    }

    /**
     * How far each learning rate's loss is above the minimum, step by step (log scale): the loss
     * itself would flatten onto the minimum 0.8 and hide the rates' differences.
     */
    public static String regressionLearningRates() {
        Dataset data = Dataset.studyHours();
        Line best = LeastSquares.fit(data);
        double minimum = backprop.regression.Mse.loss(best, data);
        Plot plot = Plot.titled("학습률 α마다 최솟값보다 남은 손실 L − L*")
                .logY().xLabel("걸음").yLabel("L − L*");
        for (double rate : RegressionReports.picturedLearningRates()) {
            Training t = GradientDescent.train(data, RegressionReports.START, rate, RegressionReports.PICTURED_STEPS);
            double[][] curve = excessCurve(t, minimum);
            plot.line("α = " + Format.num(rate) + (t.diverged() ? " (" + (t.last().step() + 1) + "걸음에서 발산)" : ""),
                    curve[0], curve[1]);
        }
        return plot.note(RegressionReports.PICTURED_STEPS + "걸음, 출발 y = 0x + 0. 최소제곱법의 직선 " + best
                + "의 손실 L* = " + Format.num(minimum)).render();
    }

    /** Step and loss − minimum of every step while that is above 1e-12 (a log axis has no 0). */
    private static double[][] excessCurve(Training t, double minimum) {
        List<double[]> points = new ArrayList<>();
        for (TrainingStep s : t.history()) {
            double excess = s.loss() - minimum;
            if (excess > 1e-12) {
                points.add(new double[] {s.step(), excess});
            }
        }
        double[][] c = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            c[0][i] = points.get(i)[0];
            c[1][i] = points.get(i)[1];
        }
        return c;
    }

    private static double[][] curve(Training t) {
        List<TrainingStep> h = t.history();
        double[][] c = new double[2][h.size()];
        for (int i = 0; i < h.size(); i++) {
            c[0][i] = h.get(i).step();
            c[1][i] = h.get(i).loss();
        }
        return c;
    }

    private static double[] xInterval(Dataset data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : data.xs()) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        double room = lo == hi ? 1 : (hi - lo) * 0.1;
        return new double[] {lo - room, hi + room};
    }

    // ----- chapter 2: perceptron ---------------------------------------------------------

    /** Where a two-input perceptron fires (its line w·x + b = 0 is the edge), with the data on top. */
    public static String decisionMap(Perceptron perceptron, TrainingData data) {
        Require.notNull("perceptron", perceptron);
        Require.notNull("data", data);
        if (perceptron.inputs() != 2 || data.inputs() != 2) {
            throw new IllegalArgumentException("perceptron must take 2 inputs like data, got "
                    + perceptron.inputs() + " and " + data.inputs());
        }
        DecisionMap map = DecisionMap.of(data.name() + ", 퍼셉트론 하나: " + PerceptronReports.describe(perceptron),
                (x1, x2) -> perceptron.output(x1, x2));
        for (backprop.perceptron.TrainingSample s : data.samples()) {
            map.point(s.x()[0], s.x()[1], s.target());
        }
        return map.render();
    }

    /** AND, with the hand-set perceptron w = (0.5, 0.5), b = −0.7. */
    public static String andDecisionMap() {
        return decisionMap(Perceptron.and(), TrainingData.and());
    }

    /** OR, with the hand-set perceptron w = (0.5, 0.5), b = −0.2. */
    public static String orDecisionMap() {
        return decisionMap(Perceptron.or(), TrainingData.or());
    }

    /** XOR after the perceptron learning rule gave up: one line always leaves a point wrong. */
    public static String perceptronXorDecisionMap() {
        Perceptron learned = PerceptronLearning.train(TrainingData.xor()).result();
        return decisionMap(learned, TrainingData.xor())
                + "(1, 0)과 (0, 1)을 한쪽에, (0, 0)과 (1, 1)을 다른 쪽에 두는 직선은 없다\n";
    }

    /** XOR = AND(NAND, OR): two lines, and the band between them is where it fires. */
    public static String xorDecisionMap() {
        XorNetwork xor = XorNetwork.standard();
        DecisionMap map = DecisionMap.of("XOR = AND(NAND(x1, x2), OR(x1, x2)): 슬라이드의 2층 네트워크",
                xor::output);
        for (backprop.perceptron.TrainingSample s : TrainingData.xor().samples()) {
            map.point(s.x()[0], s.x()[1], s.target());
        }
        return map.note("NAND는 x1 + x2 = 1.4 아래, OR는 x1 + x2 = 0.4 위에서 1: XOR는 그 사이의 띠")
                .render();
    }

    // ----- chapter 3: activation functions ---------------------------------------------------

    /** An activation function and its derivative on [−5, 5]. */
    public static String activation(Activation f) {
        return activation(f, -5, 5, 72, 16);
    }

    private static String activation(Activation f, double from, double to, int columns, int rows) {
        Require.notNull("f", f);
        Plot plot = Plot.titled(f.formula()).size(columns, rows).x(from, to)
                .function(f.name() + "(x)", f::apply)
                .function("미분", f::derivative);
        if (f == Activation.STEP) {
            plot.note("0에서 값이 0에서 1로 뛴다: 그곳에는 미분이 없고, derivative(0)은 0을 돌려준다");
        } else if (f.hasKinkAtZero()) {
            plot.note("0에서 꺾인다: 그곳의 미분 값은 왼쪽 기울기(left-hand slope)");
        }
        return plot.render();
    }

    /** Every activation function of the slides and its derivative, two small plots a row. */
    public static String activationGrid() {
        List<List<String>> pictures = new ArrayList<>();
        for (Activation f : Activations.all()) {
            List<String> lines = new ArrayList<>(List.of(
                    Plot.titled(f.name()).size(39, 7).x(-4, 4)
                            .function(f.name(), f::apply).function("미분", f::derivative)
                            .render().split("\n")));
            pictures.add(lines);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pictures.size(); i += 2) {
            List<String> left = pictures.get(i);
            List<String> right = i + 1 < pictures.size() ? pictures.get(i + 1) : List.of();
            for (int r = 0; r < Math.max(left.size(), right.size()); r++) {
                String l = r < left.size() ? left.get(r) : "";
                String rr = r < right.size() ? right.get(r) : "";
                out.append((Columns.padRight(l, 39) + "  " + rr).stripTrailing()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Sigmoid, tanh, ReLU, Leaky ReLU and ELU together on [−3, 3]. */
    public static String activations() {
        Plot plot = Plot.titled("[-3, 3]의 활성화 함수들").x(-3, 3).y(-1.2, 3).yLabel("f(x)").xLabel("x");
        for (Activation f : Activations.all()) {
            if (f != Activation.STEP && f != Activation.IDENTITY) {
                plot.function(f.name(), f::apply);
            }
        }
        return plot.note("x > 0에서 ReLU, Leaky ReLU, ELU는 모두 x라서 먼저 그린 곡선이 위에 보인다 (따로 보려면 /plot activation-grid)").render();
    }

    /** Their derivatives together: why sigmoid's gradient fades (at most 0.25) and ReLU's does not. */
    public static String derivatives() {
        Plot plot = Plot.titled("[-3, 3]의 활성화 함수들의 미분").x(-3, 3).y(-0.1, 1.15)
                .yLabel("f'(x)").xLabel("x");
        for (Activation f : Activations.all()) {
            if (f != Activation.STEP && f != Activation.IDENTITY) {
                plot.function(f.name(), f::derivative);
            }
        }
        return plot.note("sigmoid'는 많아야 0.25: 시그모이드 층을 하나 지날 때마다 기울기에 0.25 이하가 곱해진다")
                .render();
    }

    // ----- chapter 5: MLP --------------------------------------------------------------------

    /** A training history's loss per epoch (log scale). */
    public static String loss(TrainingHistory history) {
        Require.notNull("history", history);
        double[][] c = curve(history);
        Plot plot = Plot.titled("에폭별 손실(loss), 학습률 α = " + Format.num(history.learningRate()))
                .line("손실", c[0], c[1]).logY().xLabel("에폭").yLabel("손실");
        if (history.diverged()) {
            plot.note(history.divergedAtEpoch() + " 에폭에서 발산(diverge)");
        }
        return plot.render();
    }

    /** Several histories in one plot, named by their learning rates. */
    public static String losses(List<TrainingHistory> histories) {
        Require.notNull("histories", histories);
        Require.nonEmpty("histories", histories);
        Plot plot = Plot.titled("학습률별 에폭당 손실(loss)").logY().xLabel("에폭").yLabel("손실");
        for (TrainingHistory h : histories) {
            double[][] c = curve(h);
            plot.line("α = " + Format.num(h.learningRate()), c[0], c[1]);
        }
        return plot.render();
    }

    private static double[][] curve(TrainingHistory h) {
        List<Double> losses = h.losses();
        double[][] c = new double[2][losses.size()];
        for (int i = 0; i < losses.size(); i++) {
            c[0][i] = i;
            c[1][i] = losses.get(i);
        }
        return c;
    }

    /** XOR learned by the 2-2-1 network of {@link XorTraining}: its loss over 2000 epochs. */
    public static String xorLoss() {
        return loss(XorTraining.train(XorTraining.network(XorTraining.SEED)));
    }

    /** The trained 2-2-1 network's output over the plane: XOR's band, bent smooth by the sigmoids. */
    public static String mlpXorDecisionMap() {
        Mlp mlp = XorTraining.trained(XorTraining.SEED);
        DecisionMap map = DecisionMap.of("XOR를 배운 2-2-1 시그모이드 네트워크의 출력 (seed " + XorTraining.SEED
                + ", α = " + Format.num(XorTraining.LEARNING_RATE) + ", " + XorTraining.EPOCHS + " 에폭)",
                (x1, x2) -> mlp.predict(x1, x2)[0]);
        for (Example e : Example.xor()) {
            map.point(e.input()[0], e.input()[1], e.target()[0]);
        }
        return map.render();
    }

    /** The slides' network: E_total per epoch for the homework's learning rates. */
    public static String mlpLearningRates() {
        Plot plot = Plot.titled("슬라이드의 2-2-2 네트워크: 학습률 α별 에폭당 E_total")
                .logY().y(1e-8, 0.1).xLabel("에폭").yLabel("E_total");
        int epochs = MlpReports.CURVE_EPOCHS;
        double lowest = Double.POSITIVE_INFINITY;
        for (double rate : LearningRateTuning.SLIDES_LEARNING_RATES) {
            double[] errors = LearningRateTuning.slidesErrors(rate, epochs);
            double[] xs = new double[errors.length];
            for (int i = 0; i < errors.length; i++) {
                xs[i] = i;
                lowest = Math.min(lowest, errors[i]);
            }
            plot.line("α = " + Format.num(rate), xs, errors);
        }
        if (lowest < 1e-8) {
            // A terminal has too few rows for seventeen decades: the plot stops at 1e-8 and says so.
            plot.note("그림은 1e-8에서 자른다. " + epochs + " 에폭 뒤 가장 작은 E_total은 " + Format.sci(lowest));
        }
        return plot.render();
    }

    /** How far each weight has moved after 20 epochs with α = 0.5, as bars, largest first. */
    public static String weightMovement() {
        WeightMovement movement = WeightMovement.slides(MlpReports.MOVEMENT_EPOCHS);
        List<String> names = new ArrayList<>();
        List<Double> moved = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            names.add("w" + i);
            moved.add(movement.moved(i));
        }
        return bars(movement.epochs() + " 에폭 동안 움직인 거리 |wi − 처음 wi|, α = "
                + Format.num(SlidesExample.LEARNING_RATE) + ", 슬라이드의 입력", names, moved)
                + Columns.wrap("출력층 w5–w8이 가장 많이 움직인다: 은닉층 가중치의 기울기에는 가중치를 거친 합과"
                + " 시그모이드 미분(≤ 0.25)이 더 곱해지고, 마지막 인수도 h ≈ 0.5가 아니라 작은 입력 x(0.1과 0.2)이다",
                80);
    }

    /** A horizontal bar per value, largest first, scaled to the widest; eighth-block precision. */
    static String bars(String title, List<String> names, List<Double> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(values.get(b), values.get(a)));
        double max = values.get(order.get(0));
        int nameWidth = 0;
        for (String name : names) {
            nameWidth = Math.max(nameWidth, Columns.of(name));
        }
        int barWidth = 80 - nameWidth - 2 - 12;
        String[] eighths = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
        StringBuilder out = new StringBuilder(title).append('\n');
        for (int i : order) {
            double v = values.get(i);
            int units = max > 0 ? (int) Math.round(v / max * barWidth * 8) : 0;
            String bar = "█".repeat(units / 8) + eighths[units % 8];
            out.append(Columns.padRight(names.get(i), nameWidth)).append(' ')
                    .append(Columns.padRight(bar, barWidth)).append(' ').append(Format.num(v)).append('\n');
        }
        return out.toString();
    }
}
