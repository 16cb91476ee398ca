package backprop.regression;

import backprop.Require;


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

    private static void checkRange(double low, double high, double resolution) {
        Require.finite("low", low);
        Require.finite("high", high);
        Require.positiveFinite("resolution", resolution);
        if (high <= low) {
            throw new IllegalArgumentException("high must be larger than low = " + low + ", got " + high);
        }
    }
}
