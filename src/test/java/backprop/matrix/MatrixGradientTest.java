package backprop.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import backprop.Format;
import backprop.activation.Activation;
import backprop.mlp.Example;
import backprop.mlp.Layer;
import backprop.mlp.LayerGradient;
import backprop.mlp.Mlp;
import backprop.mlp.Trainer;

/**
 * Why the matrix form can be trusted: its batch gradients are chapter 6's per-example gradients
 * added up; they agree with central differences, biases included; its loss layers start
 * backpropagation where the math says; and the slides' network, written with these layers,
 * takes the slides' step. The expected values come from chapter 6's code, from central
 * differences, or from the slides' ledger (src/test/resources/slide-numbers.tsv).
 */
class MatrixGradientTest {

    static List<Example> examples(int inputs, int outputs, int n, Random random) {
        return MatrixReports.randomExamples(inputs, outputs, n, random);
    }

    /** Chapter 6's gradient of each example on its own, added up, transposed to this chapter's (i, j). */
    static TwoLayerGradient chapter6Sum(Mlp mlp, List<Example> examples) {
        int inputs = mlp.inputs();
        int hidden = mlp.layer(0).units();
        int outputs = mlp.outputs();
        double[][] w1 = new double[inputs][hidden];
        double[] b1 = new double[hidden];
        double[][] w2 = new double[hidden][outputs];
        double[] b2 = new double[outputs];
        for (Example e : examples) {
            List<LayerGradient> g = mlp.gradient(List.of(e));
            for (int j = 0; j < hidden; j++) {
                for (int i = 0; i < inputs; i++) {
                    w1[i][j] += g.get(0).dW(j, i);
                }
                b1[j] += g.get(0).db(j);
            }
            for (int k = 0; k < outputs; k++) {
                for (int j = 0; j < hidden; j++) {
                    w2[j][k] += g.get(1).dW(k, j);
                }
                b2[k] += g.get(1).db(k);
            }
        }
        return new TwoLayerGradient(Matrix.of(w1), b1, Matrix.of(w2), b2);
    }

    static TwoLayerGradient times(TwoLayerGradient g, double n) {
        double[] db1 = g.db1();
        double[] db2 = g.db2();
        for (int j = 0; j < db1.length; j++) {
            db1[j] *= n;
        }
        for (int k = 0; k < db2.length; k++) {
            db2[k] *= n;
        }
        return new TwoLayerGradient(g.dW1().times(n), db1, g.dW2().times(n), db2);
    }

    static double largest(double[] differences) {
        double max = 0;
        for (double d : differences) {
            max = Math.max(max, d);
        }
        return max;
    }

    @Test
    void theBatchGradientIsTheSumOfChapter6sPerExampleGradients() {
        int[][] sizes = {{2, 2, 2}, {3, 5, 2}, {8, 4, 3}, {64, 32, 10}};
        int[] batches = {1, 2, 7, 10, 32};
        for (long seed = 1; seed <= 4; seed++) {
            for (int[] s : sizes) {
                for (int n : batches) {
                    Mlp mlp = Mlp.random(seed, Activation.SIGMOID, true, s[0], s[1], s[2]);
                    List<Example> examples = examples(s[0], s[2], n, new Random(100 * seed + n));
                    // The loss is the batch's mean, so its gradient is the sum divided by N.
                    TwoLayerGradient batch = times(TwoLayerNet.of(mlp).gradient(Batch.of(examples)), n);
                    double[] d = batch.differences(chapter6Sum(mlp, examples));
                    long id = seed;
                    assertTrue(largest(d) < 1e-12, () -> "seed " + id + ", " + s[0] + "-" + s[1] + "-" + s[2] + ", N = " + n
                            + ": differences " + java.util.Arrays.toString(d));
                }
            }
        }
    }

    @Test
    void eachLayersBackwardIsChapter6sLayerBackwardForEveryRow() {
        Random random = new Random(5);
        Layer chapter6 = Layer.random(6, 4, Activation.SIGMOID, true, random);
        Affine affine = Affine.of(Matrix.of(chapter6.weights()).transpose(), chapter6.biases());
        SigmoidLayer sigmoid = new SigmoidLayer();
        Matrix x = MatrixTest.random(5, 6, random);
        Matrix dY = MatrixTest.random(5, 4, random);
        Matrix y = sigmoid.forward(affine.forward(x));
        Matrix dX = affine.backward(sigmoid.backward(dY));
        for (int n = 0; n < 5; n++) {
            double[] out = chapter6.forward(x.row(n));
            assertArrayEquals(out, y.row(n), 1e-15, "row " + n + " forward");
            double[] dEdInput = chapter6.backward(dY.row(n));
            assertArrayEquals(dEdInput, dX.row(n), 1e-15, "row " + n + ": dX");
        }
        // chapter 6's layer has summed the five rows' gradients; transposed, they are dW and db
        assertTrue(affine.dW().maxDifference(Matrix.of(chapter6.gradient().dW()).transpose()) < 1e-14);
        assertArrayEquals(chapter6.gradient().db(), affine.db(), 1e-14);
    }

