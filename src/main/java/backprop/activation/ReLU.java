package backprop.activation;

/** ReLU max(0, x). */
public record ReLU() implements Activation {

    @Override
    public double apply(double x) {
        return Math.max(0.0, x);
    }

    /**
     * 1 for x &gt; 0, 0 for x ≤ 0: at the kink 0 the left-hand slope 0, as PyTorch, TensorFlow and
     * JAX, Saito's {@code Relu} (mask {@code x <= 0}) and micrograd ({@code out.data > 0}) all do.
     */
    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    @Override
    public String name() {
        return "ReLU";
    }

    @Override
    public String formula() {
        return "ReLU max(0, x)";
    }

    /** Slope 0 on the left, 1 on the right. */
    @Override
    public boolean hasKinkAtZero() {
        return true;
    }
}
