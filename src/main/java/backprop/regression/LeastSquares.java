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

    /** The sums and means the fit is made of, for showing the fit with its numbers. */
    public static Sums sums(Dataset data) {
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
        return new Sums(n, sumX, sumY, meanX, meanY, sxy, sxx);
    }

    /**
     * Σx, Σy, the means x̄ and ȳ, and the centred sums Σ(x − x̄)(y − ȳ) and Σ(x − x̄)² of one dataset.
     */
    public record Sums(int n, double sumX, double sumY, double meanX, double meanY, double sxy, double sxx) {
        /** a* = sxy / sxx, b* = ȳ − a*·x̄. */
        public Line line() {
            double a = sxy / sxx;
            return new Line(a, meanY - a * meanX);
        }
    }
}
