package backprop.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import backprop.mlp.Evaluation;
import backprop.mlp.Example;
import backprop.mlp.Mlp;
import backprop.mlp.Trainer;

/**
 * The digits' data, split, settings, fast loop and reports, part by part. Expected numbers are
 * the data set's own (its labels, its first image), the standard run's answer key, or worked out
 * in a comment.
 */
class DigitsModelTest {

    private static int[] pixels(int value) {
        int[] p = new int[Digits.PIXELS];
        Arrays.fill(p, value);
        return p;
    }

    // ----- Digit and the data set ---------------------------------------------------------------

    @Test
    void aDigitHoldsItsPixelsRowByRow() {
        int[] p = new int[Digits.PIXELS];
        p[0] = 16;
        p[7] = 1;
        p[8] = 4;
        p[63] = 13;
        Digit d = new Digit(p, 3);
        assertEquals(16, d.pixel(0, 0));
        assertEquals(1, d.pixel(0, 7));
        assertEquals(4, d.pixel(1, 0));
        assertEquals(13, d.pixel(7, 7));
        p[0] = 0;
        d.pixels()[0] = 0;
        assertEquals(16, d.pixel(0, 0), "the digit keeps its own copy");
        assertEquals("Digit[3]", d.toString());
        for (int[] bad : new int[][] {{-1, 0}, {8, 0}, {0, -1}, {0, 8}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.pixel(bad[0], bad[1]));
            assertTrue(e.getMessage().contains("between 0 and 7"), e.getMessage());
        }
    }

