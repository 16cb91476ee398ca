package backprop.activation;

import java.util.function.DoubleUnaryOperator;

import backprop.Format;
import backprop.Require;

/**
 * Printing helpers for the chapter's exercises. They fix the output's format, so that grading
 * compares the functions a student wrote, not the way they were printed.
 *
 * <p>Every column is printed with 8 decimals: a student's σ(x)·(1 − σ(x)) and the package's own
 * derivative differ at most in the last bits, far below what 8 decimals show.
 */
public final class ActivationExercises {
    private ActivationExercises() {}

    /** Exercise 3.1: the points where a derivative is checked. */
    static final double[] DERIVATIVE_POINTS = {-2, -1, -0.5, 0, 0.5, 1, 2};

    /** Exercise 3.2: the points of the Leaky ReLU table; 0 is the kink. */
    static final double[] LEAKY_POINTS = {-3, -1, -0.5, 0, 0.5, 1, 3};

    /** How close the student's derivative must come to the central difference to count as right. */
    static final double TOLERANCE = 1e-6;

    /**
     * Exercise 3.1: a student's derivative of {@code f} next to the central difference of
     * {@code f.apply}, with h = {@link NumericalDerivative#DEFAULT_H}, at x = −2 … 2.
     */
    public static void printDerivativeCheck(Activation f, DoubleUnaryOperator derivative) {
        System.out.print(derivativeCheck(f, derivative));
    }

    /** The text {@link #printDerivativeCheck} prints. */
    public static String derivativeCheck(Activation f, DoubleUnaryOperator derivative) {
        Require.notNull("f", f);
        Require.notNull("derivative", derivative);
        StringBuilder out = new StringBuilder(Activations.describe(f)).append('\n');
        out.append(ActivationTable.pad("x", 7)).append(ActivationTable.pad("your f'(x)", 14))
                .append(ActivationTable.pad("central diff", 14)).append("  check\n");
        int wrong = 0;
        for (double x : DERIVATIVE_POINTS) {
            double yours = derivative.applyAsDouble(x);
            double numeric = NumericalDerivative.central(f, x);
            boolean ok = Math.abs(yours - numeric) <= TOLERANCE;
            wrong += ok ? 0 : 1;
            out.append(ActivationTable.pad(Format.fixed(x, 2), 7))
                    .append(ActivationTable.pad(Format.f8(yours), 14))
                    .append(ActivationTable.pad(Format.f8(numeric), 14))
                    .append("  ").append(ok ? "ok" : "differs").append('\n');
        }
        out.append(wrong == 0
                ? "your derivative agrees with the central difference at every point (within 1e-6)\n"
                : "your derivative differs from the central difference at " + wrong + " of "
                        + DERIVATIVE_POINTS.length + " points\n");
        return out.toString();
    }

    /**
     * Exercise 3.2: a student's Leaky ReLU max(0.1x, x) and its derivative, checked against
     * {@code Activation.leakyRelu(0.1)}, and the gradient each passes back from an upstream
     * gradient of 1, next to ReLU's.
     */
    public static void printLeakyRelu(DoubleUnaryOperator leaky, DoubleUnaryOperator leakyDerivative) {
        System.out.print(leakyRelu(leaky, leakyDerivative));
    }

    /** The text {@link #printLeakyRelu} prints. */
    public static String leakyRelu(DoubleUnaryOperator leaky, DoubleUnaryOperator leakyDerivative) {
        Require.notNull("leaky", leaky);
        Require.notNull("leakyDerivative", leakyDerivative);
        Activation reference = Activation.leakyRelu(Activations.SLIDES_LEAKY_SLOPE);
        StringBuilder out = new StringBuilder("your Leaky ReLU max(0.1x, x) and its derivative, ")
                .append("checked against Activation.leakyRelu(0.1)\n");
        out.append(ActivationTable.pad("x", 7)).append(ActivationTable.pad("f(x)", 13))
                .append(ActivationTable.pad("f'(x)", 13)).append(ActivationTable.pad("ReLU'(x)", 13))
                .append("  check\n");
        int wrong = 0;
        for (double x : LEAKY_POINTS) {
            double value = leaky.applyAsDouble(x);
            double slope = leakyDerivative.applyAsDouble(x);
            boolean ok = Math.abs(value - reference.apply(x)) <= TOLERANCE
                    && Math.abs(slope - reference.derivative(x)) <= TOLERANCE;
            wrong += ok ? 0 : 1;
            out.append(ActivationTable.pad(Format.fixed(x, 2), 7))
                    .append(ActivationTable.pad(Format.f8(value), 13))
                    .append(ActivationTable.pad(Format.f8(slope), 13))
                    .append(ActivationTable.pad(Format.f8(Activation.RELU.derivative(x)), 13))
                    .append("  ").append(ok ? "ok" : "wrong").append('\n');
        }
        out.append(wrong == 0
                ? "every row agrees with Activation.leakyRelu(0.1), the kink x = 0 included (right-hand slope 1)\n"
                : wrong + " of " + LEAKY_POINTS.length + " rows differ from Activation.leakyRelu(0.1)\n");
        double x = -2;
        out.append("\nbackward through the activation at x = ").append(Format.num(x))
                .append(", upstream gradient 1: downstream = upstream × f'(x)\n");
        out.append("  ReLU:       1 × ").append(Format.f8(Activation.RELU.derivative(x))).append(" = ")
                .append(Format.f8(Activation.RELU.derivative(x))).append("  (nothing flows back: the neuron cannot learn here)\n");
        double yours = leakyDerivative.applyAsDouble(x);
        out.append("  Leaky ReLU: 1 × ").append(Format.f8(yours)).append(" = ").append(Format.f8(yours)).append('\n');
        return out.toString();
    }
}
