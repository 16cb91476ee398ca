package backprop.activation;

import java.util.function.DoubleUnaryOperator;

import backprop.Format;
import backprop.Require;
import backprop.Table;

/**
 * Chapter 3's printed outputs and settings: every text the walkthrough, the answer key and the
 * exercises print, built from what the activations, {@link ActivationTable},
 * {@link DerivativeCheck}, {@link NumericalDerivative} and {@link Maxout} compute. Those build no
 * text beyond a short {@code toString}.
 */
public final class ActivationReports {
    private ActivationReports() {}

    /** The two-input Maxout the chapter traces. */
    public static final Maxout EXAMPLE_MAXOUT = Maxout.of(new double[] {1, -1}, 0.5, new double[] {-0.5, 2}, -1);

    /** Where the example is traced: three points where one piece wins, and (1, 1), a tie. */
    private static final double[][] EXAMPLE_POINTS = {{1, 0}, {0, 1}, {1, 1}, {2, 3}};

    // ---- the chapter's outputs -----------------------------------------------------------------

    /** Every function of {@link Activations#all()}, one table each, over −3 … 3 in steps of 0.5. */
    public static String all() {
        StringBuilder out = new StringBuilder();
        for (Activation f : Activations.all()) {
            out.append(out.length() == 0 ? "" : "\n").append(table(f));
        }
        return out.toString();
    }

    /** The slides' Leaky ReLU max(0.1x, x) next to ReLU, to show what the slope 0.1 changes. */
    public static String leakyReluExample() {
        return leakyRelu(Activations.SLIDES_LEAKY_SLOPE);
    }

    /**
     * Max error per function of the derivative against the central difference over
     * {@link DerivativeCheck#checkPoints()}, then the one-sided slopes at the kink x = 0.
     */
    public static String derivativeCheck() {
        double h = DerivativeCheck.REPORT_H;
        double[] xs = DerivativeCheck.checkPoints();
        StringBuilder out = new StringBuilder();
        out.append("derivative(x) against the central difference (f(x + h) − f(x − h)) / 2h, h = ")
                .append(Format.num(h)).append('\n');
        out.append(xs.length).append(" points x = -3, -2.875, …, 2.875, 3 (step 0.125), leaving out the kink x = 0\n");
        out.append("the central difference itself is off by about h²·f'''(x)/6, so errors near 1e-7 are expected\n\n");
        Table errors = Table.of("function", "max |error|", "at x", "check").left(0, 3);
        for (Activation f : Activations.all()) {
            DerivativeCheck.Result r = DerivativeCheck.check(f, h, xs);
            errors.row(f.name(), Format.sci(r.maxAbsError()), Format.num(r.worstX()),
                    r.passed() ? "ok (≤ 1e-6)" : "FAILED (> 1e-6)");
        }
        out.append(errors);
        out.append("\nat x = 0, derivative() returns the left-hand slope; the one-sided differences, h = ")
                .append(Format.num(h)).append(":\n");
        Table kink = Table.of("function", "left-hand", "right-hand", "derivative(0)", "kink").left(0, 4);
        for (Activation f : Activations.all()) {
            double left = NumericalDerivative.leftHand(f::apply, 0, h);
            double right = NumericalDerivative.rightHand(f::apply, 0, h);
            kink.row(f.name(), Format.num(left), Format.num(right), Format.num(f.derivative(0)),
                    f.hasKinkAtZero() ? "yes" : "no");
        }
        out.append(kink);
        out.append("(step jumps from 0 to 1 at x = 0, so its right-hand difference is 1/h: there is no slope there at all;\n")
                .append(" for the functions without a kink both one-sided differences approach derivative(0) as h shrinks)\n");
        return out.toString();
    }

