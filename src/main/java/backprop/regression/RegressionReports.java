package backprop.regression;

import static backprop.Format.num;
import static backprop.Format.sci;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;

import backprop.Columns;
import backprop.Require;
import backprop.Table;

/**
 * Chapter 1's printed outputs and settings: every text the walkthrough, the answer key and the
 * exercises print, built from what the math classes return. The math classes ({@link Line},
 * {@link Mse}, {@link GradientDescent}, …) build no text beyond a short {@code toString}.
 *
 * <p>The methods without arguments print the chapter's own runs, with the settings below; the
 * others take any dataset, line or run, for a student to try at the prompt.
 */
public final class RegressionReports {
    private RegressionReports() {}

    /** Where every run of the chapter starts: y = 0x + 0. */
    public static final Line START = Line.of(0, 0);

    /** A learning rate that converges on {@link Dataset#studyHours()} (the limit is about 0.149). */
    public static final double LEARNING_RATE = 0.1;

    /** Enough steps for gradient descent to agree with the exact fit to 8 decimals. */
    public static final int STEPS = 300;

    /** A learning rate past the limit: every step overshoots further. */
    public static final double TOO_LARGE_LEARNING_RATE = 0.2;

    /** The learning rates compared, from one that crawls to one that diverges. */
    private static final double[] LEARNING_RATES = {0.001, 0.01, 0.05, 0.1, 0.14, 0.15, 0.2};

    /** The learning rates the chapter's learning-rate figure and terminal picture draw, and for how many steps. */
    private static final double[] PICTURED_LEARNING_RATES = {0.01, 0.05, 0.1, 0.14, 0.2};
    public static final int PICTURED_STEPS = 100;

    /** A copy of the learning rates the pictures draw. */
    public static double[] picturedLearningRates() {
        return PICTURED_LEARNING_RATES.clone();
    }

    /** The steps of the run shown next to the exact fit. */
    private static final int[] CHECKPOINTS = {0, 1, 10, 50, 100, 200, 300};

    /** The grid search's range for a and b, and its step sizes h. */
    private static final double GRID_LOW = -10;
    private static final double GRID_HIGH = 10;
    private static final double[] GRID_RESOLUTIONS = {1, 0.1, 0.01};

    /** How long gradient descent may take to come within h/2 of the exact fit in the grid comparison. */
    private static final int GRID_COMPARISON_STEPS = 100_000;

    // ---- the chapter's outputs -----------------------------------------------------------------

    public static String dataset() {
        return dataset(Dataset.studyHours());
    }

    /** The first step from y = 0x + 0, every number written out. */
    public static String firstStep() {
        return step(START, Dataset.studyHours(), LEARNING_RATE);
    }

    /** The whole run as a table, a row every 20 steps. */
    public static String training() {
        return training(GradientDescent.train(Dataset.studyHours(), START, LEARNING_RATE, STEPS), 20);
    }

    /** Gradient descent's line at a few steps next to the closed-form least-squares line. */
    public static String versusExact() {
        return versusExact(GradientDescent.train(Dataset.studyHours(), START, LEARNING_RATE, STEPS), CHECKPOINTS);
    }

    /** The same 300 steps with learning rates from too small to too large. */
    public static String learningRates() {
        return learningRates(Dataset.studyHours(), STEPS, LEARNING_RATES);
    }

    /** What trying every (a, b) costs, next to gradient descent's steps. */
    public static String gridSearchCost() {
        return gridSearchCost(Dataset.studyHours(), GRID_LOW, GRID_HIGH, LEARNING_RATE, GRID_RESOLUTIONS);
    }

    /** A too-large learning rate, step by step until the run is stopped. */
    public static String divergence() {
        return training(GradientDescent.train(Dataset.studyHours(), START, TOO_LARGE_LEARNING_RATE, STEPS), 1);
    }

    // ---- any data, line or run -----------------------------------------------------------------

    /** The data as a table, with its source. */
    public static String dataset(Dataset data) {
        Require.notNull("data", data);
        StringBuilder out = new StringBuilder();
        out.append("데이터(dataset): ").append(data.name()).append('\n');
        out.append("출처(source): ").append(data.source()).append('\n');
        out.append("점 ").append(data.size()).append("개\n");
        Table table = Table.of("i", "x", "y").indent("  ");
        for (int i = 0; i < data.size(); i++) {
            table.row(String.valueOf(i), num(data.x(i)), num(data.y(i)));
        }
        return out.append(table).toString();
    }

