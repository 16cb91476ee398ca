package backprop.activation;

import java.util.Arrays;
import java.util.Objects;

import backprop.Format;
import backprop.Require;

/**
 * Maxout: the larger of two affine pieces, max(w1ᵀx + b1, w2ᵀx + b2).
 *
 * <p>Unlike the other activations it takes a whole vector x and has its own weights, so it is
 * not an {@link Activation}. It is piecewise linear, so its gradient with respect to x is the
 * weight vector of whichever piece wins. On a tie (both pieces equal) piece 1 wins. Written in
 * the slides' order, max(0, x) and max(0.1x, x), the pieces of ReLU and Leaky ReLU tie at 0 and
 * piece 1 gives the left-hand slope, the same as {@link ReLU} and {@link LeakyReLU} return.
 */
public record Maxout(double[] w1, double b1, double[] w2, double b2) {

    public Maxout {
        Require.allFinite("w1", w1);
        Require.nonEmpty("w1", w1);
        Require.length("w2", w2, w1.length);
        Require.allFinite("w2", w2);
        Require.finite("b1", b1);
        Require.finite("b2", b2);
        w1 = w1.clone();
        w2 = w2.clone();
    }

    public static Maxout of(double[] w1, double b1, double[] w2, double b2) {
        return new Maxout(w1, b1, w2, b2);
    }

    /** One input: max(slope·x, x), the slides' Leaky ReLU with that slope. */
    public static Maxout leakyRelu(double slope) {
        Require.finite("slope", slope);
        return new Maxout(new double[] {slope}, 0, new double[] {1}, 0);
    }

    /** One input: max(0, x), the slides' ReLU. */
    public static Maxout relu() {
        return new Maxout(new double[] {0}, 0, new double[] {1}, 0);
    }

    @Override
    public double[] w1() {
        return w1.clone();
    }

    @Override
    public double[] w2() {
        return w2.clone();
    }

    public int inputs() {
        return w1.length;
    }

    /** w1ᵀx + b1. */
    public double piece1(double... x) {
        return affine(w1, b1, x);
    }

    /** w2ᵀx + b2. */
    public double piece2(double... x) {
        return affine(w2, b2, x);
    }

    /** 1 or 2: the piece that gives the maximum; 1 on a tie. */
    public int winner(double... x) {
        return piece1(x) >= piece2(x) ? 1 : 2;
    }

    /** max(w1ᵀx + b1, w2ᵀx + b2). */
    public double apply(double... x) {
        return Math.max(piece1(x), piece2(x));
    }

    /** ∂f/∂x: the winning piece's weights (w1 on a tie). */
    public double[] gradient(double... x) {
        return winner(x) == 1 ? w1.clone() : w2.clone();
    }

    private double affine(double[] w, double b, double[] x) {
        Require.length("x", x, w.length);
        Require.allFinite("x", x);
        double sum = b;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] * x[i];
        }
        return sum;
    }

    private static String vector(double[] v) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Format.num(v[i]));
        }
        return out.append(')').toString();
    }

    /** {@code w1 = (1, -1), b1 = 0.5; w2 = (-0.5, 2), b2 = -1}. */
    @Override
    public String toString() {
        return "w1 = " + vector(w1) + ", b1 = " + Format.num(b1) + "; w2 = " + vector(w2) + ", b2 = " + Format.num(b2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Maxout m && Arrays.equals(w1, m.w1) && Arrays.equals(w2, m.w2)
                && Double.compare(b1, m.b1) == 0 && Double.compare(b2, m.b2) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(w1), b1, Arrays.hashCode(w2), b2);
    }
}
