package backprop.perceptron;

import static backprop.perceptron.PerceptronTest.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PerceptronLearningTest {

    @Test
    void learnsAndOrAndNand() {
        for (TrainingData data : List.of(TrainingData.and(), TrainingData.or(), TrainingData.nand())) {
            TrainingRun run = PerceptronLearning.train(data);
            assertTrue(run.converged(), data.name());
            assertEquals(0, run.errorCounts().get(run.errorCounts().size() - 1), data.name());
            for (TrainingSample s : data.samples()) {
                assertEquals(s.target(), run.result().output(s.x()), data.name() + " " + s);
            }
        }
    }

    /**
     * Worked by hand: from all zeros every weighted sum is 0 and step(0) = 0, so in the first
     * epoch only the samples with target 1 are wrong. AND has one, (1, 1), which moves w and b
     * to 0.5 each; OR has three, but after the first, (1, 0), the sums at (0, 1) and (1, 1) are
     * already above 0. In AND's second epoch (0, 0) and (1, 0) fire wrongly, b and w1 drop by
     * 0.5, (0, 1) then sums to exactly 0 (right: 0), and (1, 1) sums to 0 (wrong: 1 was wanted).
     */
    @Test
    void fromZeroTheFirstEpochMovesOnlyOnTargetOne() {
        TrainingRun and = PerceptronLearning.train(TrainingData.and());
        assertEquals(1, and.epochs().get(0).errors());
        assertEquals(Perceptron.tlu(0.5, 0.5, 0.5), and.epochs().get(0).after());
        assertEquals(3, and.epochs().get(1).errors());
        assertEquals(Perceptron.tlu(0, 0.5, 1), and.epochs().get(1).after());
        TrainingRun or = PerceptronLearning.train(TrainingData.or());
        assertEquals(1, or.epochs().get(0).errors());
        assertEquals(Perceptron.tlu(0.5, 0.5, 0), or.epochs().get(0).after());
    }

    @Test
    void neverLearnsXorEvenInAThousandEpochs() {
        TrainingRun run = new PerceptronLearning(0.5, 1000).run(TrainingData.xor());
        assertFalse(run.converged());
        assertEquals(1000, run.epochs().size());
        assertTrue(run.errorCounts().stream().allMatch(errors -> errors > 0));
        assertTrue(run.firstRepeat().isPresent());
    }

    /** Whatever the start and the learning rate, no epoch on XOR is free of errors. */
    @Test
    void neverLearnsXorFromRandomStarts() {
        Random random = new Random(2);
        for (int trial = 0; trial < 200; trial++) {
            Perceptron start = Perceptron.tlu(random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
            double learningRate = 0.01 + random.nextDouble();
            TrainingRun run = new PerceptronLearning(learningRate, 50).run(start, TrainingData.xor());
            assertFalse(run.converged(), "trial " + trial);
        }
    }

    /** Labels drawn from a random line, with a margin, are always learned (convergence theorem). */
    @Test
    void learnsRandomLinearlySeparableData() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            double w1 = random.nextGaussian();
            double w2 = random.nextGaussian();
            double b = random.nextGaussian();
            List<TrainingSample> samples = new ArrayList<>();
            while (samples.size() < 20) {
                double x1 = random.nextDouble() * 4 - 2;
                double x2 = random.nextDouble() * 4 - 2;
                double s = w1 * x1 + w2 * x2 + b;
                if (Math.abs(s) > 0.1) {
                    samples.add(TrainingSample.of(s > 0 ? 1 : 0, x1, x2));
                }
            }
            TrainingData data = new TrainingData("random " + trial, samples);
            TrainingRun run = new PerceptronLearning(0.1, 10_000).run(data);
            assertTrue(run.converged(), "trial " + trial);
            for (TrainingSample s : samples) {
                assertEquals(s.target(), run.result().output(s.x()), "trial " + trial);
            }
        }
    }

    @Test
    void updateMovesOnlyOnMistakes() {
        Perceptron p = Perceptron.and();
        assertEquals(p, PerceptronLearning.update(p, TrainingSample.of(1, 1, 1), 0.5));
        Perceptron moved = PerceptronLearning.update(p, TrainingSample.of(1, 1, 0), 0.5);
        // t − y = 1: each weight moves by 0.5 × its input, the bias by 0.5.
        assertEquals(1.0, moved.weight(1), 1e-15);
        assertEquals(0.5, moved.weight(2), 1e-15);
        assertEquals(-0.2, moved.bias(), 1e-15);
    }

    @Test
    void badSettingsAreRejected() {
        assertRejects("learningRate", () -> new PerceptronLearning(0, 10));
        assertRejects("learningRate", () -> new PerceptronLearning(-0.5, 10));
        assertRejects("learningRate", () -> new PerceptronLearning(Double.NaN, 10));
        assertRejects("learningRate", () -> new PerceptronLearning(Double.POSITIVE_INFINITY, 10));
        assertRejects("maxEpochs", () -> new PerceptronLearning(0.5, 0));
        assertRejects("maxEpochs", () -> new PerceptronLearning(0.5, -1));
        assertRejects("learningRate", () -> PerceptronLearning.update(Perceptron.and(), TrainingSample.of(1, 1, 1), 0));
    }

    @Test
    void badDataIsRejected() {
        assertRejects("samples", () -> new TrainingData("empty", List.of()));
        assertRejects("samples", () -> TrainingData.of("none"));
        assertRejects("samples[1]", () -> TrainingData.of("mixed", TrainingSample.of(1, 0, 0), TrainingSample.of(1, 0)));
        assertRejects("x", () -> TrainingSample.of(1));
        assertRejects("x[0]", () -> TrainingSample.of(1, Double.NaN));
        assertRejects("target", () -> TrainingSample.of(Double.NaN, 1));
        assertRejects("data", () -> PerceptronLearning.standard().run(null));
        assertRejects("start", () -> PerceptronLearning.standard().run(Perceptron.tlu(0, 1), TrainingData.and()));
    }
}