    /** One step {@link GradientDescent#step} written out with its numbers, as the slides do. */
    public static String step(Line line, Dataset data, double learningRate) {
        Require.notNull("line", line);
        Require.notNull("data", data);
        Require.positiveFinite("learningRate", learningRate);
        Residuals residuals = Mse.residuals(line, data);
        Gradient gradient = residuals.gradient();
        Line next = GradientDescent.step(line, gradient, learningRate);
        String alpha = num(learningRate);
        StringBuilder out = new StringBuilder();
        out.append("경사하강법 한 걸음 W := W − α·∂L/∂W, α = ").append(alpha)
                .append(", 출발 ").append(line).append('\n');
        out.append("  잔차(residual) a·x + b − y: ").append(list(residuals.values())).append('\n');
        out.append("  ∂L/∂a = 2/n Σ (a·x + b − y)·x = 2/").append(residuals.n()).append(" × ")
                .append(factor(residuals.sumTimesX())).append(" = ").append(num(gradient.dLda())).append('\n');
        out.append("  ∂L/∂b = 2/n Σ (a·x + b − y)   = 2/").append(residuals.n()).append(" × ")
                .append(factor(residuals.sum())).append(" = ").append(num(gradient.dLdb())).append('\n');
        out.append(update("a", line.a(), learningRate, gradient.dLda(), next.a()));
        out.append(update("b", line.b(), learningRate, gradient.dLdb(), next.b()));
        out.append("  손실(loss) L = 1/n Σ (a·x + b − y)²: ").append(num(Mse.loss(line, data)))
                .append(" → ").append(num(Mse.loss(next, data))).append('\n');
        return out.toString();
    }

    /** A run as a table of about ten rows, then its outcome. */
    public static String training(Training training) {
        Require.notNull("training", training);
        return training(training, Math.max(1, training.stepsRequested() / 10));
    }

    /** A run as a table of every {@code every}-th step, plus the last one, then the outcome. */
    public static String training(Training training, int every) {
        Require.notNull("training", training);
        Require.positive("every", every);
        Dataset data = training.data();
        int steps = training.stepsRequested();
        StringBuilder out = new StringBuilder();
        out.append("경사하강법(gradient descent): \"").append(data.name()).append("\", 점 ").append(data.size()).append("개\n");
        out.append("학습률 α = ").append(num(training.learningRate()))
                .append(", 출발 ").append(training.start())
                .append(", ").append(steps).append("걸음")
                .append(every == 1 ? ", 걸음마다 한 줄" : ", " + every + "걸음마다 한 줄")
                .append('\n');
        Table table = Table.of("걸음", "a", "b", "손실").indent("  ");
        for (TrainingStep row : training.history()) {
            if (row.step() % every == 0 || row == training.last()) {
                table.row(String.valueOf(row.step()), num(row.a()), num(row.b()), num(row.loss()));
            }
        }
        out.append(table);
        TrainingStep last = training.last();
        if (training.diverged()) {
            Divergence divergence = training.divergence().get();
            out.append(divergence).append('\n');
            out.append("(손실이 ").append(num(GradientDescent.DIVERGENCE_FACTOR))
                    .append(" × max(0걸음의 손실, 1) = ").append(num(divergence.bound())).append("보다 커지면 멈춘다)\n");
            out.append("학습률이 너무 크다(α = ").append(num(training.learningRate()))
                    .append("): 걸음마다 손실 골짜기의 바닥을 지나쳐 반대편의 더 높은 곳에 떨어진다.\n");
            out.append("마지막으로 유한했던 직선(").append(last.step()).append("걸음): ").append(last.line()).append('\n');
        } else {
            out.append(last.step()).append("걸음 뒤: ")
                    .append(last.line()).append(", 손실 ").append(num(last.loss())).append('\n');
            if (last.loss() > training.at(0).loss()) {
                out.append("주의: 손실이 0걸음 때보다 크다. 학습률(α = ")
                        .append(num(training.learningRate())).append(")이 너무 클 것이다.\n");
            }
        }
        return out.toString();
    }

