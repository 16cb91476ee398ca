package backprop.mlp;

import backprop.activation.Activation;

/**
 * The problem a single perceptron cannot solve, learned by a 2-2-1 sigmoid network with biases,
 * from a seeded random start. Another seed shows that gradient descent can also get stuck.
 */
public final class XorTraining {
    private XorTraining() {}

    public static final long SEED = 1;
    public static final long STUCK_SEED = 4;
    public static final double LEARNING_RATE = 2.0;
    public static final int EPOCHS = 2000;

    /** A fresh 2-2-1 network from {@code seed}. */
    public static Mlp network(long seed) {
        return Mlp.random(seed, Activation.SIGMOID, true, 2, 2, 1);
    }

    /** Trains {@code network} on the four rows of XOR with α = 2 for 2000 epochs. */
    public static TrainingHistory train(Mlp network) {
        return Trainer.train(network, Example.xor(), LEARNING_RATE, EPOCHS);
    }

    /** The network of {@code seed}, trained. */
    public static Mlp trained(long seed) {
        Mlp network = network(seed);
        train(network);
        return network;
    }
}