    @Test
    void aDigitsPixelsAndLabelAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Digit(pixels(17), 1));
        assertTrue(e.getMessage().contains("pixels[0]") && e.getMessage().contains("17"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Digit(pixels(-1), 1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Digit(pixels(0), -1));
        assertTrue(e.getMessage().contains("label") && e.getMessage().contains("between 0 and 9"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Digit(null, 1));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
        new Digit(pixels(16), 9);
        new Digit(pixels(0), 0);
    }

    @Test
    void digitsCompareByContent() {
        Digit a = new Digit(pixels(3), 1);
        assertEquals(new Digit(pixels(3), 1), a);
        assertEquals(new Digit(pixels(3), 1).hashCode(), a.hashCode());
        assertNotEquals(new Digit(pixels(3), 2), a);
        assertNotEquals(new Digit(pixels(4), 1), a);
        assertNotEquals(new Digit(pixels(3), 2).hashCode(), a.hashCode());
        assertNotEquals(new Digit(pixels(4), 1).hashCode(), a.hashCode());
        assertFalse(a.equals("Digit[1]"));
    }

    /** Pixel 16 is input 1, pixel 4 is 0.25; label 7 is a 1 at index 7 of ten targets. */
    @Test
    void theNetworksViewOfADigit() {
        int[] p = pixels(4);
        p[5] = 16;
        Example e = new Digit(p, 7).toExample();
        assertEquals(0.25, e.input()[0]);
        assertEquals(1.0, e.input()[5]);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 0}, e.target());
        assertEquals(7, DigitTraining.label(e));
        assertEquals(List.of(e), Digits.examples(List.of(new Digit(p, 7))));
    }

    @Test
    void parsingSkipsBlankLinesAndNamesTheBadLine() throws IOException {
        String row = "0,".repeat(63) + "16,4\n";
        List<Digit> parsed = Digits.parse(new ByteArrayInputStream(("\n" + row + "  \n" + row)
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, parsed.size());
        assertEquals(4, parsed.get(1).label());
        assertEquals(16, parsed.get(0).pixel(7, 7));
        String notANumber = row + "0,".repeat(63) + "x,4\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Digits.parse(new ByteArrayInputStream(notANumber.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("line 2: "), e.getMessage());
        String badLabel = "0,".repeat(64) + "10\n";
        e = assertThrows(IllegalArgumentException.class,
                () -> Digits.parse(new ByteArrayInputStream(badLabel.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("line 1: label"), e.getMessage());
    }

    /** The data set's first image is a 0: its top row is 0 0 5 13 9 1 0 0. */
    @Test
    void theFirstImageOfTheDataSet() {
        Digit first = Digits.load().get(0);
        assertEquals(0, first.label());
        int[] top = new int[8];
        for (int c = 0; c < 8; c++) {
            top[c] = first.pixel(0, c);
        }
        assertArrayEquals(new int[] {0, 0, 5, 13, 9, 1, 0, 0}, top);
        // 0 ink is blank, 1–4 ░, 5–8 ▒, 9–12 ▓, 13–16 █: 5 → ▒, 13 → █, 9 → ▓, 1 → ░
        assertTrue(DigitsReports.picture(first).startsWith("    ▒▒██▓▓░░    \n"), DigitsReports.picture(first));
        assertEquals(8, DigitsReports.picture(first).lines().count());
    }

    // ----- Split --------------------------------------------------------------------------------

    private static List<Example> numbered(int n) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            examples.add(Example.of(new double[] {i}, 1));
        }
        return examples;
    }

    /** round(10 × 0.25) = 3 for testing; at least one and at most all but one. */
    @Test
    void aSplitKeepsTheShareForTestingAndUsesEveryExampleOnce() {
        Split split = Split.of(numbered(10), 0.25, 3);
        assertEquals(3, split.test().size());
        assertEquals(7, split.train().size());
        List<Example> all = new ArrayList<>(split.train());
        all.addAll(split.test());
        assertEquals(10, all.stream().distinct().count());
        assertEquals(1, Split.of(numbered(10), 0.01, 3).test().size());
        assertEquals(9, Split.of(numbered(10), 0.99, 3).test().size());
        assertEquals(1, Split.of(numbered(2), 0.9, 3).test().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Split.of(numbered(1), 0.5, 3));
        assertTrue(e.getMessage().contains("at least 2") && e.getMessage().contains("1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Split.of(numbered(10), 0, 3));
        assertThrows(IllegalArgumentException.class, () -> Split.of(numbered(10), 1, 3));
        assertThrows(IllegalArgumentException.class, () -> Split.of(null, 0.5, 3));
    }

    // ----- settings, training, the known counts of the standard run -------------------------

    @Test
    void settingsChangeOneAtATime() {
        DigitTraining s = DigitTraining.standard();
        assertEquals(new DigitTraining(32, 2.0, 10, 20, 1, 0.2), s);
        assertEquals(new DigitTraining(32, 2.0, 10, 7, 1, 0.2), s.withEpochs(7));
        assertEquals(new DigitTraining(32, 0.5, 10, 20, 1, 0.2), s.withLearningRate(0.5));
        assertEquals(new DigitTraining(8, 2.0, 10, 20, 1, 0.2), s.withHidden(8));
        assertEquals(new DigitTraining(32, 2.0, 1, 20, 1, 0.2), s.withBatchSize(1));
        for (double bad : new double[] {0, 1, -0.1, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new DigitTraining(32, 2.0, 10, 20, 1, bad));
            assertTrue(e.getMessage().contains("testFraction"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.withHidden(0)).getMessage().contains("hidden"));
        assertEquals("Mlp 64-32-10", s.network().toString());
        assertEquals(1438, s.split().train().size());
    }

    /**
     * The standard run's test set, from its answer key: per digit 36 34 42 42 36 31 32 45 28 33
     * images (the confusion matrix's row sums) and 35 34 42 41 35 31 32 43 24 29 read right (its
     * diagonal), 346 of 359 = 96.38%.
     */
    @Test
    void theStandardRunsConfusionMatrixHasTheKnownCounts() {
        DigitTraining.Result result = DigitTraining.standard().run();
        int[][] counts = result.confusion();
        int[] rows = new int[10];
        int[] diagonal = new int[10];
        for (int t = 0; t < 10; t++) {
            rows[t] = Arrays.stream(counts[t]).sum();
            diagonal[t] = counts[t][t];
        }
        assertArrayEquals(new int[] {36, 34, 42, 42, 36, 31, 32, 45, 28, 33}, rows);
        assertArrayEquals(new int[] {35, 34, 42, 41, 35, 31, 32, 43, 24, 29}, diagonal);
        assertEquals(346.0 / 359, result.testAccuracy());
        assertEquals(20, result.epochs().size());
        assertEquals(0.18635718, result.epochs().get(0).loss(), 5e-9);
        assertEquals(0.8106, result.epochs().get(0).testAccuracy(), 5e-5);
        assertEquals(4, counts[8][1], "the chapter's misread 8s");
    }

    @Test
    void runTellsAboutEveryEpochAsItEnds() {
        List<Integer> seen = new ArrayList<>();
        DigitTraining.Result result = DigitTraining.standard().withEpochs(2).withHidden(4).run(e -> seen.add(e.number()));
        assertEquals(List.of(1, 2), seen);
        assertEquals(result.epochs().get(1), DigitTraining.measure(2, result.network(), result.split()));
        assertThrows(IllegalArgumentException.class, () -> new DigitTraining.Result(DigitTraining.standard(),
                result.split(), result.network(), List.of()));
    }

    /** One epoch by hand is the first epoch of run(): the same split, weights, order and numbers. */
    @Test
    void measureReadsTheTrainingAndTestSets() {
        DigitTraining s = DigitTraining.standard().withEpochs(1);
        Split split = s.split();
        Mlp network = s.network();
        Trainer.epoch(network, split.train(), s.learningRate(), s.batchSize(), new Random(s.seed()));
        DigitTraining.Epoch epoch = DigitTraining.measure(1, network, split);
        assertEquals(Evaluation.of(network, split.train()).loss(), epoch.loss());
        assertEquals(Evaluation.of(network, split.train()).accuracy(), epoch.trainAccuracy());
        assertEquals(Evaluation.of(network, split.test()).accuracy(), epoch.testAccuracy());
        assertEquals(s.run().epochs().get(0), epoch);
    }

    // ----- the fast loop ---------------------------------------------------------------------

    /**
     * At a learning rate that is no power of two, α·(sum/n) and (α·sum)/n round differently: the
     * fast loop must round as the readable trainer does, and its biases must match too.
     */
    @Test
    void theFastLoopMatchesToTheLastBitAtAnyLearningRate() {
        // 280 = 40 batches of 7: the last batch is full, and no empty one may follow
        List<Example> train = DigitTraining.standard().split().train().subList(0, 280);
        Mlp readable = Mlp.random(5, backprop.activation.Activation.SIGMOID, true, 64, 8, 10);
        FastTrainer fast = new FastTrainer(64, 8, 10, 5);
        Random r1 = new Random(4);
        Random r2 = new Random(4);
        for (int epoch = 0; epoch < 2; epoch++) {
            Trainer.epoch(readable, train, 0.3, 7, r1);
            fast.trainEpoch(train, 0.3, 7, r2);
        }
        assertArrayEquals(readable.layer(0).weights(), fast.hiddenWeights());
        assertArrayEquals(readable.layer(0).biases(), fast.hiddenBiases());
        assertArrayEquals(readable.layer(1).weights(), fast.outputWeights());
        assertArrayEquals(readable.layer(1).biases(), fast.outputBiases());
        assertEquals(Evaluation.of(readable, train).accuracy(), fast.accuracy(train));
    }

    @Test
    void theFastLoopChecksItsArguments() {
        assertThrows(IllegalArgumentException.class, () -> new FastTrainer(0, 8, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new FastTrainer(64, 0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new FastTrainer(64, 8, 0, 1));
        FastTrainer fast = new FastTrainer(64, 8, 10, 1);
        List<Example> some = DigitTraining.standard().split().test().subList(0, 3);
        assertThrows(IllegalArgumentException.class, () -> fast.trainEpoch(List.of(), 1, 1, new Random(1)));
        assertThrows(IllegalArgumentException.class, () -> fast.trainEpoch(some, 0, 1, new Random(1)));
        assertThrows(IllegalArgumentException.class, () -> fast.trainEpoch(some, 1, 0, new Random(1)));
        assertThrows(IllegalArgumentException.class, () -> fast.trainEpoch(some, 1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> fast.accuracy(List.of()));
    }

    // ----- the benchmark ---------------------------------------------------------------------

    @Test
    void theMedianOfOddAndEvenCounts() {
        assertEquals(2, Benchmark.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Benchmark.median(new double[] {4, 1, 3, 2}));
        assertEquals(7, Benchmark.median(new double[] {7}));
    }

    /**
     * The standard run first reaches 95% test accuracy at epoch 9 (96.10%; epoch 8 had 94.71%).
     * Both trainers go through the same epochs in the same order, so they end with the same
     * accuracy, and it is a trained network's. The rates and the time are wall-clock: only their
     * order of magnitude is sure (any machine trains between 100 and 100 million images a second).
     */
    @Test
    void theBenchmarkCountsTheEpochsToNinetyFivePercent() {
        DigitTraining s = DigitTraining.standard();
        Benchmark.Result r = Benchmark.measure(s, s.split(), 1, 1, 1);
        assertEquals(9, r.epochsToTarget());
        assertEquals(1438, r.samples());
        assertEquals(r.readableAccuracy(), r.fastAccuracy());
        assertTrue(r.readableAccuracy() > 0.85, r.toString());
        Benchmark.Result longer = Benchmark.measure(s, s.split(), 2, 1, 1);
        assertEquals(longer.readableAccuracy(), longer.fastAccuracy());
        assertNotEquals(r.readableAccuracy(), longer.readableAccuracy(), "a third epoch changes the network");
        for (double rate : new double[] {r.readableRate(), r.fastRate()}) {
            assertTrue(rate > 1e2 && rate < 1e8, r.toString());
        }
        assertTrue(r.secondsToTarget() > 1e-3 && r.secondsToTarget() < 1e3, r.toString());
        assertEquals(Runtime.getRuntime().availableProcessors(), r.cores());
        assertEquals(s, r.settings());
    }

    @Test
    void theBenchmarksReport() {
        DigitTraining s = DigitTraining.standard();
        Benchmark.Result r = new Benchmark.Result(s, 1438, 2, 12345.4, 45678.6, 0.9387, 0.9387, 1.23456, 9);
        assertEquals("벤치마크(benchmark): 64-32-10 시그모이드 네트워크, 배치 10장, 에폭마다 훈련 이미지 1438장, 코어 2개",
                DigitsReports.benchmarkSetup(s, 1438, 2));
        assertEquals("""
                처리량(throughput), 한 에폭: 워밍업(warm-up) 10 에폭 뒤 9번 잰 중앙값(median)
                  트레이너                이미지/초
                  읽기 쉬운 Mlp               12345
                  FastTrainer (double[])      45679
                  읽기 쉬운 Mlp는 빠른 루프의 3.7배 시간이 걸린다
                  잰 에폭들 뒤의 시험 정확도: 읽기 쉬운 Mlp 93.87%, FastTrainer 93.87%
                시험 정확도 95.00%까지 걸린 시간 (읽기 쉬운 Mlp, seed 1, 5번의 중앙값): 1.235초, 9 에폭
                """, DigitsReports.benchmark(r));
    }

    // ----- reports -----------------------------------------------------------------------------

    @Test
    void anEpochsLine() {
        assertEquals("에폭  3/20  손실 0.5  훈련 25.00%  시험 12.50%",
                DigitsReports.epochLine(new DigitTraining.Epoch(3, 0.5, 0.25, 0.125), 20));
        assertEquals("에폭 12/20  손실 0.01234568  훈련 100.00%  시험 0.00%",
                DigitsReports.epochLine(new DigitTraining.Epoch(12, 0.0123456789, 1, 0), 20));
    }

    @Test
    void theSummaryIsTheReportFromTheTestAccuracyOn() {
        DigitTraining.Result result = DigitTraining.standard().withEpochs(1).withHidden(4).run();
        String report = DigitsReports.training(result);
        String summary = DigitsReports.summary(result);
        assertTrue(summary.startsWith("시험 정확도(test accuracy, 1 에폭 뒤): "), summary);
        assertTrue(report.endsWith(summary), report);
    }

    @Test
    void exerciseHelpersCheckTheirCountsAndShares() {
        int[] negative = new int[10];
        negative[4] = -1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigitsExercises.accuracyTable(negative, new int[10]));
        assertTrue(e.getMessage().contains("right[4]") && e.getMessage().contains("-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.accuracyTable(new int[10], new int[11]));
        assertTrue(e.getMessage().contains("total") && e.getMessage().contains("11"), e.getMessage());
        assertEquals("         1     2       1         100.00%\n", DigitsExercises.batchRow(1, 2, 1, 1.0));
        e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.batchRow(1, 2, -1, 0.5));
        assertTrue(e.getMessage().contains("steps") && e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DigitsExercises.batchRow(1, 2, 1, -0.01));
        assertThrows(IllegalArgumentException.class, () -> DigitsExercises.batchRow(1, 2, 1, 1.01));
    }

    @Test
    void whatJShellShowsIsShort() {
        DigitTraining.Result result = DigitTraining.standard().run();
        assertEquals("Result[Mlp 64-32-10, 20 epochs, test accuracy 96.38%]", result.toString());
        assertEquals("Split[1438 to train, 359 to test]", result.split().toString());
        assertEquals("Epoch[1, loss 0.18635718, train 82.06%, test 81.06%]", result.epochs().get(0).toString());
    }

    @Test
    void aConfusionMatrixMustBeTenByTen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigitsReports.confusion(new int[9][10]));
        assertTrue(e.getMessage().contains("10 rows") && e.getMessage().contains("9"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DigitsReports.confusion(new int[][] {
                new int[10], new int[10], new int[10], new int[9], new int[10], new int[10], new int[10],
                new int[10], new int[10], new int[10]}));
        assertTrue(e.getMessage().contains("counts[3]") && e.getMessage().contains("9"), e.getMessage());
        int[][] one = new int[10][10];
        one[2][7] = 12;
        String table = DigitsReports.confusion(one);
        // each column as wide as its widest cell: only column 7 holds two digits
        assertTrue(table.startsWith("      0  1  2  3  4  5  6   7  8  9\n"), table);
        assertTrue(table.contains("\n   2  ·  ·  ·  ·  ·  ·  ·  12  ·  ·\n"), table);
    }
}
