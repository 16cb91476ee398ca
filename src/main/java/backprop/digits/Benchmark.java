package backprop.digits;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import backprop.Require;
import backprop.mlp.Evaluation;
import backprop.mlp.Mlp;
import backprop.mlp.Trainer;

/**
 * How fast the readable trainer ({@code Mlp} and {@code Trainer}) learns the digits, against
 * {@link FastTrainer}, the same network written for speed. Both are warmed up first (the JIT
 * compiles the hot loops), then measured several times; the medians are reported. Wall-clock
 * times, so never part of an answer.
 */
public final class Benchmark {
    private Benchmark() {}

    static final int WARM_UP_EPOCHS = 10;
    static final int ROUNDS = 9;
    static final int RUNS_TO_TARGET = 5;
    static final double TARGET_ACCURACY = 0.95;
    static final int MAX_EPOCHS_TO_TARGET = 200;

    /**
     * What was measured.
     *
     * @param readableRate    training images per second, the readable trainer (median of the rounds)
     * @param fastRate        the same for {@link FastTrainer}
     * @param readableAccuracy the readable trainer's test accuracy after the warm-up and the rounds
     * @param fastAccuracy    {@link FastTrainer}'s, after the same epochs in the same order: the same
     * @param secondsToTarget seconds from a fresh network to {@link #TARGET_ACCURACY} on the test set (median)
     * @param epochsToTarget  the epochs that took
     */
    public record Result(DigitTraining settings, int samples, int cores, double readableRate, double fastRate,
                         double readableAccuracy, double fastAccuracy, double secondsToTarget, int epochsToTarget) {}

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Says what is measured, measures, then prints the result: {@code ./companion benchmark}. */
    public static void run(PrintStream out) {
        DigitTraining settings = DigitTraining.standard();
        Split split = settings.split();
        out.println(DigitsReports.benchmarkSetup(settings, split.train().size(), cores()));
        out.print(DigitsReports.benchmark(measure(settings, split)));
    }

    /** The chapter's benchmark: 10 warm-up epochs, 9 measured rounds, 5 runs to 95%. */
    public static Result measure(DigitTraining settings, Split split) {
        return measure(settings, split, WARM_UP_EPOCHS, ROUNDS, RUNS_TO_TARGET);
    }

    static Result measure(DigitTraining settings, Split split, int warmUpEpochs, int rounds, int runsToTarget) {
        Require.notNull("settings", settings);
        Require.notNull("split", split);
        Require.positive("rounds", rounds);
        Require.positive("runsToTarget", runsToTarget);
        int samples = split.train().size();
        Mlp readable = settings.network();
        FastTrainer fast = new FastTrainer(Digits.PIXELS, settings.hidden(), Digits.CLASSES, settings.seed());
        Random readableOrder = new Random(2);
        Random fastOrder = new Random(2);
        for (int e = 0; e < warmUpEpochs; e++) {
            Trainer.epoch(readable, split.train(), settings.learningRate(), settings.batchSize(), readableOrder);
            fast.trainEpoch(split.train(), settings.learningRate(), settings.batchSize(), fastOrder);
        }
        double[] readableRate = new double[rounds];
        double[] fastRate = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // alternate the two, so that a noisy moment of the machine hurts both alike
            long start = System.nanoTime();
            Trainer.epoch(readable, split.train(), settings.learningRate(), settings.batchSize(), readableOrder);
            readableRate[r] = samples / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            fast.trainEpoch(split.train(), settings.learningRate(), settings.batchSize(), fastOrder);
            fastRate[r] = samples / ((System.nanoTime() - start) / 1e9);
        }
        double readableAccuracy = Evaluation.of(readable, split.test()).accuracy();
        double fastAccuracy = fast.accuracy(split.test());
        double[] seconds = new double[runsToTarget];
        int epochs = 0;
        for (int run = 0; run < runsToTarget; run++) {
            long start = System.nanoTime();
            Mlp network = settings.network();
            Random order = new Random(settings.seed());
            epochs = 0;
            while (epochs < MAX_EPOCHS_TO_TARGET && Evaluation.of(network, split.test()).accuracy() < TARGET_ACCURACY) {
                Trainer.epoch(network, split.train(), settings.learningRate(), settings.batchSize(), order);
                epochs++;
            }
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        return new Result(settings, samples, cores(), median(readableRate), median(fastRate), readableAccuracy,
                fastAccuracy, median(seconds), epochs);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