    /** The example Maxout traced at a few points (one a tie), then Maxout as ReLU and as Leaky ReLU. */
    public static String maxoutExample() {
        Maxout maxout = EXAMPLE_MAXOUT;
        StringBuilder out = new StringBuilder("Maxout f(x) = max(w1ᵀx + b1, w2ᵀx + b2)\n");
        out.append(maxout).append("\n");
        out.append("gradient with respect to x: the winning piece's weights; on a tie piece 1 wins\n\n");
        for (double[] x : EXAMPLE_POINTS) {
            out.append(trace(maxout, x));
        }
        out.append("\nwith one input, Maxout contains ReLU and Leaky ReLU:\n");
        out.append("  ReLU max(0, x)          = Maxout ").append(Maxout.relu()).append('\n');
        out.append("  Leaky ReLU max(0.1x, x) = Maxout ").append(Maxout.leakyRelu(0.1)).append("\n\n");
        Maxout relu = Maxout.relu();
        Maxout leaky = Maxout.leakyRelu(0.1);
        Activation leakyActivation = Activation.leakyRelu(0.1);
        Table table = Table.of("x", "ReLU(x)", "as maxout", "leaky(x)", "as maxout", "leaky'(x)", "as maxout")
                .indent("  ");
        for (int i = -3; i <= 3; i++) {
            double x = i;
            table.row(Format.num(x), Format.num(Activation.RELU.apply(x)), Format.num(relu.apply(x)),
                    Format.num(leakyActivation.apply(x)), Format.num(leaky.apply(x)),
                    Format.num(leakyActivation.derivative(x)), Format.num(leaky.gradient(x)[0]));
        }
        out.append(table);
        out.append("(maxout's gradient is the winning piece's weight; at x = 0 the pieces tie and piece 1 gives the left-hand slope)\n");
        return out.toString();
    }

    // ---- any function, table or Maxout ---------------------------------------------------------

    /** f over −3 … 3 in steps of 0.5, as {@link #table(ActivationTable)} prints it. */
    public static String table(Activation f) {
        return table(ActivationTable.of(f));
    }

    /** The formula, then one row per x: x, f(x) and f'(x). */
    public static String table(ActivationTable table) {
        Require.notNull("table", table);
        Activation f = table.function();
        StringBuilder out = new StringBuilder(f.formula()).append('\n');
        Table rows = Table.of("x", "f(x)", "f'(x)").indent("  ");
        for (ActivationTable.Row row : table.rows()) {
            rows.row(Format.num(row.x()), Format.num(row.value()), Format.num(row.derivative()));
        }
        out.append(rows);
        if (f.hasKinkAtZero() && table.from() <= 0 && 0 <= table.to()) {
            out.append("(f'(0): f has a kink at 0 and no derivative there; this is the left-hand slope)\n");
        }
        return out.toString();
    }

    /** Leaky ReLU with any slope in (0, 1), next to ReLU, over −3 … 3 in steps of 1. */
    public static String leakyRelu(double slope) {
        Activation leaky = Activation.leakyRelu(slope);
        String s = Format.num(slope);
        StringBuilder out = new StringBuilder();
        out.append(leaky.formula()).append('\n');
        out.append("below 0 ReLU outputs 0 with slope 0; Leaky ReLU lets ").append(s)
                .append("·x through, with slope ").append(s).append(", so the neuron still learns there\n\n");
        Table table = Table.of("x", "ReLU(x)", "ReLU'(x)", "leaky(x)", "leaky'(x)").indent("  ");
        for (ActivationTable.Row row : ActivationTable.of(leaky, -3, 3, 1).rows()) {
            double x = row.x();
            table.row(Format.num(x), Format.num(Activation.RELU.apply(x)), Format.num(Activation.RELU.derivative(x)),
                    Format.num(row.value()), Format.num(row.derivative()));
        }
        out.append(table);
        out.append("(at the kink x = 0 both derivatives are the left-hand slope: 0 for ReLU, " + s + " for Leaky ReLU)\n");
        return out.toString();
    }

    /** Both pieces at x with their numbers, the maximum, the winner and the gradient. */
    public static String trace(Maxout maxout, double... x) {
        Require.notNull("maxout", maxout);
        double p1 = maxout.piece1(x);
        double p2 = maxout.piece2(x);
        int winner = maxout.winner(x);
        return "x = " + vector(x) + "\n"
                + "  piece 1 = w1ᵀx + b1 = " + expression(maxout.w1(), maxout.b1(), x) + " = " + Format.num(p1) + "\n"
                + "  piece 2 = w2ᵀx + b2 = " + expression(maxout.w2(), maxout.b2(), x) + " = " + Format.num(p2) + "\n"
                + "  f(x) = max(" + Format.num(p1) + ", " + Format.num(p2) + ") = " + Format.num(maxout.apply(x))
                + ", piece " + winner + " wins" + (p1 == p2 ? " (a tie: piece 1 by convention)" : "") + "\n"
                + "  ∂f/∂x = w" + winner + " = " + vector(maxout.gradient(x)) + "\n";
    }

