package backprop.mlp;

import backprop.Format;
import backprop.Require;

/**
 * The eight weights of the 2-2-2 network (the red numbers on the slides). There are no biases.
 *
 * <pre>
 *   z1 = w1·x1 + w2·x2     z3 = w5·h1 + w6·h2
 *   z2 = w3·x1 + w4·x2     z4 = w7·h1 + w8·h2
 * </pre>
 */
public record Weights(double w1, double w2, double w3, double w4,
                      double w5, double w6, double w7, double w8) {

    public Weights {
        double[] all = {w1, w2, w3, w4, w5, w6, w7, w8};
        for (int i = 0; i < all.length; i++) {
            Require.finite("w" + (i + 1), all[i]);
        }
    }

    /** The slides' initial weights. */
    public static Weights slides() {
        return new Weights(0.3, 0.25, 0.4, 0.35, 0.45, 0.4, 0.7, 0.6);
    }

    /** Every weight the same: the slides warn that MLP weights must not be symmetric. */
    public static Weights allEqual(double w) {
        return new Weights(w, w, w, w, w, w, w, w);
    }

    public static Weights of(double[] w) {
        Require.length("w", w, 8);
        return new Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
    }

    /** wi for i = 1..8, as the slides number them. */
    public double get(int i) {
        if (i < 1 || i > 8) {
            throw new IllegalArgumentException("i must be between 1 and 8, got " + i);
        }
        return toArray()[i - 1];
    }

    public double[] toArray() {
        return new double[] {w1, w2, w3, w4, w5, w6, w7, w8};
    }

    /** Gradient descent on every weight at once: wi+ = wi − learningRate · ∂E/∂wi. */
    public Weights minus(double learningRate, double[] gradient) {
        Require.positiveFinite("learningRate", learningRate);
        Require.length("gradient", gradient, 8);
        double[] w = toArray();
        for (int i = 0; i < 8; i++) {
            w[i] -= learningRate * gradient[i];
        }
        return of(w);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Weights[");
        double[] w = toArray();
        for (int i = 0; i < 8; i++) {
            s.append(i == 0 ? "" : ", ").append("w").append(i + 1).append('=').append(Format.num(w[i]));
        }
        return s.append(']').toString();
    }
}