    @Test
    void backpropagationAgreesWithCentralDifferencesBiasesIncluded() {
        int[][] shapes = {{2, 3, 2, 1}, {3, 4, 3, 4}, {5, 6, 4, 9}};
        for (long seed = 1; seed <= 5; seed++) {
            for (int[] s : shapes) {
                for (boolean softmax : new boolean[] {true, false}) {
                    double[] d = MatrixReports.differenceDifferences(softmax, s[0], s[1], s[2], s[3], seed);
                    long id = seed;
                    assertTrue(largest(d) < 1e-8, () -> (softmax ? "softmax" : "½Σ") + " seed " + id + " " + s[0] + "-" + s[1]
                            + "-" + s[2] + ": " + java.util.Arrays.toString(d));
                }
            }
        }
    }

    @Test
    void theNumericalGradientFindsAWrongGradient() {
        // The check can fail: a gradient with one entry changed is caught at that entry.
        Random random = new Random(2);
        TwoLayerNet net = TwoLayerNet.softmax(Affine.of(MatrixTest.random(3, 4, random), new double[] {0.1, -0.2, 0.3, 0}),
                new SigmoidLayer(), Affine.of(MatrixTest.random(4, 2, random), new double[] {0.5, -0.5}));
        Batch batch = Batch.of(MatrixReports.randomOneHot(3, 2, 5, random));
        TwoLayerGradient right = net.gradient(batch);
        TwoLayerGradient wrong = new TwoLayerGradient(right.dW1().with(2, 1, right.dW1().get(2, 1) + 1e-4), right.db1(),
                right.dW2(), right.db2());
        double[] d = wrong.differences(net.numericalGradient(batch, 1e-5));
        assertTrue(d[0] > 9e-5, "dW1 off by 1e-4: " + d[0]);
        assertTrue(d[1] < 1e-8 && d[2] < 1e-8 && d[3] < 1e-8, java.util.Arrays.toString(d));
    }