    /** The closed-form least-squares fit written out with its numbers. */
    public static String leastSquares(Dataset data) {
        Require.notNull("data", data);
        LeastSquares.Sums s = LeastSquares.sums(data);
        Line best = s.line();
        StringBuilder out = new StringBuilder();
        out.append("최소제곱법(least squares)의 닫힌 형태(closed form): \"").append(data.name()).append("\"\n");
        out.append("  x̄ = Σx / n = ").append(num(s.sumX())).append(" / ").append(s.n())
                .append(" = ").append(num(s.meanX())).append('\n');
        out.append("  ȳ = Σy / n = ").append(num(s.sumY())).append(" / ").append(s.n())
                .append(" = ").append(num(s.meanY())).append('\n');
        out.append("  a* = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = ").append(num(s.sxy())).append(" / ")
                .append(num(s.sxx())).append(" = ").append(num(best.a())).append('\n');
        out.append("  b* = ȳ − a*·x̄ = ").append(num(s.meanY())).append(" − ").append(num(best.a()))
                .append(" × ").append(num(s.meanX())).append(" = ").append(num(best.b())).append('\n');
        out.append("  최선의 직선: ").append(best).append(", 손실 L(a*, b*) = ")
                .append(num(Mse.loss(best, data))).append('\n');
        return out.toString();
    }

    /**
     * The exact fit, then gradient descent's line at some steps of a run next to it: how far a
     * and b still are from a*, b*, and how much loss is left above the minimum.
     */
    public static String versusExact(Training training, int... checkpoints) {
        Require.notNull("training", training);
        Require.notNull("checkpoints", checkpoints);
        Dataset data = training.data();
        Line best = LeastSquares.fit(data);
        double bestLoss = Mse.loss(best, data);
        StringBuilder out = new StringBuilder(leastSquares(data));
        out.append("경사하강법: 출발 ").append(training.start()).append(", 학습률 α = ")
                .append(num(training.learningRate())).append('\n');
        Table table = Table.of("걸음", "a", "b", "|a − a*|", "|b − b*|", "손실 − L*").indent("  ");
        for (int step : checkpoints) {
            if (step < 0 || step > training.last().step()) {
                throw new IllegalArgumentException("checkpoints must lie between 0 and " + training.last().step()
                        + ", got " + step);
            }
            TrainingStep row = training.at(step);
            table.row(String.valueOf(step), num(row.a()), num(row.b()),
                    num(Math.abs(row.a() - best.a())), num(Math.abs(row.b() - best.b())), num(row.loss() - bestLoss));
        }
        out.append(table);
        Line end = training.line();
        // Format.num rounds to 8 decimals, so equal strings mean equal to 8 decimals.
        boolean same = num(end.a()).equals(num(best.a())) && num(end.b()).equals(num(best.b()));
        int steps = training.last().step();
        out.append(training.diverged() ? "경사하강법: " + training.divergence().get()
                : same ? steps + "걸음 뒤 경사하강법의 직선은 소수점 8자리까지 정확한 답과 같다."
                : steps + "걸음 뒤에도 경사하강법의 직선은 아직 소수점 8자리까지 정확한 답과 같지 않다.");
        return out.append('\n').toString();
    }

    /**
     * The same number of steps from y = 0x + 0 with each learning rate: too small crawls, a good
     * one arrives, too large diverges; with each rate the factors 1 − αλ by which a step scales
     * the distance to the best line along the valley's steepest and flattest directions; then the
     * limit {@link GradientDescent#largestStableLearningRate}.
     */
    public static String learningRates(Dataset data, int steps, double... learningRates) {
        Require.notNull("data", data);
        Require.positive("steps", steps);
        Require.nonEmpty("learningRates", learningRates);
        double[] curvatures = GradientDescent.curvatures(data);
        StringBuilder out = new StringBuilder();
        out.append("학습률(learning rate)마다 ").append(steps).append("걸음, 출발 ").append(START)
                .append(" (\"").append(data.name()).append("\")\n");
        Table table = Table.of("α", "1 − αλmax", "1 − αλmin", "a", "b", "손실", "결과").left(6).indent("  ");
        for (double learningRate : learningRates) {
            Training training = GradientDescent.train(data, START, learningRate, steps);
            String steep = num(1 - learningRate * curvatures[0]);
            String flat = num(1 - learningRate * curvatures[1]);
            if (training.diverged()) {
                table.row(num(learningRate), steep, flat, "-", "-", "-", training.divergence().get().toString());
            } else {
                String outcome = training.loss() > training.at(0).loss() ? "손실이 커졌다: 너무 크다" : "손실이 줄었다";
                table.row(num(learningRate), steep, flat, num(training.line().a()), num(training.line().b()),
                        num(training.loss()), outcome);
            }
        }
        out.append(table);
        out.append("λmax = ").append(num(curvatures[0])).append(", λmin = ").append(num(curvatures[1]))
                .append(": 손실 골짜기가 가장 가파르게 휜 방향과 가장 완만한 방향의 곡률(curvature)\n");
        out.append("한 걸음은 두 방향의 성분에 1 − αλ를 곱한다: 크기가 1보다 작으면 줄고, 음수면 부호를 바꾸며 오간다\n");
        out.append("그래서 이 데이터의 경사하강법은 α < 2/λmax = ")
                .append(num(GradientDescent.largestStableLearningRate(data))).append("일 때 수렴한다\n");
        return out.toString();
    }

