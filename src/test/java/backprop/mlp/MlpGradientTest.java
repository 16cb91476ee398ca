package backprop.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import backprop.activation.Activation;
import backprop.activation.NumericalDerivative;

/**
 * The general network's gradients, every weight and every bias, against expectations that do
 * not come from {@link Layer#backward}: central differences of the loss, and a 1-1-1 network
 * worked by hand.
 */
class MlpGradientTest {

    /**
     * Central differences with h = 1e-5 carry an error of their own: about h²·|E'''|/6 from the
     * step and 1e-16·|E|/h from rounding, some 1e-11 to 1e-10 in absolute terms here. A relative
     * tolerance of 1e-7 can ask no more than that of gradients below 1e-3, so those are held to
     * 1e-7 × 1e-3 = 1e-10 absolute.
     */
    static final double RELATIVE = 1e-7;
    static final double FLOOR = 1e-3;

    /** 100 seeded networks with biases: 1 to 3 layers of 1 to 5 units, each layer its own smooth activation. */
    @Test
    void everyWeightAndBiasGradientEqualsItsCentralDifference() {
        Random random = new Random(11);
        Activation[] smooth = {Activation.SIGMOID, Activation.TANH, Activation.IDENTITY, Activation.elu(1.0)};
        int checked = 0;
        for (int n = 0; n < 100; n++) {
            int depth = 1 + random.nextInt(3);
            int[] sizes = new int[depth + 1];
            for (int k = 0; k <= depth; k++) {
                sizes[k] = 1 + random.nextInt(5);
            }
            Layer[] layers = new Layer[depth];
            for (int k = 0; k < depth; k++) {
                layers[k] = Layer.random(sizes[k], sizes[k + 1], smooth[random.nextInt(smooth.length)], true, random);
            }
            List<Example> data = randomData(random, sizes[0], sizes[depth], 1 + random.nextInt(4));
            List<LayerGradient> analytic = Mlp.of(layers).gradient(data);
            for (int k = 0; k < depth; k++) {
                for (int j = 0; j < sizes[k + 1]; j++) {
                    for (int i = 0; i < sizes[k]; i++) {
                        assertClose(centralDifference(layers, data, k, j, i), analytic.get(k).dW(j, i),
                                "dW[" + k + "][" + j + "][" + i + "] of case " + n + ", sizes " + Arrays.toString(sizes));
                        checked++;
                    }
                    assertClose(centralDifference(layers, data, k, j, -1), analytic.get(k).db(j),
                            "db[" + k + "][" + j + "] of case " + n + ", sizes " + Arrays.toString(sizes));
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "only " + checked + " gradients checked");
    }

    /** A layer without bias has db = 0, and an update leaves its biases at 0. */
    @Test
    void aLayerWithoutBiasHasNoBiasGradientAndKeepsZeroBiases() {
        Mlp mlp = Mlp.random(3, Activation.SIGMOID, false, 2, 3, 2);
        List<Example> data = randomData(new Random(5), 2, 2, 3);
        List<LayerGradient> gradient = mlp.gradient(data);
        for (LayerGradient g : gradient) {
            assertArrayEquals(new double[g.units()], g.db());
        }
        Trainer.step(mlp, data, 0.5);
        for (Layer layer : mlp.layers()) {
            assertArrayEquals(new double[layer.units()], layer.biases());
        }
    }

    // ----- a 1-1-1 network worked by hand -------------------------------------------------------

    /**
     * Identity activations, so every number is exact: x = 2, t = 1, w1 = 0.5, b1 = 0.25, w2 = 3,
     * b2 = −1. Forward: h = 0.5·2 + 0.25 = 1.25, o = 3·1.25 − 1 = 2.75, E = ½(1 − 2.75)² = 1.53125.
     * Backward: ∂E/∂o = o − t = 1.75, ∂E/∂w2 = 1.75·h = 2.1875, ∂E/∂b2 = 1.75,
     * ∂E/∂h = 1.75·w2 = 5.25, ∂E/∂w1 = 5.25·x = 10.5, ∂E/∂b1 = 5.25.
     */
    static Mlp handWorked() {
        return Mlp.of(Layer.of(new double[][] {{0.5}}, new double[] {0.25}, Activation.IDENTITY),
                Layer.of(new double[][] {{3}}, new double[] {-1}, Activation.IDENTITY));
    }

    static final Example X2 = Example.of(new double[] {2}, 1);
    /** The second example: x = 0, t = 0: h = 0.25, o = −0.25, ∂E/∂o = −0.25, ∂E/∂w2 = −0.0625, ∂E/∂h = −0.75. */
    static final Example X0 = Example.of(new double[] {0}, 0);

    @Test
    void theHandWorkedNetworksForwardAndLoss() {
        Mlp mlp = handWorked();
        assertArrayEquals(new double[] {2.75}, mlp.predict(2));
        assertEquals(1.53125, mlp.error(X2));
        assertEquals(0.03125, mlp.error(X0));
        assertEquals((1.53125 + 0.03125) / 2, mlp.loss(List.of(X2, X0)));
    }

    @Test
    void theHandWorkedNetworksGradient() {
        List<LayerGradient> g = handWorked().gradient(List.of(X2));
        assertEquals(new LayerGradient(new double[][] {{10.5}}, new double[] {5.25}), g.get(0));
        assertEquals(new LayerGradient(new double[][] {{2.1875}}, new double[] {1.75}), g.get(1));
    }

    @Test
    void aGradientOverSeveralExamplesIsTheirMean() {
        List<LayerGradient> g = handWorked().gradient(List.of(X2, X0));
        assertEquals(new LayerGradient(new double[][] {{(10.5 + 0) / 2}}, new double[] {(5.25 - 0.75) / 2}), g.get(0));
        assertEquals(new LayerGradient(new double[][] {{(2.1875 - 0.0625) / 2}}, new double[] {(1.75 - 0.25) / 2}),
                g.get(1));
    }

    @Test
    void aGradientDoesNotCarryOverFromTheCallBefore() {
        Mlp mlp = handWorked();
        mlp.gradient(List.of(X0));
        assertEquals(handWorked().gradient(List.of(X2)), mlp.gradient(List.of(X2)));
    }

    /** W ← W − α·dW and b ← b − α·db with α = 0.5: w1 = 0.5 − 5.25, b1 = 0.25 − 2.625, w2 = 3 − 1.09375, b2 = −1 − 0.875. */
    @Test
    void anUpdateMovesEveryWeightAndBiasAgainstItsGradient() {
        Mlp mlp = handWorked();
        mlp.update(mlp.gradient(List.of(X2)), 0.5);
        assertArrayEquals(new double[][] {{-4.75}}, mlp.layer(0).weights());
        assertArrayEquals(new double[] {-2.375}, mlp.layer(0).biases());
        assertArrayEquals(new double[][] {{1.90625}}, mlp.layer(1).weights());
        assertArrayEquals(new double[] {-1.875}, mlp.layer(1).biases());
    }

    @Test
    void aStepIsTheUpdateWithTheMeanGradient() {
        Mlp stepped = handWorked();
        Trainer.step(stepped, List.of(X2, X0), 0.5);
        // w1 − 0.5·5.25, b1 − 0.5·2.25, w2 − 0.5·1.0625, b2 − 0.5·0.75
        assertArrayEquals(new double[][] {{0.5 - 2.625}}, stepped.layer(0).weights());
        assertArrayEquals(new double[] {0.25 - 1.125}, stepped.layer(0).biases());
        assertArrayEquals(new double[][] {{3 - 0.53125}}, stepped.layer(1).weights());
        assertArrayEquals(new double[] {-1 - 0.375}, stepped.layer(1).biases());
    }

    /** Trainer's in-place step is update(gradient(batch)) to the last bit, at a rate that is no power of two. */
    @Test
    void theInPlaceStepIsTheUpdateWithTheGradient() {
        List<Example> data = randomData(new Random(3), 3, 2, 7);
        Mlp inPlace = Mlp.random(8, Activation.TANH, true, 3, 4, 2);
        Mlp copied = Mlp.random(8, Activation.TANH, true, 3, 4, 2);
        for (int step = 0; step < 5; step++) {
            Trainer.step(inPlace, data, 0.3);
            copied.update(copied.gradient(data), 0.3);
        }
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(copied.layer(k).weights(), inPlace.layer(k).weights());
            assertArrayEquals(copied.layer(k).biases(), inPlace.layer(k).biases());
        }
        assertEquals(copied.gradient(data), inPlace.gradient(data));
    }

    /** A batch as large as the data set is one full-batch step; the shuffle cannot change an exact sum. */
    @Test
    void anEpochInOneBatchIsOneStep() {
        Mlp epoch = handWorked();
        Trainer.epoch(epoch, List.of(X2, X0), 0.5, 2, new Random(1));
        Mlp step = handWorked();
        Trainer.step(step, List.of(X2, X0), 0.5);
        assertEquals(MlpReports.network(step), MlpReports.network(epoch));
        assertArrayEquals(step.layer(0).weights(), epoch.layer(0).weights());
        assertArrayEquals(step.layer(1).biases(), epoch.layer(1).biases());
    }

    /** Batches of 2 from 5 examples are three steps, the last with one example, in the shuffled order. */
    @Test
    void anEpochStepsOncePerBatchInTheShuffledOrder() {
        List<Example> data = randomData(new Random(8), 2, 1, 5);
        Mlp trained = Mlp.random(4, Activation.SIGMOID, true, 2, 3, 1);
        Trainer.epoch(trained, data, 0.5, 2, new Random(6));

        List<Example> order = new ArrayList<>(data);
        java.util.Collections.shuffle(order, new Random(6));
        Mlp byHand = Mlp.random(4, Activation.SIGMOID, true, 2, 3, 1);
        Trainer.step(byHand, order.subList(0, 2), 0.5);
        Trainer.step(byHand, order.subList(2, 4), 0.5);
        Trainer.step(byHand, order.subList(4, 5), 0.5);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(byHand.layer(k).weights(), trained.layer(k).weights());
            assertArrayEquals(byHand.layer(k).biases(), trained.layer(k).biases());
        }
    }

