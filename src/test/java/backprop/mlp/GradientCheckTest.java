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
}