    // ---- the exercises -------------------------------------------------------------------------

    /**
     * Exercise 3.1: a student's derivative of {@code f} next to the central difference of
     * {@code f.apply}, with h = {@link NumericalDerivative#DEFAULT_H}, at x = −2 … 2.
     */
    public static String exerciseDerivative(Activation f, DoubleUnaryOperator derivative) {
        Require.notNull("f", f);
        Require.notNull("derivative", derivative);
        StringBuilder out = new StringBuilder(f.formula()).append('\n');
        Table table = Table.of("x", "your f'(x)", "central diff", "check").left(3).indent("  ");
        int wrong = 0;
        for (double x : ActivationExercises.DERIVATIVE_POINTS) {
            double yours = derivative.applyAsDouble(x);
            double numeric = NumericalDerivative.central(f, x);
            boolean ok = Math.abs(yours - numeric) <= ActivationExercises.TOLERANCE;
            wrong += ok ? 0 : 1;
            table.row(Format.num(x), Format.num(yours), Format.num(numeric), ok ? "ok" : "differs");
        }
        out.append(table);
        out.append(wrong == 0
                ? "your derivative agrees with the central difference at every point (within 1e-6)\n"
                : "your derivative differs from the central difference at " + wrong + " of "
                        + ActivationExercises.DERIVATIVE_POINTS.length + " points\n");
        return out.toString();
    }

    /**
     * Exercise 3.2: a student's Leaky ReLU max(0.1x, x) and its derivative, checked against
     * {@code Activation.leakyRelu(0.1)}, and the gradient each passes back from an upstream
     * gradient of 1, next to ReLU's.
     */
    public static String exerciseLeakyRelu(DoubleUnaryOperator leaky, DoubleUnaryOperator leakyDerivative) {
        Require.notNull("leaky", leaky);
        Require.notNull("leakyDerivative", leakyDerivative);
        Activation reference = Activation.leakyRelu(Activations.SLIDES_LEAKY_SLOPE);
        StringBuilder out = new StringBuilder("your Leaky ReLU max(0.1x, x) and its derivative, ")
                .append("checked against Activation.leakyRelu(0.1)\n");
        Table table = Table.of("x", "f(x)", "f'(x)", "ReLU'(x)", "check").left(4).indent("  ");
        int wrong = 0;
        for (double x : ActivationExercises.LEAKY_POINTS) {
            double value = leaky.applyAsDouble(x);
            double slope = leakyDerivative.applyAsDouble(x);
            boolean ok = Math.abs(value - reference.apply(x)) <= ActivationExercises.TOLERANCE
                    && Math.abs(slope - reference.derivative(x)) <= ActivationExercises.TOLERANCE;
            wrong += ok ? 0 : 1;
            table.row(Format.num(x), Format.num(value), Format.num(slope), Format.num(Activation.RELU.derivative(x)),
                    ok ? "ok" : "wrong");
        }
        out.append(table);
        out.append(wrong == 0
                ? "every row agrees with Activation.leakyRelu(0.1), the kink x = 0 included (left-hand slope 0.1)\n"
                : wrong + " of " + ActivationExercises.LEAKY_POINTS.length + " rows differ from Activation.leakyRelu(0.1)\n");
        double x = -2;
        out.append("\nbackward through the activation at x = ").append(Format.num(x))
                .append(", upstream gradient 1: downstream = upstream × f'(x)\n");
        out.append("  ReLU:       1 × ").append(Format.num(Activation.RELU.derivative(x))).append(" = ")
                .append(Format.num(Activation.RELU.derivative(x))).append("  (nothing flows back: the neuron cannot learn here)\n");
        double yours = leakyDerivative.applyAsDouble(x);
        out.append("  Leaky ReLU: 1 × ").append(Format.num(yours)).append(" = ").append(Format.num(yours)).append('\n');
        return out.toString();
    }

    // ---- pieces --------------------------------------------------------------------------------

    /** The pieces written out with the given x, e.g. {@code 1 × 2 + -1 × 1 + 0.5}. */
    private static String expression(double[] w, double b, double[] x) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            out.append(Format.num(w[i])).append(" × ").append(Format.num(x[i])).append(" + ");
        }
        return out.append(Format.num(b)).toString();
    }

    /** "(1, -1)" */
    private static String vector(double[] v) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Format.num(v[i]));
        }
        return out.append(')').toString();
    }
}