    /** E = ½w² for w = 1, x = 1, t = 0; each step w ← w − 10w = −9w, so E = ½·81^k overflows at epoch 162. */
    @Test
    void aLossThatOverflowsEndsTheTrainingAtThatEpoch() {
        Mlp mlp = Mlp.of(Layer.of(new double[][] {{1}}, null, Activation.IDENTITY));
        TrainingHistory history = Trainer.train(mlp, List.of(Example.of(new double[] {1}, 0)), 10, 1000);
        assertTrue(history.diverged());
        assertEquals(162, history.divergedAtEpoch());
        assertEquals(162, history.epochs());
        assertEquals(0.5, history.initialLoss());
        assertEquals(0.5 * 81, history.losses().get(1));
        assertEquals(Double.POSITIVE_INFINITY, history.finalLoss());
        assertTrue(MlpReports.lossTable(history, 100).endsWith("162 에폭에서 발산(diverge): 손실이 더는 유한한 수가 "
                + "아니다. 학습률을 줄여 보자\n"), MlpReports.lossTable(history, 100));
    }

    @Test
    void aTrainingThatDoesNotDivergeKeepsEveryEpoch() {
        Mlp mlp = handWorked();
        TrainingHistory history = Trainer.train(mlp, List.of(X2, X0), 0.01, 3);
        assertEquals(0, history.divergedAtEpoch());
        assertEquals(3, history.epochs());
        assertEquals(4, history.losses().size());
        assertEquals(mlp.loss(List.of(X2, X0)), history.finalLoss());
        assertTrue(history.finalLoss() < history.initialLoss());
    }

