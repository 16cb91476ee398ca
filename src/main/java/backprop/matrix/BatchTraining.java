package backprop.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import backprop.Format;
import backprop.Require;
import backprop.digits.DigitTraining;
import backprop.digits.Digits;
import backprop.digits.Split;

/**
 * Chapter 7's training of the digits: a {@link TwoLayerNet} (ReLU, softmax with cross-entropy)
 * learns chapter 6's training set in mini-batches, each batch's gradient in matrix form, and is
 * measured on chapter 6's test set.
 *
 * @param hidden       hidden units
 * @param learningRate α
 * @param batchSize    examples per gradient-descent step
 * @param epochs       passes over the training set
 * @param seed         fixes the initial weights and the order of the examples; the split is
 *                     always chapter 6's
 */
public record BatchTraining(int hidden, double learningRate, int batchSize, int epochs, long seed) {

    public BatchTraining {
        Require.positive("hidden", hidden);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("batchSize", batchSize);
        Require.positive("epochs", epochs);
    }

    /** The chapter's settings: 64-32-10, α = 0.2, batches of 10, 30 epochs, seed 1. */
    public static BatchTraining standard() {
        return new BatchTraining(32, 0.2, 10, 30, 1);
    }

    public BatchTraining withEpochs(int epochs) {
        return new BatchTraining(hidden, learningRate, batchSize, epochs, seed);
    }

    public BatchTraining withLearningRate(double learningRate) {
        return new BatchTraining(hidden, learningRate, batchSize, epochs, seed);
    }

    public BatchTraining withBatchSize(int batchSize) {
        return new BatchTraining(hidden, learningRate, batchSize, epochs, seed);
    }

    public BatchTraining withHidden(int hidden) {
        return new BatchTraining(hidden, learningRate, batchSize, epochs, seed);
    }

    public BatchTraining withSeed(long seed) {
        return new BatchTraining(hidden, learningRate, batchSize, epochs, seed);
    }

    /** What training gave: the network, the split and each epoch's numbers (loss: cross-entropy). */
    public record Result(BatchTraining settings, Split split, TwoLayerNet network, List<DigitTraining.Epoch> epochs) {
        public Result {
            Require.notNull("settings", settings);
            Require.notNull("split", split);
            Require.notNull("network", network);
            epochs = List.copyOf(Require.nonEmpty("epochs", epochs));
        }

        public double testAccuracy() {
            return epochs.get(epochs.size() - 1).testAccuracy();
        }

        /** How often digit t (row) was read as digit p (column), on the test set. */
        public int[][] confusion() {
            Batch test = Batch.of(split.test());
            int[] guess = network.predict(test.x()).argmaxOfRows();
            int[][] counts = new int[Digits.CLASSES][Digits.CLASSES];
            for (int n = 0; n < guess.length; n++) {
                counts[DigitTraining.label(split.test().get(n))][guess[n]]++;
            }
            return counts;
        }

        /** Short, for JShell: {@code Result[TwoLayerNet 64-32-10: …, 30 epochs, test accuracy 97.49%]}. */
        @Override
        public String toString() {
            return "Result[" + network + ", " + epochs.size() + " epochs, test accuracy "
                    + Format.percent(testAccuracy()) + "]";
        }
    }

    /** A fresh 64-hidden-10 network, weights from the seed. */
    public TwoLayerNet network() {
        return TwoLayerNet.random(seed, Digits.PIXELS, hidden, Digits.CLASSES);
    }

    /** Chapter 6's split: the same 1,438 images to train on and 359 to test on. */
    public Split split() {
        return DigitTraining.standard().split();
    }

    /** Trains quietly. */
    public Result run() {
        return run(epoch -> { });
    }

    /** Trains, telling {@code onEpoch} about each epoch as it ends (for a progress line). */
    public Result run(Consumer<DigitTraining.Epoch> onEpoch) {
        Require.notNull("onEpoch", onEpoch);
        Split split = split();
        Batch train = Batch.of(split.train());
        Batch test = Batch.of(split.test());
        TwoLayerNet network = network();
        Random order = new Random(seed);
        List<DigitTraining.Epoch> history = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            BatchTrainer.epoch(network, train, learningRate, batchSize, order);
            DigitTraining.Epoch e = measure(epoch, network, train, test);
            history.add(e);
            onEpoch.accept(e);
        }
        return new Result(this, split, network, history);
    }

    /** The numbers of epoch {@code number}: loss and accuracy on the training set, accuracy on the test set. */
    public static DigitTraining.Epoch measure(int number, TwoLayerNet network, Batch train, Batch test) {
        Require.notNull("network", network);
        return new DigitTraining.Epoch(number, network.loss(train), network.accuracy(train), network.accuracy(test));
    }

}
