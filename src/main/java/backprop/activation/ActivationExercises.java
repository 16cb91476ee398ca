package backprop.activation;

import java.util.function.DoubleUnaryOperator;

/**
 * Printing helpers for the chapter's exercises. They fix the output's format (the text comes
 * from {@link ActivationReports}), so that grading compares the functions a student wrote, not
 * the way they were printed: a student's σ(x)·(1 − σ(x)) and the package's own derivative differ
 * at most in the last bits, far below the 8 decimals printed.
 */
public final class ActivationExercises {
    private ActivationExercises() {}

    /** Exercise 3.1: the points where a derivative is checked. */
    static final double[] DERIVATIVE_POINTS = {-2, -1, -0.5, 0, 0.5, 1, 2};

    /** Exercise 3.2: the points of the Leaky ReLU table; 0 is the kink. */
    static final double[] LEAKY_POINTS = {-3, -1, -0.5, 0, 0.5, 1, 3};

    /** Exercise 3.2: how close the student's values must come to {@code Activation.leakyRelu(0.1)}. */
    static final double TOLERANCE = 1e-6;

    /**
     * Exercise 3.1: how close the student's derivative must come to the exact one. A closed form
     * written from the output is off by about 1e-16; a central difference with h = 1e-5 by about
     * 1e-11, so it fails here even where its 8 printed decimals agree.
     */
    static final double EXACT_TOLERANCE = 1e-12;

    /**
     * Exercise 3.1: a student's derivative of {@code f}, written from the output o = f(x) alone (the
     * slides' "o × (1 − o)"), at x = −2 … 2, next to the central difference of {@code f.apply} with
     * h = {@link NumericalDerivative#DEFAULT_H}.
     */
    public static void printDerivativeCheck(Activation f, DoubleUnaryOperator derivativeFromOutput) {
        System.out.print(ActivationReports.exerciseDerivative(f, derivativeFromOutput));
    }

    /**
     * Exercise 3.2: a student's Leaky ReLU max(0.1x, x) and its derivative, checked against
     * {@code Activation.leakyRelu(0.1)}, and the gradient each passes back from an upstream
     * gradient of 1, next to ReLU's.
     */
    public static void printLeakyRelu(DoubleUnaryOperator leaky, DoubleUnaryOperator leakyDerivative) {
        System.out.print(ActivationReports.exerciseLeakyRelu(leaky, leakyDerivative));
    }
}
