package backprop.regression;

import backprop.Format;
import backprop.Require;

/**
 * The exact answer gradient descent is walking towards: the line with the smallest MSE, in
 * closed form. Setting ∂L/∂a = 0 and ∂L/∂b = 0 (see {@link Mse}) gives two linear equations
 * whose solution is
 *
 * <pre>
 *   a* = Σ (xᵢ − x̄)(yᵢ − ȳ) / Σ (xᵢ − x̄)²
 *   b* = ȳ − a*·x̄
 * </pre>
 *
 * For one input and two parameters this formula is easy; for the millions of parameters of a
 * neural network no such formula exists, which is why the slides need gradient descent.
 */
public final class LeastSquares {
    private LeastSquares() {}

    /** The least-squares line a*, b*. */
    public static Line fit(Dataset data) {
        return sums(data).line();
    }

    /** The closed-form fit written out with its numbers. */
    public static String report(Dataset data) {
        Sums s = sums(data);
        Line best = s.line();
        int n = data.size();
        StringBuilder out = new StringBuilder();
        out.append("exact least-squares fit (closed form) of \"").append(data.name()).append("\"\n");
        out.append("  x̄ = Σx / n = ").append(Format.f8(s.sumX)).append(" / ").append(n)
                .append(" = ").append(Format.f8(s.meanX)).append('\n');
        out.append("  ȳ = Σy / n = ").append(Format.f8(s.sumY)).append(" / ").append(n)
                .append(" = ").append(Format.f8(s.meanY)).append('\n');
        out.append("  a* = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = ").append(Format.f8(s.sxy)).append(" / ")
                .append(Format.f8(s.sxx)).append(" = ").append(Format.f8(best.a())).append('\n');
        out.append("  b* = ȳ − a*·x̄ = ").append(Format.f8(s.meanY)).append(" − ").append(Format.f8(best.a()))
                .append(" × ").append(Format.f8(s.meanX)).append(" = ").append(Format.f8(best.b())).append('\n');
        out.append("  best line: ").append(best).append(", loss L(a*, b*) = ")
                .append(Format.f8(Mse.loss(best, data))).append('\n');
        return out.toString();
    }

    /**
     * Gradient descent's line at some steps of a run next to the exact fit: how far a and b
     * still are from a*, b*, and how much loss is left above the minimum.
     */
    public static String compare(Training training, int... checkpoints) {
        Require.notNull("training", training);
        Require.notNull("checkpoints", checkpoints);
        Dataset data = training.data();
        Line best = fit(data);
        double bestLoss = Mse.loss(best, data);
        StringBuilder out = new StringBuilder(report(data));
        out.append("gradient descent from ").append(training.start()).append(", learning rate α = ")
                .append(Format.num(training.learningRate())).append('\n');
        Table table = new Table("step", "a", "b", "|a − a*|", "|b − b*|", "loss − L*");
        for (int step : checkpoints) {
            if (step < 0 || step > training.last().step()) {
                throw new IllegalArgumentException("checkpoints must lie between 0 and " + training.last().step()
                        + ", got " + step);
            }
            TrainingStep row = training.at(step);
            table.row(String.valueOf(step), Format.f8(row.a()), Format.f8(row.b()),
                    Format.f8(Math.abs(row.a() - best.a())), Format.f8(Math.abs(row.b() - best.b())),
                    Format.f8(row.loss() - bestLoss));
        }
        out.append(table);
        Line end = training.line();
        boolean same = Format.f8(end.a()).equals(Format.f8(best.a())) && Format.f8(end.b()).equals(Format.f8(best.b()));
        out.append(training.diverged() ? "gradient descent " + training.divergence().get().describe()
                : same ? "after " + training.last().step() + " steps gradient descent gives the exact fit to 8 decimals."
                : "after " + training.last().step() + " steps gradient descent has not reached the exact fit to 8 decimals yet.");
        out.append('\n');
        return out.toString();
    }

    private static Sums sums(Dataset data) {
        Require.notNull("data", data);
        int n = data.size();
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < n; i++) {
            sumX += data.x(i);
            sumY += data.y(i);
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        // Centred sums: subtracting the means first keeps the rounding small when x is large.
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (data.x(i) - meanX) * (data.y(i) - meanY);
            sxx += (data.x(i) - meanX) * (data.x(i) - meanX);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("data.xs must hold at least two different values for a line"
                    + " to be fitted, got only x = " + Format.num(data.x(0)));
        }
        return new Sums(sumX, sumY, meanX, meanY, sxy, sxx);
    }

    private record Sums(double sumX, double sumY, double meanX, double meanY, double sxy, double sxx) {
        Line line() {
            double a = sxy / sxx;
            return new Line(a, meanY - a * meanX);
        }
    }
}
