package backprop.activation;

/** f(x) = x: with it a perceptron is exactly linear regression y = ax + b. */
public record Identity() implements Activation {

    @Override
    public double apply(double x) {
        return x;
    }

    @Override
    public double derivative(double x) {
        return 1.0;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public String formula() {
        return "identity f(x) = x";
    }

    @Override
    public boolean hasKinkAtZero() {
        return false;
    }
}