    /**
     * Grid search at each resolution next to gradient descent reaching the same accuracy:
     * the grid's answer is within h/2 of the best line in a and b (when the best line lies in
     * the range), so gradient descent is counted until |a − a*| ≤ h/2 and |b − b*| ≤ h/2.
     */
    public static String gridSearchCost(Dataset data, double low, double high, double learningRate,
                                        double... resolutions) {
        Require.notNull("data", data);
        Require.positiveFinite("learningRate", learningRate);
        Require.nonEmpty("resolutions", resolutions);
        Line exact = LeastSquares.fit(data);
        Training training = GradientDescent.train(data, START, learningRate, GRID_COMPARISON_STEPS);
        StringBuilder out = new StringBuilder();
        out.append("격자 탐색(grid search), \"").append(data.name()).append("\": a와 b를 [").append(num(low))
                .append(", ").append(num(high)).append("]에서 간격 h마다 모두 시험한다\n");
        Table grid = Table.of("h", "축 하나의 값", "손실 계산", "최선의 a", "최선의 b", "손실").indent("  ");
        for (double h : resolutions) {
            GridResult result = GridSearch.search(data, low, high, h);
            grid.row(num(h), String.valueOf(GridSearch.pointsPerAxis(low, high, h)),
                    String.valueOf(result.evaluations()),
                    num(result.best().a()), num(result.best().b()), num(result.loss()));
        }
        out.append(grid);
        out.append("경사하강법: 출발 ").append(START).append(", 학습률 α = ")
                .append(num(learningRate)).append(", a와 b가 정확한 답 ")
                .append(exact).append("에서 h/2 안에 들어올 때까지 센 걸음 수:\n");
        Table descent = Table.of("h", "격자의 손실 계산", "경사하강법 걸음", "그 걸음의 a", "그 걸음의 b").indent("  ");
        for (double h : resolutions) {
            OptionalInt steps = training.firstStepWithin(exact, h / 2);
            String evaluations = String.valueOf(GridSearch.evaluationsNeeded(low, high, h));
            if (steps.isPresent()) {
                TrainingStep row = training.at(steps.getAsInt());
                descent.row(num(h), evaluations, String.valueOf(row.step()), num(row.a()), num(row.b()));
            } else {
                descent.row(num(h), evaluations, GRID_COMPARISON_STEPS + "걸음 안에 못 미침", "-", "-");
            }
        }
        out.append(descent);
        out.append("손실 계산 한 번과 기울기 계산 한 번은 각각 점 ").append(data.size())
                .append("개를 한 번씩 훑는다.\n");
        double finest = resolutions[resolutions.length - 1];
        long points = GridSearch.pointsPerAxis(low, high, finest);
        out.append("격자의 크기는 (축 하나의 값 개수)^(파라미터 수)로 늘어난다. h = ")
                .append(num(finest)).append("에서:\n");
        Table growth = Table.of("파라미터 수", "격자점 수").left(0).indent("  ");
        for (int d : new int[] {1, 2, 3, 8}) {
            growth.row(d == 8 ? "8 (5장의 w1–w8)" : String.valueOf(d),
                    BigInteger.valueOf(points).pow(d).toString());
        }
        out.append(growth);
        out.append("경사하강법은 파라미터가 몇 개이든 걸음마다 기울기 하나면 되고,"
                + " 역전파(backpropagation)는 그 기울기를 한 번의 역방향 계산으로 모두 구한다.\n");
        return out.toString();
    }

    // ---- the exercises -------------------------------------------------------------------------

