package backprop.regression;

import backprop.Require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gradient descent, the slides' W := W − α·∂cost/∂W, for the two parameters of y = ax + b:
 *
 * <pre>
 *   a := a − α·∂L/∂a
 *   b := b − α·∂L/∂b
 * </pre>
 *
 * Start anywhere, and walk downhill one step at a time in the steepest direction, instead of
 * trying every (a, b) (see {@link GridSearch} for what that costs).
 */
public final class GradientDescent {
    private GradientDescent() {}

    /**
     * A run stops as diverged once its loss passes this many times its starting loss (or
     * this many times 1, if it started below 1, so that a run starting on the exact fit does
     * not call rounding noise a divergence). A converging run never gets near: with a small
     * enough learning rate the loss of a quadratic like the MSE only goes down. The factor is
     * kept modest on purpose: a diverging run amplifies rounding errors along with everything
     * else, and past about 10^7 a double no longer holds eight correct decimals to print.
     */
    public static final double DIVERGENCE_FACTOR = 1e4;

    /** One step a := a − α·∂L/∂a, b := b − α·∂L/∂b; the new line. Step by hand with it. */
    public static Line step(Line line, Dataset data, double learningRate) {
        Require.notNull("line", line);
        Require.notNull("data", data);
        Require.positiveFinite("learningRate", learningRate);
        return step(line, Mse.gradient(line, data), learningRate);
    }

    /** The same step with a gradient already computed, e.g. by {@link Mse#residuals}. */
    public static Line step(Line line, Gradient gradient, double learningRate) {
        Require.notNull("line", line);
        Require.notNull("gradient", gradient);
        Require.positiveFinite("learningRate", learningRate);
        double a = line.a() - learningRate * gradient.dLda();
        double b = line.b() - learningRate * gradient.dLdb();
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new ArithmeticException("the step overflowed (a = " + a + ", b = " + b + "): gradient descent"
                    + " diverged; the learning rate " + learningRate + " is too large for this data");
        }
        return new Line(a, b);
    }

    /** {@code steps} steps from y = 0x + 0. */
    public static Training train(Dataset data, double learningRate, int steps) {
        return train(data, Line.of(0, 0), learningRate, steps);
    }

    /**
     * {@code steps} steps from {@code start}, keeping every step's line and loss. Stops early,
     * with a {@link Divergence}, when the loss overflows or passes
     * {@link #DIVERGENCE_FACTOR} × max(starting loss, 1).
     */
    public static Training train(Dataset data, Line start, double learningRate, int steps) {
        Require.notNull("data", data);
        Require.notNull("start", start);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("steps", steps);
        List<TrainingStep> history = new ArrayList<>();
        double startLoss = Mse.loss(start, data);
        if (!Double.isFinite(startLoss)) {
            throw new IllegalArgumentException("start must have a finite loss on the data, got " + startLoss
                    + " for " + start);
        }
        history.add(new TrainingStep(0, start, startLoss));
        double bound = DIVERGENCE_FACTOR * Math.max(startLoss, 1.0);
        double a = start.a();
        double b = start.b();
        for (int step = 1; step <= steps; step++) {
            // Written out rather than calling step(...), so that an overflow is recorded as a
            // divergence instead of thrown.
            Gradient gradient = Mse.gradient(new Line(a, b), data);
            a -= learningRate * gradient.dLda();
            b -= learningRate * gradient.dLdb();
            double loss = Double.isFinite(a) && Double.isFinite(b) ? Mse.loss(new Line(a, b), data) : Double.NaN;
            if (!Double.isFinite(loss) || loss > bound) {
                return new Training(data, start, learningRate, steps, history,
                        Optional.of(new Divergence(step, loss, bound)));
            }
            history.add(new TrainingStep(step, new Line(a, b), loss));
        }
        return new Training(data, start, learningRate, steps, history, Optional.empty());
    }

    /**
     * The largest learning rate for which gradient descent on the MSE still converges: 2/λmax,
     * where λmax is the largest eigenvalue of the loss's second-derivative matrix (its
     * {@link #curvatures curvatures}).
     *
     * <p>Why: write the line's distance from the best line in the matrix's eigenvectors. Every step
     * multiplies the (signed) component along an eigenvector with eigenvalue λ by (1 − α·λ);
     * once α &gt; 2/λmax that factor is below −1 for the steepest direction, and each step lands
     * farther out on the other side.
     */
    public static double largestStableLearningRate(Dataset data) {
        return 2 / curvatures(data)[0];
    }

    /**
     * The eigenvalues {λmax, λmin} of the MSE's second-derivative matrix
     *
     * <pre>
     *   H = | ∂²L/∂a²   ∂²L/∂a∂b |  =  2 · | mean(x²)  mean(x) |
     *       | ∂²L/∂b∂a  ∂²L/∂b²  |         | mean(x)   1       |
     * </pre>
     *
     * the curvatures of the loss valley along its steepest and its flattest direction. The MSE is
     * quadratic in a and b, so H is the same at every (a, b).
     */
    public static double[] curvatures(Dataset data) {
        Require.notNull("data", data);
        double meanX = 0;
        double meanXSquared = 0;
        for (int i = 0; i < data.size(); i++) {
            meanX += data.x(i) / data.size();
            meanXSquared += data.x(i) * data.x(i) / data.size();
        }
        double haa = 2 * meanXSquared;
        double hab = 2 * meanX;
        double hbb = 2;
        double trace = haa + hbb;
        double determinant = haa * hbb - hab * hab;
        double root = Math.sqrt(Math.max(0, trace * trace - 4 * determinant));
        return new double[] {(trace + root) / 2, (trace - root) / 2};
    }
}
