package backprop.matrix;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import backprop.Require;
import backprop.digits.DigitTraining;
import backprop.digits.Split;
import backprop.mlp.Mlp;
import backprop.mlp.Trainer;

/**
 * How fast the matrix form trains, beside chapter 6's per-example trainer, in the same JVM and on
 * the same 64-32-10 network, at batch sizes 10 and 32. Three trainers take turns: chapter 6's
 * {@code Mlp} with {@code Trainer.epoch}; the same network and the same math (sigmoid, ½Σ error)
 * in matrix form, {@code TwoLayerNet.of(mlp)} with {@link BatchTrainer}; and this chapter's
 * network (ReLU, softmax with cross-entropy). Each is warmed up first (the JIT compiles the hot
 * loops), then measured epoch by epoch; the medians are reported. Wall-clock times, so never part
 * of an answer.
 */
public final class MatrixBenchmark {
    private MatrixBenchmark() {}

    static final int[] BATCH_SIZES = {10, 32};
    static final int WARM_UP_EPOCHS = 10;
    static final int ROUNDS = 9;
    static final int RUNS_TO_TARGET = 5;
    static final double TARGET_ACCURACY = 0.97;
    static final int MAX_EPOCHS_TO_TARGET = 100;
    /** Chapter 6's learning rate, for both trainers of its network. */
    static final double CHAPTER6_RATE = DigitTraining.standard().learningRate();

    /** One batch size's medians, in training samples per second. */
    public record Rates(int batchSize, double perExample, double batchedSame, double batchedChapter7) {}

    /**
     * What was measured.
     *
     * @param secondsToTarget seconds from a fresh {@code BatchTraining.standard()} network to
     *                        {@link #TARGET_ACCURACY} on the test set (median of the runs)
     * @param epochsToTarget  the epochs that took, or −1 if it was not reached
     */
    public record Result(int samples, int cores, List<Rates> rates, double secondsToTarget, int epochsToTarget) {
        public Result {
            rates = List.copyOf(rates);
        }
    }

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Says what is measured, measures, then prints the result: the chapter 7 part of {@code ./companion benchmark}. */
    public static void run(PrintStream out) {
        Split split = BatchTraining.standard().split();
        out.println(MatrixReports.benchmarkSetup(split.train().size(), Runtime.getRuntime().availableProcessors()));
        out.print(MatrixReports.benchmark(measure(split, WARM_UP_EPOCHS, ROUNDS, RUNS_TO_TARGET)));
    }

    static Result measure(Split split, int warmUpEpochs, int rounds, int runsToTarget) {
        Require.notNull("split", split);
        Require.positive("rounds", rounds);
        Require.positive("runsToTarget", runsToTarget);
        DigitTraining chapter6 = DigitTraining.standard();
        BatchTraining chapter7 = BatchTraining.standard();
        Batch train = Batch.of(split.train());
        int samples = train.size();
        List<Rates> all = new ArrayList<>();
        for (int batchSize : BATCH_SIZES) {
            Mlp perExample = chapter6.network();
            TwoLayerNet same = TwoLayerNet.of(chapter6.network());
            TwoLayerNet mine = chapter7.network();
            Random order1 = new Random(2);
            Random order2 = new Random(2);
            Random order3 = new Random(2);
            Runnable[] epochs = {
                () -> Trainer.epoch(perExample, split.train(), CHAPTER6_RATE, batchSize, order1),
                () -> BatchTrainer.epoch(same, train, CHAPTER6_RATE, batchSize, order2),
                () -> BatchTrainer.epoch(mine, train, chapter7.learningRate(), batchSize, order3)};
            for (int e = 0; e < warmUpEpochs; e++) {
                for (Runnable epoch : epochs) {
                    epoch.run();
                }
            }
            double[][] rates = new double[epochs.length][rounds];
            for (int r = 0; r < rounds; r++) {
                // Take turns, so that a noisy moment of the machine hurts all three alike.
                for (int k = 0; k < epochs.length; k++) {
                    long start = System.nanoTime();
                    epochs[k].run();
                    rates[k][r] = samples / ((System.nanoTime() - start) / 1e9);
                }
            }
            all.add(new Rates(batchSize, median(rates[0]), median(rates[1]), median(rates[2])));
        }
        Batch test = Batch.of(split.test());
        double[] seconds = new double[runsToTarget];
        int epochs = -1;
        for (int run = 0; run < runsToTarget; run++) {
            long start = System.nanoTime();
            TwoLayerNet network = chapter7.network();
            Random order = new Random(chapter7.seed());
            epochs = -1;
            for (int e = 1; e <= MAX_EPOCHS_TO_TARGET; e++) {
                BatchTrainer.epoch(network, train, chapter7.learningRate(), chapter7.batchSize(), order);
                if (network.accuracy(test) >= TARGET_ACCURACY) {
                    epochs = e;
                    break;
                }
            }
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        return new Result(samples, Runtime.getRuntime().availableProcessors(), all, median(seconds), epochs);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
