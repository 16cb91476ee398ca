package backprop.activation;

import java.util.List;

import backprop.Format;
import backprop.Require;

/** The slides' activation functions as one list, with their formulas written out. */
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

    /** The name with the formula and any parameter, e.g. {@code Leaky ReLU max(0.1x, x), slope 0.1}. */
    public static String describe(Activation f) {
        Require.notNull("f", f);
        if (f instanceof Step) {
            return "step: 1 if x ≥ 0, else 0";
        } else if (f instanceof Sigmoid) {
            return "sigmoid σ(x) = 1 / (1 + e^(−x))";
        } else if (f instanceof Tanh) {
            return "tanh(x)";
        } else if (f instanceof ReLU) {
            return "ReLU max(0, x)";
        } else if (f instanceof LeakyReLU leaky) {
            String slope = Format.num(leaky.slope());
            return "Leaky ReLU max(" + slope + "x, x), slope " + slope;
        } else if (f instanceof ELU elu) {
            return "ELU x if x ≥ 0, α(e^x − 1) if x < 0, α = " + Format.num(elu.alpha());
        } else if (f instanceof Identity) {
            return "identity f(x) = x";
        }
        return f.name();
    }

    /**
     * Whether f has a kink at x = 0: its left-hand and right-hand slopes differ there, so
     * f'(0) does not exist and {@link Activation#derivative} returns the right-hand slope.
     * Step, ReLU and Leaky ReLU always do; ELU only when α ≠ 1 (its slope is α on the left, 1 on the right).
     */
    public static boolean hasKinkAtZero(Activation f) {
        Require.notNull("f", f);
        if (f instanceof ELU elu) {
            return elu.alpha() != 1.0;
        }
        return f instanceof Step || f instanceof ReLU || f instanceof LeakyReLU;
    }
}
