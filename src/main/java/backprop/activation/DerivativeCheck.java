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
 * right-hand slope.
 */
public final class DerivativeCheck {
    private DerivativeCheck() {}

    /**
     * h for the report. Larger than {@link NumericalDerivative#DEFAULT_H} on purpose: the
     * printed error is then the method's own h²·f'''/6, the same on every machine, not rounding
     * noise from the last bit of the exponential, which would differ between JVMs if Math.exp were used.
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
    public static double[] reportPoints() {
        List<Double> xs = new ArrayList<>();
        for (int i = -24; i <= 24; i++) {
            if (i != 0) {
                xs.add(i / 8.0);
            }
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
