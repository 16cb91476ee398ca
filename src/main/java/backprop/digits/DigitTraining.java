package backprop.digits;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import backprop.Format;
import backprop.Require;
import backprop.activation.Activation;
import backprop.mlp.Evaluation;
import backprop.mlp.Example;
import backprop.mlp.Mlp;
import backprop.mlp.Trainer;

/**
 * Chapter 5's network on real data: 64 pixels in, a sigmoid hidden layer, 10 sigmoid outputs (one
 * per digit), the loss E = ½ Σ (target − output)², trained by mini-batch gradient descent. Nothing
 * new in the math: every image goes through the same forward and backward as the slides' example.
 *
 * @param hidden       hidden units
 * @param learningRate α
 * @param batchSize    examples per gradient-descent step
 * @param epochs       passes over the training set
 * @param seed         fixes the split, the initial weights and the order of the examples
 * @param testFraction the share of the 1,797 images kept for testing
 */
public record DigitTraining(int hidden, double learningRate, int batchSize, int epochs, long seed,
                            double testFraction) {

    public DigitTraining {
        Require.positive("hidden", hidden);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("batchSize", batchSize);
        Require.positive("epochs", epochs);
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be between 0 and 1 (exclusive), got " + testFraction);
        }
    }

    /** The chapter's settings: 64-32-10, α = 2, batches of 10, 20 epochs, seed 1, a fifth kept for testing. */
    public static DigitTraining standard() {
        return new DigitTraining(32, 2.0, 10, 20, 1, 0.2);
    }

    public DigitTraining withEpochs(int epochs) {
        return new DigitTraining(hidden, learningRate, batchSize, epochs, seed, testFraction);
    }

    public DigitTraining withLearningRate(double learningRate) {
        return new DigitTraining(hidden, learningRate, batchSize, epochs, seed, testFraction);
    }

    public DigitTraining withHidden(int hidden) {
        return new DigitTraining(hidden, learningRate, batchSize, epochs, seed, testFraction);
    }

    public DigitTraining withBatchSize(int batchSize) {
        return new DigitTraining(hidden, learningRate, batchSize, epochs, seed, testFraction);
    }

    /** One epoch's numbers: the loss and accuracy on the training set, the accuracy on the test set. */
    public record Epoch(int number, double loss, double trainAccuracy, double testAccuracy) {
        @Override
        public String toString() {
            return "Epoch[" + number + ", loss " + Format.num(loss) + ", train " + Format.percent(trainAccuracy)
                    + ", test " + Format.percent(testAccuracy) + "]";
        }
    }

    /** What training gave: the network, its split and each epoch's numbers. */
    public record Result(DigitTraining settings, Split split, Mlp network, List<Epoch> epochs) {
        public Result {
            Require.notNull("settings", settings);
            Require.notNull("split", split);
            Require.notNull("network", network);
            epochs = List.copyOf(Require.nonEmpty("epochs", epochs));
        }

        public double testAccuracy() {
            return epochs.get(epochs.size() - 1).testAccuracy();
        }

        /** Short, for JShell: {@code Result[Mlp 64-32-10, 20 epochs, test accuracy 96.38%]}. */
        @Override
        public String toString() {
            return "Result[" + network + ", " + epochs.size() + " epochs, test accuracy "
                    + Format.percent(testAccuracy()) + "]";
        }

        /** How often digit t (row) was read as digit p (column), on the test set. */
        public int[][] confusion() {
            int[][] counts = new int[Digits.CLASSES][Digits.CLASSES];
            for (Example e : split.test()) {
                counts[label(e)][network.classify(e.input())]++;
            }
            return counts;
        }
    }

    /** A fresh 64-hidden-10 sigmoid network with biases, weights from the seed. */
    public Mlp network() {
        return Mlp.random(seed, Activation.SIGMOID, true, Digits.PIXELS, hidden, Digits.CLASSES);
    }

    /** The digits divided by the seed, {@code testFraction} of them kept for testing. */
    public Split split() {
        return Split.of(Digits.examples(Digits.load()), testFraction, seed);
    }

    /** Trains quietly. */
    public Result run() {
        return run(epoch -> { });
    }

    /** Trains, telling {@code onEpoch} about each epoch as it ends (for a progress line). */
    public Result run(Consumer<Epoch> onEpoch) {
        Require.notNull("onEpoch", onEpoch);
        Split split = split();
        Mlp network = network();
        Random order = new Random(seed);
        List<Epoch> history = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Trainer.epoch(network, split.train(), learningRate, batchSize, order);
            Epoch e = measure(epoch, network, split);
            history.add(e);
            onEpoch.accept(e);
        }
        return new Result(this, split, network, history);
    }

    /** The numbers of epoch {@code number}: loss and accuracy on the training set, accuracy on the test set. */
    public static Epoch measure(int number, Mlp network, Split split) {
        Require.notNull("split", split);
        Evaluation train = Evaluation.of(network, split.train());
        return new Epoch(number, train.loss(), train.accuracy(), Evaluation.of(network, split.test()).accuracy());
    }

    /** The digit an example shows: where its one-hot target holds its 1. */
    public static int label(Example e) {
        Require.notNull("example", e);
        double[] t = e.target();
        int best = 0;
        for (int k = 1; k < t.length; k++) {
            if (t[k] > t[best]) {
                best = k;
            }
        }
        return best;
    }
}
