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
 * the same 64-32-10 network, at batch sizes 10 and 32. Three trainers: chapter 6's {@code Mlp}
 * with {@code Trainer.epoch}; the same network and the same math (sigmoid, ½Σ error) in matrix
 * form, {@code TwoLayerNet.of(mlp)} with {@link BatchTrainer}; and this chapter's network (ReLU,
 * softmax with cross-entropy).
 *
 * <p>Fairness, because a throughput is only as good as its conditions: every trainer at every
 * batch size is warmed up before anything is timed (at least {@link #WARM_UP_EPOCHS} epochs each
 * and {@link #WARM_UP_SECONDS} seconds in all, so that the JIT has compiled every hot loop, also
 * on a busy machine); then each timed round runs all six (trainer, batch size) epochs one after
 * the other, so that a noisy moment of the machine hurts all of them alike. The rates are the
 * medians of the rounds, and each ratio is the median of the rounds' ratios: a ratio measured
 * within one round compares two epochs run a moment apart. Wall-clock times, so never part of an
 * answer.
 */
public final class MatrixBenchmark {
    private MatrixBenchmark() {}

    static final int[] BATCH_SIZES = {10, 32};
    static final int WARM_UP_EPOCHS = 20;
    static final double WARM_UP_SECONDS = 3;
    static final int ROUNDS = 15;
    static final int RUNS_TO_TARGET = 5;
    static final double TARGET_ACCURACY = 0.97;
    static final int MAX_EPOCHS_TO_TARGET = 100;
    /** Chapter 6's learning rate, for both trainers of its network. */
    static final double CHAPTER6_RATE = DigitTraining.standard().learningRate();

    /**
     * One batch size's medians: training samples per second of each trainer, and the ratios
     * batched ÷ per-example (each the median of the rounds' ratios).
     */
    public record Rates(int batchSize, double perExample, double batchedSame, double batchedChapter7,
                        double ratioSame, double ratioChapter7) {}

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
        out.print(MatrixReports.benchmark(measure(split, WARM_UP_EPOCHS, WARM_UP_SECONDS, ROUNDS, RUNS_TO_TARGET)));
    }

    static Result measure(Split split, int warmUpEpochs, double warmUpSeconds, int rounds, int runsToTarget) {
        Require.notNull("split", split);
        Require.positive("rounds", rounds);
        Require.positive("runsToTarget", runsToTarget);
        DigitTraining chapter6 = DigitTraining.standard();
        BatchTraining chapter7 = BatchTraining.standard();
        Batch train = Batch.of(split.train());
        int samples = train.size();
        // epochs[b][k]: batch size BATCH_SIZES[b], trainer k (0 per-example, 1 batched same, 2 batched chapter 7).
        // Each has its own network and its own shuffle, all from the same seeds.
        Runnable[][] epochs = new Runnable[BATCH_SIZES.length][];
        for (int b = 0; b < BATCH_SIZES.length; b++) {
            int batchSize = BATCH_SIZES[b];
            Mlp perExample = chapter6.network();
            TwoLayerNet same = TwoLayerNet.of(chapter6.network());
            TwoLayerNet mine = chapter7.network();
            Random order1 = new Random(2);
            Random order2 = new Random(2);
            Random order3 = new Random(2);
            epochs[b] = new Runnable[] {
                () -> Trainer.epoch(perExample, split.train(), CHAPTER6_RATE, batchSize, order1),
                () -> BatchTrainer.epoch(same, train, CHAPTER6_RATE, batchSize, order2),
                () -> BatchTrainer.epoch(mine, train, chapter7.learningRate(), batchSize, order3)};
        }
        long warmUpStart = System.nanoTime();
        for (int e = 0; e < warmUpEpochs || (System.nanoTime() - warmUpStart) / 1e9 < warmUpSeconds; e++) {
            for (Runnable[] atBatchSize : epochs) {
                for (Runnable epoch : atBatchSize) {
                    epoch.run();
                }
            }
        }
        double[][][] rates = new double[BATCH_SIZES.length][3][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < BATCH_SIZES.length; b++) {
                for (int k = 0; k < 3; k++) {
                    long start = System.nanoTime();
                    epochs[b][k].run();
                    rates[b][k][r] = samples / ((System.nanoTime() - start) / 1e9);
                }
            }
        }
        List<Rates> all = new ArrayList<>();
        for (int b = 0; b < BATCH_SIZES.length; b++) {
            double[][] at = rates[b];
            all.add(new Rates(BATCH_SIZES[b], median(at[0]), median(at[1]), median(at[2]),
                    median(ratios(at[1], at[0])), median(ratios(at[2], at[0]))));
        }
        Batch test = Batch.of(split.test());
        double[] seconds = new double[runsToTarget];
        int epochsToTarget = -1;
        for (int run = 0; run < runsToTarget; run++) {
            long start = System.nanoTime();
            TwoLayerNet network = chapter7.network();
            Random order = new Random(chapter7.seed());
            epochsToTarget = -1;
            for (int e = 1; e <= MAX_EPOCHS_TO_TARGET; e++) {
                BatchTrainer.epoch(network, train, chapter7.learningRate(), chapter7.batchSize(), order);
                if (network.accuracy(test) >= TARGET_ACCURACY) {
                    epochsToTarget = e;
                    break;
                }
            }
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        return new Result(samples, Runtime.getRuntime().availableProcessors(), all, median(seconds), epochsToTarget);
    }

    /** batched[r] ÷ perExample[r], round by round. */
    private static double[] ratios(double[] batched, double[] perExample) {
        double[] ratios = new double[batched.length];
        for (int r = 0; r < ratios.length; r++) {
            ratios[r] = batched[r] / perExample[r];
        }
        return ratios;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