    @Test
    void softmaxWithLossStartsBackpropagationAtYMinusTOverN() {
        Matrix scores = Matrix.of(new double[][] {{1, 2, 3}, {0, 0, 0}, {1000, 0, -1000}});
        Matrix t = Matrix.of(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}});
        SoftmaxWithLoss layer = new SoftmaxWithLoss();
        double loss = layer.forward(scores, t);
        Matrix y = layer.y();
        // row 0: e^(1−3), e^(2−3), 1 over their sum; row 1: a third each; row 2: e^1000 wins, no overflow
        double sum = Math.exp(-2) + Math.exp(-1) + 1;
        assertArrayEquals(new double[] {Math.exp(-2) / sum, Math.exp(-1) / sum, 1 / sum}, y.row(0), 1e-15);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, y.row(1), 1e-15);
        assertArrayEquals(new double[] {1, 0, 0}, y.row(2), 0.0);
        // L = (1/3)·(−log y0(2) − log y1(0) − log y2(1)); y2(1) = e^−1000 underflows, its log is −1000 exactly
        double expected = (-Math.log(1 / sum) + Math.log(3) + 1000) / 3;
        assertEquals(expected, loss, 1e-12);
        Matrix dX = layer.backward();
        for (int n = 0; n < 3; n++) {
            for (int k = 0; k < 3; k++) {
                assertEquals((y.get(n, k) - t.get(n, k)) / 3, dX.get(n, k), 1e-17, "(" + n + ", " + k + ")");
            }
        }
        assertEquals(SoftmaxWithLoss.softmax(scores), y);
    }

    @Test
    void squaredErrorIsTheMeanOfChapter5sErrorAndStartsAtYMinusTOverN() {
        Matrix y = Matrix.of(new double[][] {{0.60944600, 0.66384491}, {0.5, 0.5}});
        Matrix t = Matrix.of(new double[][] {{0.4, 0.6}, {1, 0}});
        SquaredErrorLoss layer = new SquaredErrorLoss();
        // row 0: ½(0.4 − 0.609446)² + ½(0.6 − 0.66384491)²; row 1: ½·0.25 + ½·0.25 = 0.25
        double e0 = 0.5 * Math.pow(0.4 - 0.60944600, 2) + 0.5 * Math.pow(0.6 - 0.66384491, 2);
        assertEquals((e0 + 0.25) / 2, layer.forward(y, t), 1e-15);
        assertEquals(Matrix.of(new double[][] {{(0.60944600 - 0.4) / 2, (0.66384491 - 0.6) / 2}, {(0.5 - 1) / 2, 0.25}}),
                layer.backward());
    }

    @Test
    void theOutputGradientLosesItsSigmaPrimeFactorUnderSoftmax() {
        for (double o : MatrixReports.OUTPUTS) {
            double[] g = MatrixReports.outputGradients(o);
            assertEquals((o - 1) * o * (1 - o), g[0], 1e-12, "sigmoid + ½Σ at " + o);
            assertEquals(o - 1, g[1], 1e-12, "softmax + cross-entropy at " + o);
        }
        // wrong and sure of it: chapter 6's gradient all but vanishes, this chapter's is nearly −1
        double[] sure = MatrixReports.outputGradients(0.001);
        assertTrue(Math.abs(sure[0]) < 1e-3 && sure[1] < -0.99, java.util.Arrays.toString(sure));
    }

    /** The ledger of the slides' worked numbers, section/quantity → value. */
    static Map<String, String> ledger() throws IOException {
        Map<String, String> numbers = new LinkedHashMap<>();
        try (InputStream in = MatrixGradientTest.class.getResourceAsStream("/slide-numbers.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                numbers.put(cells[0] + "/" + cells[1], cells[2].strip());
            }
        }
        return numbers;
    }

    @Test
    void theSlidesNetworkInMatrixFormTakesTheSlidesStep() throws IOException {
        Map<String, String> slides = ledger();
        TwoLayerNet net = TwoLayerNet.slides();
        Batch sample = new Batch(Matrix.rowOf(0.1, 0.2), Matrix.rowOf(0.4, 0.6));
        double before = net.loss(sample);
        net.update(net.gradient(sample), 0.5);
        double after = net.loss(sample);
        // W1(i, j) from input i to hidden j: w1 w2 w3 w4 = W1(0,0) W1(1,0) W1(0,1) W1(1,1), w5…w8 likewise in W2
        double[] w = {net.W1().get(0, 0), net.W1().get(1, 0), net.W1().get(0, 1), net.W1().get(1, 1),
                      net.W2().get(0, 0), net.W2().get(1, 0), net.W2().get(0, 1), net.W2().get(1, 1)};
        List<String> wrong = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            String section = k <= 4 ? "mlp-backward-2" : "mlp-backward-1";
            String expected = slides.get(section + "/w" + k + "+");
            if (!expected.equals(Format.num(w[k - 1]))) {
                wrong.add("w" + k + "+ = " + Format.num(w[k - 1]) + ", the slides say " + expected);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(slides.get("mlp-forward-again/decrease of E_total after one update"), Format.num(before - after));
        // The slides' network has no biases: they stay 0 through the update.
        assertArrayEquals(new double[2], net.b1(), 0.0);
        assertArrayEquals(new double[2], net.b2(), 0.0);
    }

    @Test
    void chapter6sNetworkInMatrixFormTrainsLikeChapter6() {
        // The same weights, the same batches in the same order: after an epoch the same network,
        // up to the rounding of sums taken in another order.
        for (int batchSize : new int[] {1, 10, 32}) {
            Mlp mlp = Mlp.random(1, Activation.SIGMOID, true, 64, 32, 10);
            TwoLayerNet net = TwoLayerNet.of(mlp);
            List<Example> examples = examples(64, 10, 100, new Random(9));
            Trainer.epoch(mlp, examples, 2.0, batchSize, new Random(4));
            BatchTrainer.epoch(net, Batch.of(examples), 2.0, batchSize, new Random(4));
            TwoLayerNet after = TwoLayerNet.of(mlp);
            assertTrue(net.W1().maxDifference(after.W1()) < 1e-12, "W1 at batch " + batchSize);
            assertTrue(net.W2().maxDifference(after.W2()) < 1e-12, "W2 at batch " + batchSize);
            assertArrayEquals(after.b1(), net.b1(), 1e-12);
            assertArrayEquals(after.b2(), net.b2(), 1e-12);
        }
    }
}
