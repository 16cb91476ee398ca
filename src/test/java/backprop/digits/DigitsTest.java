package backprop.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import backprop.activation.Activation;
import backprop.mlp.Example;
import backprop.mlp.Evaluation;
import backprop.mlp.Mlp;
import backprop.mlp.Trainer;

class DigitsTest {

    @Test
    void theDataSetHasEveryImage() {
        List<Digit> digits = Digits.load();
        assertEquals(1797, digits.size());
        int[] perLabel = new int[10];
        for (Digit d : digits) {
            perLabel[d.label()]++;
            for (int p : d.pixels()) {
                assertTrue(p >= 0 && p <= 16, "pixel " + p);
            }
        }
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, perLabel);
    }

    @Test
    void examplesAreScaledPixelsAndOneHotTargets() {
        Example e = Digits.load().get(0).toExample();
        assertEquals(64, e.input().length);
        assertEquals(5 / 16.0, e.input()[2]);
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, e.target());
    }

    @Test
    void badLinesNameTheLine() {
        String csv = "0,".repeat(64) + "3\n1,2,3\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Digits.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("got 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Digit(new int[64], 10));
        assertThrows(IllegalArgumentException.class, () -> new Digit(new int[63], 1));
    }

    @Test
    void theSplitIsSeededAndDisjoint() {
        List<Example> all = Digits.examples(Digits.load());
        Split a = Split.of(all, 0.2, 1);
        Split b = Split.of(all, 0.2, 1);
        assertEquals(359, a.test().size());
        assertEquals(1438, a.train().size());
        assertEquals(a, b);
        Set<Example> train = new HashSet<>(a.train());
        assertTrue(a.test().stream().noneMatch(train::contains));
        assertNotEquals(a.test().get(0), Split.of(all, 0.2, 2).test().get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Split.of(all, 1.5, 1));
        assertTrue(e.getMessage().contains("testFraction") && e.getMessage().contains("1.5"));
    }

    @Test
    void theStandardTrainingReachesNinetyFivePercent() {
        DigitTraining.Result result = DigitTraining.standard().run();
        assertTrue(result.testAccuracy() >= 0.95, "test accuracy " + result.testAccuracy());
        assertEquals(result.epochs(), DigitTraining.standard().run().epochs(), "the same seed gives the same run");
    }

    @Test
    void theFastLoopIsTheSameNetworkToTheLastBit() {
        List<Example> train = Split.of(Digits.examples(Digits.load()), 0.2, 1).train();
        Mlp readable = Mlp.random(7, Activation.SIGMOID, true, 64, 16, 10);
        FastTrainer fast = new FastTrainer(64, 16, 10, 7);
        Random r1 = new Random(3);
        Random r2 = new Random(3);
        for (int epoch = 0; epoch < 2; epoch++) {
            Trainer.epoch(readable, train, 2.0, 10, r1);
            fast.trainEpoch(train, 2.0, 10, r2);
        }
        assertArrayEquals(readable.layer(0).weights(), fast.hiddenWeights());
        assertArrayEquals(readable.layer(1).weights(), fast.outputWeights());
        assertEquals(Evaluation.of(readable, train).accuracy(), fast.accuracy(train));
    }

    @Test
    void badSettingsNameTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DigitTraining.standard().withEpochs(0))
                .getMessage().contains("epochs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DigitTraining.standard().withLearningRate(Double.NaN))
                .getMessage().contains("learningRate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DigitTraining.standard().withBatchSize(0))
                .getMessage().contains("batchSize"));
        Mlp mlp = Mlp.random(1, Activation.SIGMOID, true, 64, 4, 10);
        List<Example> some = Digits.examples(Digits.load()).subList(0, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.epoch(mlp, some, 1.0, 0, new Random(1)));
        assertTrue(e.getMessage().contains("batchSize") && e.getMessage().contains("0"), e.getMessage());
    }
}
