package backprop.activation;

/** The threshold logic unit's step: 1 when the weighted sum reaches 0, else 0. */
public record Step() implements Activation {

    @Override
    public double apply(double x) {
        return x >= 0 ? 1.0 : 0.0;
    }

    /**
     * 0 everywhere. At x = 0 the step has no derivative at all; 0 is the right-hand slope.
     * This flat derivative is why gradient descent cannot train a step network.
     */
    @Override
    public double derivative(double x) {
        return 0.0;
    }

    @Override
    public String name() {
        return "step";
    }

    @Override
    public String formula() {
        return "step: 1 if x ≥ 0, else 0";
    }

    /** It jumps from 0 to 1 at 0: no slope there at all. */
    @Override
    public boolean hasKinkAtZero() {
        return true;
    }
}