    // ----- helpers -----------------------------------------------------------------------------

    private static void assertClose(double expected, double actual, String what) {
        double tolerance = RELATIVE * Math.max(Math.abs(expected), FLOOR);
        assertTrue(Math.abs(expected - actual) <= tolerance,
                () -> what + ": backprop " + actual + ", central difference " + expected);
    }

    /** (loss(θ + h) − loss(θ − h)) / 2h for one weight (i ≥ 0) or the bias (i = −1) of unit j in layer k. */
    private static double centralDifference(Layer[] layers, List<Example> data, int k, int j, int i) {
        double h = NumericalDerivative.DEFAULT_H;
        return (loss(layers, data, k, j, i, h) - loss(layers, data, k, j, i, -h)) / (2 * h);
    }

    private static double loss(Layer[] layers, List<Example> data, int k, int j, int i, double delta) {
        Layer[] moved = layers.clone();
        double[][] w = layers[k].weights();
        double[] b = layers[k].biases();
        if (i >= 0) {
            w[j][i] += delta;
        } else {
            b[j] += delta;
        }
        moved[k] = Layer.of(w, b, layers[k].activation());
        return Mlp.of(moved).loss(data);
    }

    static List<Example> randomData(Random random, int inputs, int outputs, int count) {
        List<Example> data = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            double[] x = new double[inputs];
            double[] t = new double[outputs];
            for (int i = 0; i < inputs; i++) {
                x[i] = 2 * random.nextDouble() - 1;
            }
            for (int i = 0; i < outputs; i++) {
                t[i] = random.nextDouble();
            }
            data.add(new Example(x, t));
        }
        return data;
    }
}
