package backprop.regression;

import backprop.Format;
import backprop.Require;

import java.math.BigInteger;
import java.util.OptionalInt;

/**
 * The slides' first idea, "모든 a, b의 조합을 고려": try every (a, b) on a grid and keep the one
 * with the smallest loss. It works, and it shows why nobody does it: with step h over a range
 * of width w there are (w/h + 1) values per parameter, and every combination of them costs
 * one loss evaluation, so d parameters cost (w/h + 1)^d evaluations.
 */
public final class GridSearch {
    private GridSearch() {}

    /** {@link #search} refuses grids larger than this, so that a JShell session stays responsive. */
    public static final long MAX_EVALUATIONS = 20_000_000L;

    /** How many values each parameter takes on a grid from low to high in steps of resolution. */
    public static long pointsPerAxis(double low, double high, double resolution) {
        checkRange(low, high, resolution);
        // The small allowance keeps 20 / 0.1 = 199.99999999999997 from losing the last point.
        return (long) Math.floor((high - low) / resolution + 1e-9) + 1;
    }

    /** How many loss evaluations a search over a and b in [low, high] would need: points². */
    public static long evaluationsNeeded(double low, double high, double resolution) {
        long points = pointsPerAxis(low, high, resolution);
        return Math.multiplyExact(points, points);
    }

    /** Every a and b in low, low + h, …, high: the grid point with the smallest MSE. */
    public static GridResult search(Dataset data, double low, double high, double resolution) {
        Require.notNull("data", data);
        long points = pointsPerAxis(low, high, resolution);
        long needed = evaluationsNeeded(low, high, resolution);
        if (needed > MAX_EVALUATIONS) {
            throw new IllegalArgumentException("resolution " + resolution + " over [" + low + ", " + high + "] needs "
                    + needed + " loss evaluations, more than the " + MAX_EVALUATIONS + " search runs;"
                    + " GridSearch.evaluationsNeeded counts them without running");
        }
        Line best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        long evaluations = 0;
        for (long i = 0; i < points; i++) {
            // low + i·h rather than adding h repeatedly, which would pile up rounding errors.
            double a = low + i * resolution;
            for (long j = 0; j < points; j++) {
                double b = low + j * resolution;
                Line line = new Line(a, b);
                double loss = Mse.loss(line, data);
                evaluations++;
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = line;
                }
            }
        }
        return new GridResult(best, bestLoss, evaluations, resolution);
    }

    /**
     * Grid search at each resolution next to gradient descent reaching the same accuracy:
     * the grid's answer is within h/2 of the best line in a and b (when the best line lies in
     * the range), so gradient descent is counted until |a − a*| ≤ h/2 and |b − b*| ≤ h/2.
     */
    public static String costReport(Dataset data, double low, double high, double learningRate, double... resolutions) {
        Require.notNull("data", data);
        Require.positiveFinite("learningRate", learningRate);
        Require.notNull("resolutions", resolutions);
        Require.nonEmpty("resolutions", resolutions);
        Line exact = LeastSquares.fit(data);
        int maxSteps = 100_000;
        Training training = GradientDescent.train(data, Line.of(0, 0), learningRate, maxSteps);
        StringBuilder out = new StringBuilder();
        out.append("grid search on \"").append(data.name()).append("\": every a and b in [").append(Format.num(low))
                .append(", ").append(Format.num(high)).append("] in steps of h\n");
        Table grid = new Table("h", "values per parameter", "loss evaluations", "best a", "best b", "loss");
        for (double h : resolutions) {
            GridResult result = search(data, low, high, h);
            grid.row(Format.num(h), String.valueOf(pointsPerAxis(low, high, h)), String.valueOf(result.evaluations()),
                    Format.f8(result.best().a()), Format.f8(result.best().b()), Format.f8(result.loss()));
        }
        out.append(grid);
        out.append("gradient descent from ").append(Line.of(0, 0)).append(", learning rate α = ")
                .append(Format.num(learningRate)).append(", counted until a and b are within h/2 of the exact fit ")
                .append(exact).append(":\n");
        Table descent = new Table("h", "grid evaluations", "gradient steps", "a at that step", "b at that step");
        for (double h : resolutions) {
            OptionalInt steps = training.firstStepWithin(exact, h / 2);
            String evaluations = String.valueOf(evaluationsNeeded(low, high, h));
            if (steps.isPresent()) {
                TrainingStep row = training.at(steps.getAsInt());
                descent.row(Format.num(h), evaluations, String.valueOf(row.step()), Format.f8(row.a()), Format.f8(row.b()));
            } else {
                descent.row(Format.num(h), evaluations, "not within " + maxSteps, "-", "-");
            }
        }
        out.append(descent);
        out.append("one loss evaluation and one gradient each take one pass over the ").append(data.size())
                .append(" points.\n");
        long points = pointsPerAxis(low, high, resolutions[resolutions.length - 1]);
        out.append("the grid grows as (values per parameter)^(number of parameters); at h = ")
                .append(Format.num(resolutions[resolutions.length - 1])).append(":\n");
        Table growth = new Table("parameters", "grid points").leftAlign(0);
        for (int d : new int[] {1, 2, 3, 8}) {
            growth.row(d == 8 ? "8 (w1–w8 of chapter 5)" : String.valueOf(d),
                    BigInteger.valueOf(points).pow(d).toString());
        }
        out.append(growth);
        out.append("gradient descent needs one gradient per step however many parameters there are;"
                + " backpropagation computes all of them in one backward pass.\n");
        return out.toString();
    }

    private static void checkRange(double low, double high, double resolution) {
        Require.finite("low", low);
        Require.finite("high", high);
        Require.positiveFinite("resolution", resolution);
        if (high <= low) {
            throw new IllegalArgumentException("high must be larger than low = " + low + ", got " + high);
        }
    }
}
