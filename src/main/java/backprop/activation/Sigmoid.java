package backprop.activation;

/** σ(x) = 1 / (1 + e^−x), the activation of the slides' 2-2-2 network. */
public record Sigmoid() implements Activation {

    /**
     * σ(x) itself, the one sigmoid of the project: {@code Value.sigmoid}, the 2-2-2 network's
     * forward pass and the digits trainers all call it, so their results agree to the last bit.
     * For a very negative x, e^−x overflows to infinity and the quotient is exactly 0, not NaN.
     */
    public static double sigmoid(double x) {
        // StrictMath: the same bits on every JVM and CPU, so approved outputs match everywhere.
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }

    @Override
    public double apply(double x) {
        return sigmoid(x);
    }

    /** σ'(x) = σ(x)·(1 − σ(x)): the slides' "o × (1 − o)". */
    @Override
    public double derivative(double x) {
        double s = apply(x);
        return s * (1.0 - s);
    }

    /** From the output alone: σ'(x) = o(1 − o) with o = σ(x). */
    @Override
    public double derivative(double x, double output) {
        return output * (1.0 - output);
    }

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public String formula() {
        return "sigmoid σ(x) = 1 / (1 + e^(−x))";
    }

    @Override
    public boolean hasKinkAtZero() {
        return false;
    }
}
