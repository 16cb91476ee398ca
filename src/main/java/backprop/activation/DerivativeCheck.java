package backprop.activation;

import java.util.ArrayList;
import java.util.List;

import backprop.Format;
import backprop.Require;

/**
 * Checks each activation's hand-written {@link Activation#derivative} against the central
 * difference of its {@link Activation#apply}: if the calculus is wrong, the two disagree.
 *
 * <p>Points at a kink are left out: there the function has no derivative, and the central
 * difference averages the two one-sided slopes (for ReLU at 0 it gives 0.5), which is no
 * test of anything. At the kink the convention is checked instead: derivative() is the
 * left-hand slope.
 */
public final class DerivativeCheck {
    private DerivativeCheck() {}

    /**
     * The step of the printed check, larger than {@link NumericalDerivative#DEFAULT_H} on purpose:
     * the report shows the central difference's own error, about h²·f'''(x)/6, which is near 1e-7
     * at h = 1e-3. At DEFAULT_H that error falls to about 1e-11, as small as the rounding error
     * (about 1e-16 / h), and the printed column would show rounding noise instead of the method.
     */
    public static final double REPORT_H = 1e-3;

    /** Agreement required of every function. */
    public static final double TOLERANCE = 1e-6;

    /** The outcome for one function. */
    public record Result(Activation function, int points, double maxAbsError, double worstX) {
        public boolean passed() {
            return maxAbsError <= TOLERANCE;
        }

        @Override
        public String toString() {
            return "Result[" + function.name() + ", " + points + " points, max |error| " + Format.sci(maxAbsError)
                    + " at x = " + Format.num(worstX) + (passed() ? ", passed]" : ", FAILED]");
        }
    }

    /** The largest |derivative(x) − central difference at x| over the given points. */
    public static Result check(Activation f, double h, double... xs) {
        Require.notNull("f", f);
        Require.positiveFinite("h", h);
        Require.allFinite("xs", xs);
        Require.nonEmpty("xs", xs);
        double maxError = -1;
        double worstX = xs[0];
        for (double x : xs) {
            double error = Math.abs(f.derivative(x) - NumericalDerivative.central(f, x, h));
            if (error > maxError) {
                maxError = error;
                worstX = x;
            }
        }
        return new Result(f, xs.length, maxError, worstX);
    }

    /** x = −3, −2.875, …, 3 without 0: binary fractions, so x ± h is the same on every machine. */
    public static double[] checkPoints() {
        List<Double> xs = new ArrayList<>();
        for (int i = -24; i <= 24; i++) {
            if (i != 0) {
                xs.add(i / 8.0);
            }
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
