package backprop.activation;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

import backprop.Require;

/**
 * Derivatives by finite differences: no calculus, only two evaluations of the function.
 *
 * <p>The central difference (f(x + h) − f(x − h)) / 2h is off by about h²·f'''(x)/6, far less
 * than the one-sided (f(x + h) − f(x)) / h, which is off by about h·f''(x)/2. Too small an h
 * trades that error for rounding error (about 1e-16 / h), so h = 1e-5 is a good default.
 */
public final class NumericalDerivative {
    private NumericalDerivative() {}

    public static final double DEFAULT_H = 1e-5;

    /** (f(x + h) − f(x − h)) / 2h with h = 1e-5. */
    public static double central(DoubleUnaryOperator f, double x) {
        return central(f, x, DEFAULT_H);
    }

    public static double central(DoubleUnaryOperator f, double x, double h) {
        Require.notNull("f", f);
        Require.finite("x", x);
        Require.positiveFinite("h", h);
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /** The central difference of an activation's {@link Activation#apply}. */
    public static double central(Activation f, double x) {
        return central(f, x, DEFAULT_H);
    }

    public static double central(Activation f, double x, double h) {
        Require.notNull("f", f);
        return central((DoubleUnaryOperator) f::apply, x, h);
    }

    /** (f(x + h) − f(x)) / h: the slope just right of x. */
    public static double rightHand(DoubleUnaryOperator f, double x, double h) {
        Require.notNull("f", f);
        Require.finite("x", x);
        Require.positiveFinite("h", h);
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
    }

    /** (f(x) − f(x − h)) / h: the slope just left of x, what derivative() returns at a kink. */
    public static double leftHand(DoubleUnaryOperator f, double x, double h) {
        Require.notNull("f", f);
        Require.finite("x", x);
        Require.positiveFinite("h", h);
        return (f.applyAsDouble(x) - f.applyAsDouble(x - h)) / h;
    }

    /** The gradient of a function of a vector: one central difference per coordinate. */
    public static double[] centralGradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        Require.notNull("f", f);
        Require.allFinite("x", x);
        Require.positiveFinite("h", h);
        double[] gradient = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[i] += h;
            minus[i] -= h;
            gradient[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
        }
        return gradient;
    }
}
