package backprop.mlp;

import static backprop.Format.f8;

import java.util.List;

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

    public static String report() {
        List<Example> xor = Example.xor();
        Mlp mlp = network(SEED);
        StringBuilder s = new StringBuilder();
        s.append("2-2-1 sigmoid network with biases, weights uniform in [-1, 1) from seed ").append(SEED)
         .append(", learning rate ").append(backprop.Format.num(LEARNING_RATE)).append('\n');
        s.append(mlp).append("\n\n");
        TrainingHistory history = mlp.train(xor, LEARNING_RATE, EPOCHS);
        s.append(history.table(200)).append('\n');
        s.append("after ").append(EPOCHS).append(" epochs:\n").append(mlp.predictions(xor));
        s.append(mlp).append("\n\n");
        Mlp stuck = network(STUCK_SEED);
        TrainingHistory stuckHistory = stuck.train(xor, LEARNING_RATE, EPOCHS);
        s.append("the same network from seed ").append(STUCK_SEED).append(": loss ")
         .append(f8(stuckHistory.initialLoss())).append(" → ").append(f8(stuckHistory.finalLoss()))
         .append(" after ").append(EPOCHS).append(" epochs (stuck: gradient descent found a local minimum)\n")
         .append(stuck.predictions(xor));
        return s.toString();
    }
}
