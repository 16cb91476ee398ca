package backprop.activation;

import backprop.Format;
import backprop.Require;

/** Leaky ReLU max(slope·x, x) for 0 &lt; slope &lt; 1; the slides use slope 0.1. */
public record LeakyReLU(double slope) implements Activation {

    public LeakyReLU {
        Require.finite("slope", slope);
        if (slope <= 0 || slope >= 1) {
            throw new IllegalArgumentException("slope must be between 0 and 1 (exclusive), got " + slope);
        }
    }

    @Override
    public double apply(double x) {
        return Math.max(slope * x, x);
    }

    /**
     * 1 for x &gt; 0, slope for x ≤ 0: at the kink the left-hand slope, as PyTorch's
     * {@code leaky_relu} backward ({@code x > 0 ? grad : grad * negative_slope}) does.
     */
    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : slope;
    }

    @Override
    public String name() {
        return "Leaky ReLU";
    }

    @Override
    public String formula() {
        return "Leaky ReLU max(" + Format.num(slope) + "x, x), 기울기 " + Format.num(slope);
    }

    /** Slope {@code slope} on the left, 1 on the right. */
    @Override
    public boolean hasKinkAtZero() {
        return true;
    }

    @Override
    public String toString() {
        return "LeakyReLU[slope=" + Format.num(slope) + "]";
    }
}
