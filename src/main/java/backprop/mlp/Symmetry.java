package backprop.mlp;

import java.util.List;

import backprop.activation.Activation;

/**
 * The slides' warning "MLP의 가중치가 대칭이면 안된다": if all weights start equal, every hidden
 * unit computes the same value and receives the same gradient, so they stay copies of each other
 * for ever and the network is no better than one with a single hidden unit.
 */
public final class Symmetry {
    private Symmetry() {}

    /** The value every weight (and bias) starts at. */
    public static final double START = 0.5;

    /** The slides' 2-2-2 network from every weight = {@link #START}, trained on the slides' sample with α = 0.5. */
    public static List<Weights> slidesPath(int epochs) {
        return SlidesExample.train(Weights.allEqual(START), Sample.slides(), SlidesExample.LEARNING_RATE, epochs);
    }

    /** Whether the two hidden units of the 2-2-2 network hold the same weights: w1 = w3 and w2 = w4. */
    public static boolean hiddenUnitsAlike(Weights w) {
        return w.w1() == w.w3() && w.w2() == w.w4();
    }

    /** A 2-2-1 sigmoid network with every weight and bias = {@link #START}, for XOR. */
    public static Mlp xorNetwork() {
        return Mlp.constant(START, Activation.SIGMOID, true, 2, 2, 1);
    }
}
