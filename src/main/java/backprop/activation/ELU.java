package backprop.activation;

import backprop.Format;
import backprop.Require;

/** ELU: x for x ≥ 0, alpha·(e^x − 1) for x &lt; 0. */
public record ELU(double alpha) implements Activation {

    public ELU {
        Require.positiveFinite("alpha", alpha);
    }

    @Override
    public double apply(double x) {
        return x >= 0 ? x : alpha * StrictMath.expm1(x);
    }

    /**
     * 1 for x &gt; 0, alpha·e^x for x ≤ 0: at 0 the left-hand slope alpha, as PyTorch's {@code elu}
     * backward ({@code x <= 0}: the negative branch) does; with alpha = 1 both sides meet at slope 1.
     */
    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : alpha * StrictMath.exp(x);
    }

    @Override
    public String name() {
        return "ELU";
    }

    @Override
    public String formula() {
        return "ELU: x ≥ 0이면 x, x < 0이면 α(e^x − 1), α = " + Format.num(alpha);
    }

    /** Slope α on the left, 1 on the right: a kink unless α = 1. */
    @Override
    public boolean hasKinkAtZero() {
        return alpha != 1.0;
    }

    @Override
    public String toString() {
        return "ELU[alpha=" + Format.num(alpha) + "]";
    }
}
