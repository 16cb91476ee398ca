package backprop.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import backprop.activation.Activation;

/**
 * The model's parts one by one: a layer's forward and backward, what is handed out and what is
 * kept, the records' equality, the evaluation, and the shared derived data the reports and
 * pictures read. Expected numbers come from the slides or are worked out by hand in a comment.
 */
class MlpModelTest {

    // ----- Layer --------------------------------------------------------------------------------

    /**
     * One identity unit with w = (2, −1), b = 0.5 at input (3, 4): z = 6 − 4 + 0.5 = 2.5. With
     * ∂E/∂out = 0.5: δ = 0.5, ∂E/∂w = δ·input = (1.5, 2), ∂E/∂b = 0.5, ∂E/∂input = δ·w = (1, −0.5).
     */
    @Test
    void aLayersForwardAndBackwardByHand() {
        Layer layer = Layer.of(new double[][] {{2, -1}}, new double[] {0.5}, Activation.IDENTITY);
        assertArrayEquals(new double[] {2.5}, layer.forward(new double[] {3, 4}));
        assertArrayEquals(new double[] {1, -0.5}, layer.backward(new double[] {0.5}));
        assertEquals(new LayerGradient(new double[][] {{1.5, 2}}, new double[] {0.5}), layer.gradient());
        // backward adds, as micrograd's grad does, until zeroGradient
        layer.backward(new double[] {0.5});
        assertEquals(new LayerGradient(new double[][] {{3, 4}}, new double[] {1}), layer.gradient());
        layer.zeroGradient();
        assertEquals(new LayerGradient(new double[][] {{0, 0}}, new double[] {0}), layer.gradient());
    }

    /** The sigmoid's slope comes from its output: at z = 0, out = 0.5 and f'(0) = 0.25. */
    @Test
    void aSigmoidLayersBackwardUsesTheSlopeAtZ() {
        Layer layer = Layer.of(new double[][] {{1}}, null, Activation.SIGMOID);
        assertArrayEquals(new double[] {0.5}, layer.forward(new double[] {0}));
        assertArrayEquals(new double[] {0.25}, layer.backward(new double[] {1}));
        assertEquals(new LayerGradient(new double[][] {{0}}, new double[] {0}), layer.gradient());
    }

