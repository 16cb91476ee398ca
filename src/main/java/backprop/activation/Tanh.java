package backprop.activation;

/** tanh(x): like sigmoid, but centred on zero with outputs in (−1, 1). */
public record Tanh() implements Activation {

    @Override
    public double apply(double x) {
        return StrictMath.tanh(x);
    }

    /** tanh'(x) = 1 − tanh²(x). */
    @Override
    public double derivative(double x) {
        double t = StrictMath.tanh(x);
        return 1.0 - t * t;
    }

    /** From the output alone: tanh'(x) = 1 − t² with t = tanh(x). */
    @Override
    public double derivative(double x, double output) {
        return 1.0 - output * output;
    }

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public String formula() {
        return "tanh(x)";
    }

    @Override
    public boolean hasKinkAtZero() {
        return false;
    }
}
