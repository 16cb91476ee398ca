package backprop.activation;

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

    /** 1 for x ≥ 0, alpha·e^x below; with alpha = 1 both sides meet at slope 1. */
    @Override
    public double derivative(double x) {
        return x >= 0 ? 1.0 : alpha * StrictMath.exp(x);
    }

    @Override
    public String name() {
        return "ELU";
    }
}