    @Test
    void backwardNeedsAForwardPassFirst() {
        Layer layer = Layer.of(new double[][] {{1}}, null, Activation.SIGMOID);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> layer.backward(new double[] {1}));
        assertTrue(e.getMessage().contains("forward"), e.getMessage());
    }

    @Test
    void aLayerHandsOutCopies() {
        Layer layer = Layer.of(new double[][] {{1, 2}}, new double[] {3}, Activation.IDENTITY);
        layer.weights()[0][0] = 100;
        layer.biases()[0] = 100;
        assertArrayEquals(new double[][] {{1, 2}}, layer.weights());
        assertArrayEquals(new double[] {3}, layer.biases());
        assertEquals(2, layer.inputs());
        assertEquals(1, layer.units());
        assertTrue(layer.hasBias());
        assertEquals(Activation.IDENTITY, layer.activation());
        assertEquals("Layer 2 → 1 (identity, with bias)", layer.toString());
        assertEquals("Layer 2 → 1 (sigmoid, no bias)", Layer.of(new double[][] {{1, 2}}, null, Activation.SIGMOID).toString());
    }

    @Test
    void randomAndConstantLayers() {
        Layer random = Layer.random(3, 2, Activation.TANH, true, new Random(9));
        Random same = new Random(9);
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 3; i++) {
                assertEquals(2 * same.nextDouble() - 1, random.weights()[j][i]);
            }
            assertEquals(2 * same.nextDouble() - 1, random.biases()[j]);
        }
        Layer constant = Layer.constant(2, 3, Activation.SIGMOID, true, 0.5);
        assertArrayEquals(new double[][] {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}}, constant.weights());
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, constant.biases());
        Layer withoutBias = Layer.constant(2, 1, Activation.SIGMOID, false, 0.5);
        assertFalse(withoutBias.hasBias());
        assertArrayEquals(new double[] {0}, withoutBias.biases());
    }

    // ----- Mlp: what it hands out ------------------------------------------------------------

    /** A copy's backward, gradient or forward pass leaves the network's next gradient alone. */
    @Test
    void theNetworksLayersAreCopies() {
        Mlp mlp = MlpGradientTest.handWorked();
        List<LayerGradient> before = mlp.gradient(List.of(MlpGradientTest.X2));
        Layer copy = mlp.layer(1);
        copy.forward(new double[] {1});
        copy.backward(new double[] {1000});
        mlp.layers().get(0).forward(new double[] {7});
        assertEquals(before, mlp.gradient(List.of(MlpGradientTest.X2)));
        assertArrayEquals(new double[][] {{3}}, mlp.layer(1).weights());
    }

    @Test
    void theNetworksShape() {
        Mlp mlp = Mlp.random(1, Activation.SIGMOID, true, 4, 3, 2);
        assertEquals(2, mlp.depth());
        assertEquals(4, mlp.inputs());
        assertEquals(2, mlp.outputs());
        assertEquals(2, mlp.layers().size());
        assertEquals("Mlp 4-3-2", mlp.toString());
        assertEquals(3, mlp.layer(1).inputs());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mlp.layer(2));
        assertTrue(e.getMessage().contains("between 0 and 1") && e.getMessage().contains("2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mlp.layer(-1));
    }

    /** The slides' network from its eight weights, and the same weights read back layer by layer. */
    @Test
    void theSlidesNetworkHoldsTheSlidesWeights() {
        Mlp mlp = Mlp.slides();
        assertArrayEquals(new double[][] {{0.3, 0.25}, {0.4, 0.35}}, mlp.layer(0).weights());
        assertArrayEquals(new double[][] {{0.45, 0.4}, {0.7, 0.6}}, mlp.layer(1).weights());
        assertFalse(mlp.layer(0).hasBias());
        assertArrayEquals(new double[] {0.60944600, 0.66384491}, mlp.predict(0.1, 0.2), 5e-9);
    }

    /** classify is the argmax, the first index when outputs tie. */
    @Test
    void classifyPicksTheLargestOutput() {
        Mlp identity = Mlp.of(Layer.of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, null, Activation.IDENTITY));
        assertEquals(0, identity.classify(3, 1, 2));
        assertEquals(1, identity.classify(1, 3, 2));
        assertEquals(2, identity.classify(1, 2, 3));
        assertEquals(0, identity.classify(2, 2, 2));
        assertEquals(1, identity.classify(0, 2, 2));
    }

    @Test
    void anUpdateNeedsAGradientOfTheNetworksShape() {
        Mlp mlp = MlpGradientTest.handWorked();
        List<LayerGradient> one = List.of(new LayerGradient(new double[][] {{1}}, new double[] {1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mlp.update(one, 0.5));
        assertTrue(e.getMessage().contains("gradient") && e.getMessage().contains("2") && e.getMessage().contains("1"),
                e.getMessage());
        List<LayerGradient> wide = List.of(new LayerGradient(new double[][] {{1, 2}}, new double[] {1}),
                new LayerGradient(new double[][] {{1}}, new double[] {1}));
        e = assertThrows(IllegalArgumentException.class, () -> mlp.update(wide, 0.5));
        assertTrue(e.getMessage().contains("1×1") && e.getMessage().contains("1×2"), e.getMessage());
        List<LayerGradient> tall = List.of(new LayerGradient(new double[][] {{1}, {2}}, new double[] {1, 2}),
                new LayerGradient(new double[][] {{1}}, new double[] {1}));
        e = assertThrows(IllegalArgumentException.class, () -> mlp.update(tall, 0.5));
        assertTrue(e.getMessage().contains("2×1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mlp.update(mlp.gradient(List.of(MlpGradientTest.X2)), 0));
        // every layer's gradient is checked before any layer moves: no half-done update
        List<LayerGradient> half = java.util.Arrays.asList(mlp.gradient(List.of(MlpGradientTest.X2)).get(0), null);
        e = assertThrows(IllegalArgumentException.class, () -> mlp.update(half, 0.5));
        assertTrue(e.getMessage().contains("gradient[1]"), e.getMessage());
        assertArrayEquals(new double[][] {{0.5}}, mlp.layer(0).weights());
    }

    /** An epoch names a bad example by its place in the data set, not in a shuffled batch. */
    @Test
    void anEpochChecksTheWholeDataSetFirst() {
        List<Example> data = new java.util.ArrayList<>(MlpGradientTest.randomData(new Random(2), 2, 1, 4));
        data.add(Example.of(new double[] {1, 2, 3}, 1));
        Mlp mlp = Mlp.random(1, Activation.SIGMOID, true, 2, 2, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.epoch(mlp, data, 0.5, 1, new Random(1)));
        assertTrue(e.getMessage().contains("examples[4]"), e.getMessage());
    }

    // ----- records ------------------------------------------------------------------------------

    @Test
    void examplesCompareByContent() {
        Example a = Example.of(new double[] {0, 1}, 1);
        assertEquals(Example.of(new double[] {0, 1}, 1), a);
        assertEquals(Example.of(new double[] {0, 1}, 1).hashCode(), a.hashCode());
        assertNotEquals(Example.of(new double[] {1, 1}, 1), a);
        assertNotEquals(Example.of(new double[] {0, 1}, 0), a);
        assertNotEquals(Example.of(new double[] {0, 1}, 1).hashCode(), Example.of(new double[] {1, 0}, 1).hashCode());
        assertFalse(a.equals("[0, 1] → [1]"));
        assertEquals("[0, 1] → [1]", a.toString());
        assertEquals("[0.1, 0.2] → [0.4, 0.6]", Example.of(new double[] {0.1, 0.2}, 0.4, 0.6).toString());
        a.input()[0] = 5;
        assertArrayEquals(new double[] {0, 1}, a.input());
        assertEquals(2, a.inputs());
        assertEquals(1, a.targets());
    }

    @Test
    void layerGradientsCompareByContent() {
        LayerGradient g = new LayerGradient(new double[][] {{1, 2}, {3, 4}}, new double[] {5, 6});
        assertEquals(new LayerGradient(new double[][] {{1, 2}, {3, 4}}, new double[] {5, 6}), g);
        assertEquals(new LayerGradient(new double[][] {{1, 2}, {3, 4}}, new double[] {5, 6}).hashCode(), g.hashCode());
        assertNotEquals(new LayerGradient(new double[][] {{1, 2}, {3, 5}}, new double[] {5, 6}), g);
        assertNotEquals(new LayerGradient(new double[][] {{1, 2}, {3, 4}}, new double[] {5, 7}), g);
        assertNotEquals(new LayerGradient(new double[][] {{1, 2}, {3, 4}}, new double[] {5, 7}).hashCode(), g.hashCode());
        assertNotEquals(new LayerGradient(new double[][] {{1, 2}, {3, 5}}, new double[] {5, 6}).hashCode(), g.hashCode());
        assertFalse(g.equals(null));
        assertEquals("LayerGradient[dW=[[1, 2], [3, 4]], db=[5, 6]]", g.toString());
        assertEquals(2, g.units());
        assertEquals(2, g.inputs());
        assertEquals(3, g.dW(1, 0));
        assertEquals(6, g.db(1));
        g.dW()[0][0] = 100;
        g.db()[0] = 100;
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, g.dW());
        assertArrayEquals(new double[] {5, 6}, g.db());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayerGradient(new double[][] {{1, 2}, {3}}, new double[] {5, 6}));
        assertTrue(e.getMessage().contains("dW[1]") && e.getMessage().contains("length 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LayerGradient(new double[][] {{1}}, new double[] {5, 6}));
        assertTrue(e.getMessage().contains("dW") && e.getMessage().contains("2"), e.getMessage());
    }

    /** The XOR report's numbers: loss 0.17777059 → 0.00103115 in 2000 epochs at α = 2. */
    @Test
    void whatJShellShowsIsShort() {
        assertEquals("TrainingHistory[α = 2, 2000 epochs, loss 0.17777059 → 0.00103115]",
                XorTraining.train(XorTraining.network(XorTraining.SEED)).toString());
        assertEquals("TrainingHistory[α = 0.5, 2 epochs, loss 1 → Infinity, diverged at epoch 2]",
                new TrainingHistory(0.5, List.of(1.0, 3.0, Double.POSITIVE_INFINITY), 2).toString());
        assertEquals("Evaluation[loss 0.0625, accuracy 50.00%]", new Evaluation(0.0625, 0.5).toString());
    }

    @Test
    void weightsPrintShort() {
        assertEquals("Weights[w1=0.3, w2=0.25, w3=0.4, w4=0.35, w5=0.45, w6=0.4, w7=0.7, w8=0.6]",
                Weights.slides().toString());
    }

    // ----- Evaluation --------------------------------------------------------------------------

    /**
     * A 2-2 identity network outputs its input. (1, 0) → target (1, 0): right, E = 0. (0, 1) →
     * (1, 0): wrong, E = ½(1 + 1) = 1. (0.25, 0.75) → (0, 1): right, E = ½(0.0625 + 0.0625) = 0.0625.
     */
    @Test
    void anEvaluationIsTheMeanLossAndTheShareRight() {
        Mlp identity = Mlp.of(Layer.of(new double[][] {{1, 0}, {0, 1}}, null, Activation.IDENTITY));
        List<Example> data = List.of(Example.of(new double[] {1, 0}, 1, 0), Example.of(new double[] {0, 1}, 1, 0),
                Example.of(new double[] {0.25, 0.75}, 0, 1));
        Evaluation e = Evaluation.of(identity, data);
        assertEquals((0 + 1 + 0.0625) / 3, e.loss());
        assertEquals(2.0 / 3, e.accuracy());
        assertEquals(identity.loss(data), e.loss());
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(identity, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(null, data));
    }

    // ----- the derived data the reports, plots and figures share --------------------------------

    /** E_total before and after the slides' one update: 0.02397190 and 0.02323634. */
    @Test
    void theLearningRateCurveStartsWithTheSlidesErrors() {
        double[] errors = LearningRateTuning.slidesErrors(SlidesExample.LEARNING_RATE, 100);
        assertEquals(101, errors.length);
        assertEquals(0.02397190, errors[0], 5e-9);
        assertEquals(0.02323634, errors[1], 5e-9);
        assertThrows(IllegalArgumentException.class, () -> LearningRateTuning.slidesErrors(-1, 10));
        assertEquals(List.of(0.1, 0.5, 1.0, 2.0, 5.0), LearningRateTuning.SLIDES_LEARNING_RATES);
    }

    /** The slides' first update: w5 0.45 → 0.43703857, w1 0.3 → 0.29959556, … */
    @Test
    void theWeightMovementOfTheSlidesFirstUpdate() {
        WeightMovement movement = WeightMovement.slides(1);
        assertEquals(1, movement.epochs());
        assertEquals(Weights.slides(), movement.start());
        double[] slides = {0.29959556, 0.24919112, 0.39964496, 0.34928991, 0.43703857, 0.38685205, 0.69629578,
                           0.59624247};
        double[] moved = movement.moved();
        for (int i = 1; i <= 8; i++) {
            double expected = Math.abs(slides[i - 1] - Weights.slides().get(i));
            assertEquals(expected, moved[i - 1], 1e-8, "w" + i);
            assertEquals(expected, movement.moved(i), 1e-8, "w" + i);
            assertEquals(expected, movement.movedIn(1, i), 1e-8, "w" + i);
            assertEquals(slides[i - 1], movement.end().get(i), 5e-9, "w" + i);
        }
        assertEquals(List.of(6, 5, 8, 7, 2, 4, 1, 3), movement.ranking(1));
        assertEquals(moved[0] + moved[1] + moved[2] + moved[3], movement.hiddenLayer(), 1e-15);
        assertEquals(moved[4] + moved[5] + moved[6] + moved[7], movement.outputLayer(), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> movement.movedIn(2, 1));
        assertTrue(e.getMessage().contains("epoch") && e.getMessage().contains("2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> movement.ranking(0));
        assertThrows(IllegalArgumentException.class, () -> new WeightMovement(List.of(Weights.slides())));
    }

    @Test
    void theSymmetricStartKeepsTheHiddenUnitsAlike() {
        for (Weights w : Symmetry.slidesPath(50)) {
            assertTrue(Symmetry.hiddenUnitsAlike(w), w.toString());
        }
        assertFalse(Symmetry.hiddenUnitsAlike(Weights.slides()));
        assertFalse(Symmetry.hiddenUnitsAlike(new Weights(0.5, 0.5, 0.5, 0.4, 0.5, 0.5, 0.5, 0.5)));
        assertFalse(Symmetry.hiddenUnitsAlike(new Weights(0.5, 0.5, 0.4, 0.5, 0.5, 0.5, 0.5, 0.5)));
        assertEquals("Mlp 2-2-1", Symmetry.xorNetwork().toString());
    }

    /** The trained XOR network of seed 1 reads all four rows right. */
    @Test
    void theTrainedXorNetworkSolvesXor() {
        Mlp xor = XorTraining.trained(XorTraining.SEED);
        for (Example e : Example.xor()) {
            assertEquals(e.target()[0], Math.round(xor.predict(e.input())[0]), e.toString());
        }
    }

    @Test
    void theAutogradGraphEndsInTheSlidesError() {
        assertEquals(ForwardPass.of(Weights.slides(), Sample.slides()).errorTotal(),
                GradientCheck.graph(Weights.slides(), Sample.slides()).data(), 1e-15);
        assertArrayEquals(BackwardPass.of(ForwardPass.of(Weights.slides(), Sample.slides())).gradient(),
                GradientCheck.byHand(Weights.slides(), Sample.slides()));
    }
}
