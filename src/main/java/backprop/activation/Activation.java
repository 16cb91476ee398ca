package backprop.activation;

/**
 * An activation function: how much of a neuron's weighted sum flows on to the next layer.
 *
 * <p>Each function knows its own derivative, because backpropagation needs the local slope
 * of every node. At a kink (x = 0 for step, ReLU, Leaky ReLU, and ELU with alpha ≠ 1) the
 * derivative is not defined; these classes return the left-hand slope there (the x ≤ 0 branch),
 * which is what PyTorch, TensorFlow and JAX, Saito's layers and micrograd return: ReLU'(0) = 0,
 * Leaky ReLU'(0) = its slope, ELU'(0) = alpha. The step itself gives 0 at 0, as Saito's does.
 * {@link DerivativeCheck} checks every derivative against
 * {@link NumericalDerivative central differences} away from the kink, and the convention at it.
 *
 * <p>Sealed: these seven records are the slides' functions, and each one carries its own formula
 * and kink, so no code has to ask which function it holds. ({@link Maxout} takes a vector and
 * has weights of its own, so it is not one of them.)
 */
public sealed interface Activation permits Step, Sigmoid, Tanh, ReLU, LeakyReLU, ELU, Identity {

    double apply(double x);

    double derivative(double x);

    /**
     * The derivative at {@code x} when {@code output} = apply(x) is already known. Sigmoid and tanh
     * need only their output (the slides' "o × (1 − o)"), which saves a second exponential in
     * backpropagation; the others ignore it.
     */
    default double derivative(double x, double output) {
        return derivative(x);
    }

    /** A short name, as the slides write it: {@code sigmoid}, {@code ReLU}, … */
    String name();

    /**
     * The name with the formula and any parameter, as tables and plots are titled:
     * {@code sigmoid σ(x) = 1 / (1 + e^(−x))}, {@code Leaky ReLU max(0.1x, x), 기울기 0.1}.
     */
    String formula();

    /**
     * Whether the left-hand and right-hand slopes differ at x = 0, so that f'(0) does not exist
     * and {@link #derivative} returns the left-hand slope there: step, ReLU and Leaky ReLU, and
     * ELU unless α = 1 (its slope is α on the left, 1 on the right).
     */
    boolean hasKinkAtZero();

    Activation STEP = new Step();
    Activation SIGMOID = new Sigmoid();
    Activation TANH = new Tanh();
    Activation RELU = new ReLU();
    Activation IDENTITY = new Identity();

    /** Leaky ReLU max(slope·x, x); the slides use slope 0.1. */
    static Activation leakyRelu(double slope) {
        return new LeakyReLU(slope);
    }

    /** ELU: x for x ≥ 0, alpha·(e^x − 1) for x &lt; 0. */
    static Activation elu(double alpha) {
        return new ELU(alpha);
    }
}
