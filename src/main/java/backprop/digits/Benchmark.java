package backprop.digits;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import backprop.activation.Activation;
import backprop.mlp.Mlp;

/**
 * How fast the readable trainer ({@code Mlp}) learns the digits, against {@link FastTrainer}, the
 * same network written for speed. Both are warmed up first (the JIT compiles the hot loops), then
 * measured several times; the medians are reported. Wall-clock times, so never part of an answer.
 */
public final class Benchmark {
    private Benchmark() {}

    static final int WARM_UP_EPOCHS = 10;
    static final int ROUNDS = 9;
    static final int RUNS_TO_TARGET = 5;
    static final double TARGET_ACCURACY = 0.95;

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    public static void run(PrintStream out) {
        DigitTraining settings = DigitTraining.standard();
        Split split = Split.of(Digits.examples(Digits.load()), settings.testFraction(), settings.seed());
        int samples = split.train().size();
        out.println("benchmark: 64-" + settings.hidden() + "-10 sigmoid network, batches of " + settings.batchSize()
                + ", " + samples + " training images per epoch, " + Runtime.getRuntime().availableProcessors() + " cores");

        Mlp readable = Mlp.random(settings.seed(), Activation.SIGMOID, true, Digits.PIXELS, settings.hidden(), Digits.CLASSES);
        FastTrainer fast = new FastTrainer(Digits.PIXELS, settings.hidden(), Digits.CLASSES, settings.seed());
        Random readableOrder = new Random(2);
        Random fastOrder = new Random(2);
        for (int e = 0; e < WARM_UP_EPOCHS; e++) {
            readable.trainEpoch(split.train(), settings.learningRate(), settings.batchSize(), readableOrder);
            fast.trainEpoch(split.train(), settings.learningRate(), settings.batchSize(), fastOrder);
        }
        double[] readableRate = new double[ROUNDS];
        double[] fastRate = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            // alternate the two, so that a noisy moment of the machine hurts both alike
            long start = System.nanoTime();
            readable.trainEpoch(split.train(), settings.learningRate(), settings.batchSize(), readableOrder);
            readableRate[r] = samples / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            fast.trainEpoch(split.train(), settings.learningRate(), settings.batchSize(), fastOrder);
            fastRate[r] = samples / ((System.nanoTime() - start) / 1e9);
        }
        double readableMedian = median(readableRate);
        double fastMedian = median(fastRate);
        out.println(String.format(Locale.ROOT, "throughput, one epoch (median of %d after %d warm-up epochs):", ROUNDS, WARM_UP_EPOCHS));
        out.println(String.format(Locale.ROOT, "  readable Mlp           %,10.0f samples/s", readableMedian));
        out.println(String.format(Locale.ROOT, "  FastTrainer (double[]) %,10.0f samples/s", fastMedian));
        out.println(String.format(Locale.ROOT, "  the readable trainer takes %.2f× the fast loop's time", fastMedian / readableMedian));

        List<Double> seconds = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        for (int run = 0; run < RUNS_TO_TARGET; run++) {
            long start = System.nanoTime();
            Mlp network = Mlp.random(settings.seed(), Activation.SIGMOID, true, Digits.PIXELS, settings.hidden(), Digits.CLASSES);
            Random order = new Random(settings.seed());
            int epoch = 0;
            while (epoch < 200 && network.accuracy(split.test()) < TARGET_ACCURACY) {
                network.trainEpoch(split.train(), settings.learningRate(), settings.batchSize(), order);
                epoch++;
            }
            seconds.add((System.nanoTime() - start) / 1e9);
            epochs.add(epoch);
        }
        double[] s = seconds.stream().mapToDouble(Double::doubleValue).toArray();
        out.println(String.format(Locale.ROOT, "time to %.0f%% test accuracy (readable Mlp, seed %d, median of %d runs): %.3f s, %d epochs",
                100 * TARGET_ACCURACY, settings.seed(), RUNS_TO_TARGET, median(s), epochs.get(0)));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
