package backprop.activation;

/**
 * The threshold logic unit's step: 1 when the weighted sum is above 0, else 0. At exactly 0 it
 * gives 0, as Saito's {@code step_function} ({@code x > 0}) and his AND gate ({@code tmp <= 0}
 * gives 0) do.
 */
public record Step() implements Activation {

    @Override
    public double apply(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    /**
     * 0 everywhere. At x = 0 the step has no derivative at all (it jumps); 0 is what the flat pieces
     * on both sides give, and what autograd libraries return there.
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
        return "step: x > 0이면 1, 아니면 0";
    }

    /** It jumps from 0 to 1 at 0: no slope there at all. */
    @Override
    public boolean hasKinkAtZero() {
        return true;
    }
}
