package backprop.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import backprop.activation.Activation;

class MlpBehaviourTest {

    @Test
    void learnsXorFromTheSeededStart() {
        Mlp mlp = XorTraining.network(XorTraining.SEED);
        TrainingHistory history = XorTraining.train(mlp);
        assertFalse(history.diverged());
        for (Example e : Example.xor()) {
            double output = mlp.predict(e.input())[0];
            assertEquals(e.target()[0], Math.round(output), () -> "XOR" + java.util.Arrays.toString(e.input()));
        }
    }

    @Test
    void symmetricHiddenUnitsStayIdentical() {
        Mlp mlp = Mlp.constant(0.5, Activation.SIGMOID, true, 2, 2, 1);
        for (int epoch = 0; epoch < 200; epoch++) {
            Trainer.step(mlp, Example.xor(), 2.0);
            double[][] hidden = mlp.layer(0).weights();
            assertArrayEquals(hidden[0], hidden[1], 0.0, "epoch " + epoch);
        }
    }

    @Test
    void theSlidesUpdateLowersTheError() {
        List<Weights> path = SlidesExample.train(Weights.slides(), Sample.slides(), 0.5, 50);
        for (int epoch = 1; epoch < path.size(); epoch++) {
            assertTrue(ForwardPass.of(path.get(epoch), Sample.slides()).errorTotal()
                    < ForwardPass.of(path.get(epoch - 1), Sample.slides()).errorTotal(), "epoch " + epoch);
        }
    }

    @Test
    void outputWeightsMoveMoreThanHiddenWeightsInTheSlidesExample() {
        List<Weights> path = SlidesExample.train(Weights.slides(), Sample.slides(), 0.5, 1);
        List<Integer> ranking = WeightMovement.ranking(path.get(0), path.get(1));
        assertEquals(List.of(5, 6, 7, 8), ranking.subList(0, 4).stream().sorted().toList());
    }

    @Test
    void exactInitialWeightsAreKept() {
        Layer layer = Layer.of(new double[][] {{1, 2}, {3, 4}}, new double[] {5, 6}, Activation.IDENTITY);
        Mlp mlp = Mlp.of(layer);
        assertArrayEquals(new double[] {1 * 7 + 2 * 8 + 5, 3 * 7 + 4 * 8 + 6}, mlp.predict(7, 8), 0.0);
    }
}