    /**
     * Exercise 1.1: one step the student computed, from {@code from} to {@code to}, with the
     * gradient they computed. The losses are computed here, from the lines, so a wrong step shows
     * as a wrong loss too.
     */
    public static String exerciseStep(int step, Line from, double learningRate, double dLda, double dLdb, Line to) {
        Require.notNull("from", from);
        Require.notNull("to", to);
        Dataset data = Dataset.studyHours();
        return step + "걸음: 출발 " + from + ", 손실 " + num(Mse.loss(from, data)) + "\n"
                + "  ∂L/∂a = " + num(dLda) + ", ∂L/∂b = " + num(dLdb) + "\n"
                + update("a", from.a(), learningRate, dLda, to.a())
                + update("b", from.b(), learningRate, dLdb, to.b())
                + "  새 직선 " + to + ", 손실 " + num(Mse.loss(to, data)) + "\n";
    }

    /**
     * Exercise 1.2: the stopping rules, one row per learning rate, the largest one that converged
     * next to the limit the theory gives, and the one that converged in the fewest steps. For a
     * diverging run only the step at which the loss went up is shown; the line there means nothing.
     */
    public static String stopping(double tolerance, int maxSteps, List<RegressionExercises.Run> runs,
                                  double largestConverging) {
        Require.notNull("runs", runs);
        StringBuilder out = new StringBuilder();
        out.append("\"").append(Dataset.studyHours().name()).append("\"에서 y = 0x + 0으로 출발하는 경사하강법. 멈춤 조건:\n");
        out.append(rule("|∂L/∂a| < " + num(tolerance) + "이고 |∂L/∂b| < " + num(tolerance),
                RegressionExercises.Outcome.CONVERGED));
        out.append(rule("한 걸음 뒤 손실이 커졌다", RegressionExercises.Outcome.DIVERGING));
        out.append(rule(maxSteps + "걸음을 다 썼다", RegressionExercises.Outcome.OUT_OF_STEPS));
        Table table = Table.of("α", "결과", "걸음", "a", "b", "손실").left(1).indent("  ");
        RegressionExercises.Run fastest = null;
        for (RegressionExercises.Run run : runs) {
            Require.notNull("runs[" + table.size() + "]", run);
            if (run.outcome() == RegressionExercises.Outcome.DIVERGING) {
                table.row(num(run.learningRate()), run.outcome().name(), String.valueOf(run.steps()), "-", "-", "-");
            } else {
                table.row(num(run.learningRate()), run.outcome().name(), String.valueOf(run.steps()),
                        value(run.line().a()), value(run.line().b()), value(Mse.loss(run.line(), Dataset.studyHours())));
            }
            if (run.outcome() == RegressionExercises.Outcome.CONVERGED && (fastest == null || run.steps() < fastest.steps())) {
                fastest = run;
            }
        }
        out.append(table);
        out.append("목록에서 수렴한 가장 큰 학습률: ").append(num(largestConverging)).append('\n');
        out.append("가장 적은 걸음으로 수렴한 학습률: ")
                .append(fastest == null ? "없음" : num(fastest.learningRate()) + " (" + fastest.steps() + "걸음)").append('\n');
        out.append("이 데이터의 한계 2/λmax = ")
                .append(num(GradientDescent.largestStableLearningRate(Dataset.studyHours()))).append('\n');
        return out.toString();
    }

    /** "  한 걸음 뒤 손실이 커졌다                 → DIVERGING" */
    private static String rule(String when, RegressionExercises.Outcome outcome) {
        return "  " + Columns.padRight(when, 38) + " → " + outcome + "\n";
    }

    // ---- pieces --------------------------------------------------------------------------------

    /** "  a := a − α·∂L/∂a = 0 − 0.1 × (-28) = 2.8" */
    private static String update(String name, double before, double learningRate, double slope, double after) {
        return "  " + name + " := " + name + " − α·∂L/∂" + name + " = " + num(before) + " − " + num(learningRate)
                + " × " + factor(slope) + " = " + num(after) + "\n";
    }

    /** A number after "×": negative ones in parentheses, so "− 0.1 × (−28)" reads right. */
    private static String factor(double x) {
        String s = num(x);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** Numbers joined by commas. */
    private static String list(double[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(num(values[i]));
        }
        return out.toString();
    }

    /** The slides' form; a run that blew up gets the short scientific form instead of its hundred digits. */
    private static String value(double x) {
        return Math.abs(x) < 1e6 ? num(x) : sci(x);
    }
}
