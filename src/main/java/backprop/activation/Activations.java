package backprop.activation;

import java.util.List;

/** The slides' activation functions as one list, with the parameters the slides give them. */
public final class Activations {
    private Activations() {}

    /** The slides' Leaky ReLU slope in max(0.1x, x). */
    public static final double SLIDES_LEAKY_SLOPE = 0.1;

    /** The slides leave ELU's α open; α = 1 makes the slope continuous at 0 (both sides 1). */
    public static final double DEFAULT_ELU_ALPHA = 1.0;

    /**
     * Step (the TLU's), sigmoid, tanh, ReLU, Leaky ReLU with slope 0.1, ELU with α = 1, and
     * identity (the perceptron-as-regression one), in the slides' order.
     */
    public static List<Activation> all() {
        return List.of(Activation.STEP, Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.leakyRelu(SLIDES_LEAKY_SLOPE), Activation.elu(DEFAULT_ELU_ALPHA), Activation.IDENTITY);
    }
}
