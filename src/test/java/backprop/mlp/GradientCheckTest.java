package backprop.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import backprop.activation.Activation;

/** The hand-derived gradients agree with central differences and with the general {@link Mlp}. */
class GradientCheckTest {

    @Test
    void slidesGradientsEqualCentralDifferences() {
        BackwardPass back = BackwardPass.of(ForwardPass.of(Weights.slides(), Sample.slides()));
        assertArrayEquals(GradientCheck.centralDifferences(Weights.slides(), Sample.slides()), back.gradient(), 1e-8);
    }

    @Test
    void slidesGradientsEqualAutograd() {
        BackwardPass back = BackwardPass.of(ForwardPass.of(Weights.slides(), Sample.slides()));
        assertArrayEquals(GradientCheck.autograd(Weights.slides(), Sample.slides()), back.gradient(), 1e-12);
    }

    /** At 200 seeded random weights and samples: hand = autograd to 1e-12, hand = differences to 1e-8. */
    @Test
    void handGradientsEqualAutogradAndCentralDifferencesAtRandomWeights() {
        Random random = new Random(2024);
        for (int n = 0; n < 200; n++) {
            double[] w = new double[8];
            for (int i = 0; i < 8; i++) {
                w[i] = 4 * random.nextDouble() - 2;
            }
            Sample s = new Sample(random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble());
            Weights weights = Weights.of(w);
            double[] byHand = BackwardPass.of(ForwardPass.of(weights, s)).gradient();
            assertArrayEquals(GradientCheck.autograd(weights, s), byHand, 1e-12, "case " + n);
            assertArrayEquals(GradientCheck.centralDifferences(weights, s), byHand, 1e-8, "case " + n);
        }
    }

    @Test
    void generalMlpReproducesTheSlidesUpdate() {
        Mlp mlp = Mlp.slides();
        Sample s = Sample.slides();
        List<Example> data = List.of(Example.of(new double[] {s.x1(), s.x2()}, s.target1(), s.target2()));
        List<LayerGradient> g = mlp.gradient(data);
        double[] flat = {g.get(0).dW(0, 0), g.get(0).dW(0, 1), g.get(0).dW(1, 0), g.get(0).dW(1, 1),
                         g.get(1).dW(0, 0), g.get(1).dW(0, 1), g.get(1).dW(1, 0), g.get(1).dW(1, 1)};
        BackwardPass back = BackwardPass.of(ForwardPass.of(Weights.slides(), s));
        assertArrayEquals(back.gradient(), flat, 1e-15);

        Trainer.step(mlp, data, SlidesExample.LEARNING_RATE);
        Weights expected = back.update(SlidesExample.LEARNING_RATE);
        double[][] hidden = mlp.layer(0).weights();
        double[][] output = mlp.layer(1).weights();
        double[] updated = {hidden[0][0], hidden[0][1], hidden[1][0], hidden[1][1],
                output[0][0], output[0][1], output[1][0], output[1][1]};
        assertArrayEquals(expected.toArray(), updated, 1e-15);
        assertEquals(ForwardPass.of(expected, s).errorTotal(), mlp.loss(data), 1e-15);
    }

    /** Random shapes, activations, biases and data: backprop equals central differences. */
    @Test
    void randomNetworksGradientsEqualCentralDifferences() {
        Random random = new Random(7);
        Activation[] smooth = {Activation.SIGMOID, Activation.TANH, Activation.IDENTITY, Activation.elu(1.0)};
        for (int n = 0; n < 100; n++) {
            int depth = 1 + random.nextInt(3);
            int[] sizes = new int[depth + 1];
            for (int k = 0; k <= depth; k++) {
                sizes[k] = 1 + random.nextInt(4);
            }
            Activation activation = smooth[random.nextInt(smooth.length)];
            Mlp mlp = Mlp.random(random.nextLong(), activation, random.nextBoolean(), sizes);
            List<Example> data = new ArrayList<>();
            for (int e = 0, count = 1 + random.nextInt(4); e < count; e++) {
                double[] x = new double[sizes[0]];
                double[] t = new double[sizes[depth]];
                for (int i = 0; i < x.length; i++) x[i] = 2 * random.nextDouble() - 1;
                for (int i = 0; i < t.length; i++) t[i] = random.nextDouble();
                data.add(new Example(x, t));
            }
            List<LayerGradient> analytic = mlp.gradient(data);
            for (int k = 0; k < depth; k++) {
                double[][] w = mlp.layer(k).weights();
                for (int j = 0; j < w.length; j++) {
                    for (int i = 0; i < w[j].length; i++) {
                        double numeric = numericGradient(mlp, data, k, j, i);
                        assertEquals(numeric, analytic.get(k).dW(j, i), 1e-7 * Math.max(1, Math.abs(numeric)),
                                () -> "case with sizes " + java.util.Arrays.toString(sizes) + " " + activation.name());
                    }
                }
            }
        }
    }

    private static double numericGradient(Mlp mlp, List<Example> data, int k, int j, int i) {
        double h = backprop.activation.NumericalDerivative.DEFAULT_H;
        Layer[] plus = copyLayers(mlp);
        Layer[] minus = copyLayers(mlp);
        plus[k] = withWeight(plus[k], j, i, +h);
        minus[k] = withWeight(minus[k], j, i, -h);
        return (Mlp.of(plus).loss(data) - Mlp.of(minus).loss(data)) / (2 * h);
    }

    private static Layer[] copyLayers(Mlp mlp) {
        return mlp.layers().toArray(new Layer[0]);
    }

    private static Layer withWeight(Layer layer, int j, int i, double delta) {
        double[][] w = layer.weights();
        w[j][i] += delta;
        return Layer.of(w, layer.hasBias() ? layer.biases() : null, layer.activation());
    }
}
