package backprop.digits;

import static backprop.Format.f8;
import static backprop.Format.fixed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

import backprop.Format;
import backprop.Require;
import backprop.activation.Activation;
import backprop.mlp.Example;
import backprop.mlp.Mlp;

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

    /** One epoch's numbers. */
    public record Epoch(int number, double loss, double trainAccuracy, double testAccuracy) {
        /** A progress line: epoch, loss and accuracies. */
        public String line(int of) {
            return String.format(Locale.ROOT, "epoch %2d/%d  loss %s  train %s  test %s", number, of, f8(loss),
                    percent(trainAccuracy), percent(testAccuracy));
        }
    }

    /** What training gave: the network, its split and each epoch's numbers. */
    public record Result(DigitTraining settings, Split split, Mlp network, List<Epoch> epochs) {
        public Result {
            epochs = List.copyOf(epochs);
        }

        public double testAccuracy() {
            return epochs.get(epochs.size() - 1).testAccuracy();
        }

        /** How often digit t (row) was read as digit p (column), on the test set. */
        public int[][] confusion() {
            int[][] counts = new int[Digits.CLASSES][Digits.CLASSES];
            for (Example e : split.test()) {
                counts[truth(e)][network.classify(e.input())]++;
            }
            return counts;
        }

        /** Everything, for reading and for the answer key: settings, epochs, confusion matrix. */
        public String report() {
            DigitTraining s = settings;
            StringBuilder out = new StringBuilder();
            out.append("data: 1,797 handwritten digits, 8×8 pixels (UCI \"Optical Recognition of Handwritten Digits\", CC BY 4.0)\n");
            out.append("split (seed ").append(s.seed()).append("): ").append(split.train().size())
               .append(" images to train on, ").append(split.test().size()).append(" kept for testing\n");
            out.append("network: 64-").append(s.hidden()).append("-10, sigmoid, E = ½ Σ (target − output)², α = ")
               .append(Format.num(s.learningRate())).append(", batches of ").append(s.batchSize()).append('\n');
            out.append('\n');
            for (Epoch e : epochs) {
                out.append(e.line(s.epochs())).append('\n');
            }
            out.append('\n').append("test accuracy after ").append(epochs.size()).append(" epochs: ")
               .append(percent(testAccuracy())).append('\n');
            out.append("\nconfusion on the test set (row: the digit, column: what the network read)\n");
            out.append("      ");
            for (int p = 0; p < Digits.CLASSES; p++) {
                out.append(String.format(Locale.ROOT, "%4d", p));
            }
            out.append('\n');
            int[][] counts = confusion();
            for (int t = 0; t < Digits.CLASSES; t++) {
                out.append(String.format(Locale.ROOT, "%5d ", t));
                for (int p = 0; p < Digits.CLASSES; p++) {
                    out.append(String.format(Locale.ROOT, "%4s", counts[t][p] == 0 ? "·" : String.valueOf(counts[t][p])));
                }
                out.append('\n');
            }
            return out.toString();
        }
    }

    /** Trains quietly. */
    public Result run() {
        return run(epoch -> { });
    }

    /** Trains, telling {@code onEpoch} about each epoch as it ends (for a progress line). */
    public Result run(Consumer<Epoch> onEpoch) {
        Require.notNull("onEpoch", onEpoch);
        Split split = Split.of(Digits.examples(Digits.load()), testFraction, seed);
        Mlp network = Mlp.random(seed, Activation.SIGMOID, true, Digits.PIXELS, hidden, Digits.CLASSES);
        Random order = new Random(seed);
        List<Epoch> history = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            network.trainEpoch(split.train(), learningRate, batchSize, order);
            Epoch e = measure(epoch, network, split);
            history.add(e);
            onEpoch.accept(e);
        }
        return new Result(this, split, network, history);
    }

    /** The numbers of epoch {@code number}: loss and accuracy on the training set, accuracy on the test set. */
    public static Epoch measure(int number, Mlp network, Split split) {
        Mlp.Evaluation train = network.evaluate(split.train());
        return new Epoch(number, train.loss(), train.accuracy(), network.accuracy(split.test()));
    }

    static int truth(Example e) {
        double[] t = e.target();
        int best = 0;
        for (int k = 1; k < t.length; k++) {
            if (t[k] > t[best]) {
                best = k;
            }
        }
        return best;
    }

    static String percent(double share) {
        return fixed(100 * share, 2) + "%";
    }
}
