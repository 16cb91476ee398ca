package backprop.activation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** Max error per function over {@link #reportPoints()}, then the one-sided slopes at the kink x = 0. */
    public static String report() {
        double[] xs = reportPoints();
        StringBuilder out = new StringBuilder();
        out.append("derivative(x) against the central difference (f(x + h) − f(x − h)) / 2h, h = ")
                .append(Format.num(REPORT_H)).append('\n');
        out.append(xs.length).append(" points x = -3, -2.875, …, 2.875, 3 (step 0.125), leaving out the kink x = 0\n");
        out.append("the central difference itself is off by about h²·f'''(x)/6, so errors near 1e-7 are expected\n\n");
        out.append(String.format(Locale.ROOT, "%-12s %12s %8s  %s", "function", "max |error|", "at x", "check"))
                .append('\n');
        for (Activation f : Activations.all()) {
            Result r = check(f, REPORT_H, xs);
            out.append(String.format(Locale.ROOT, "%-12s %12s %8s  %s", f.name(), scientific(r.maxAbsError()),
                    Format.num(r.worstX()), r.passed() ? "ok (≤ 1e-6)" : "FAILED (> 1e-6)")).append('\n');
        }
        out.append("\nat x = 0, derivative() returns the right-hand slope; the one-sided differences, h = ")
                .append(Format.num(REPORT_H)).append(":\n");
        out.append(String.format(Locale.ROOT, "%-12s %14s %14s %14s  %s", "function", "left-hand", "right-hand",
                "derivative(0)", "kink")).append('\n');
        for (Activation f : Activations.all()) {
            double left = NumericalDerivative.leftHand(f::apply, 0, REPORT_H);
            double right = NumericalDerivative.rightHand(f::apply, 0, REPORT_H);
            out.append(String.format(Locale.ROOT, "%-12s %14s %14s %14s  %s", f.name(), Format.f8(left),
                    Format.f8(right), Format.f8(f.derivative(0)),
                    Activations.hasKinkAtZero(f) ? "yes" : "no")).append('\n');
        }
        out.append("(step jumps from 0 to 1 at x = 0, so its left-hand difference is 1/h: there is no slope there at all;\n")
                .append(" for the functions without a kink both one-sided differences approach derivative(0) as h shrinks)\n");
        return out.toString();
    }

    /** 2.08e-08: the error's size is what matters, in a form that does not depend on the locale. */
    static String scientific(double x) {
        return String.format(Locale.ROOT, "%.2e", x);
    }
}
