package backprop.mlp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import backprop.activation.Activation;

/** Every wrong argument fails with an IllegalArgumentException that names it and its value. */
class MlpBadInputTest {

    private static void rejects(Executable call, String... mentioned) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String m : mentioned) {
            assertTrue(e.getMessage().contains(m), () -> "message '" + e.getMessage() + "' should mention " + m);
        }
    }

    @Test
    void learningRates() {
        Mlp mlp = Mlp.slides();
        rejects(() -> Trainer.train(mlp, Example.xor().subList(0, 1), Double.NaN, 1), "learningRate", "NaN");
        List<Example> data = List.of(Example.of(new double[] {0.1, 0.2}, 0.4, 0.6));
        rejects(() -> Trainer.train(mlp, data, -0.5, 10), "learningRate", "-0.5");
        rejects(() -> Trainer.train(mlp, data, 0, 10), "learningRate", "0.0");
        rejects(() -> Trainer.train(mlp, data, Double.POSITIVE_INFINITY, 10), "learningRate", "Infinity");
        rejects(() -> MlpReports.slidesTrace(Weights.slides(), Sample.slides(), -1), "learningRate", "-1.0");
        rejects(() -> SlidesExample.train(Weights.slides(), Sample.slides(), Double.NaN, 3), "learningRate", "NaN");
    }

    @Test
    void epochs() {
        List<Example> data = List.of(Example.of(new double[] {0.1, 0.2}, 0.4, 0.6));
        rejects(() -> Trainer.train(Mlp.slides(), data, 0.5, 0), "epochs", "0");
        rejects(() -> SlidesExample.train(Weights.slides(), Sample.slides(), 0.5, -3), "epochs", "-3");
        rejects(() -> MlpReports.weightMovement(Weights.slides(), Sample.slides(), 0.5, 0), "epochs", "0");
    }

    @Test
    void emptyData() {
        rejects(() -> Trainer.train(Mlp.slides(), List.of(), 0.5, 10), "examples", "0");
        rejects(() -> Mlp.slides().loss(List.of()), "examples", "0");
        rejects(() -> new Example(new double[0], new double[] {1}), "input");
    }

    @Test
    void dimensions() {
        rejects(() -> Mlp.slides().predict(1, 2, 3), "input", "length 2", "3");
        rejects(() -> Trainer.train(Mlp.slides(), Example.xor(), 0.5, 1), "target", "2", "1");
        rejects(() -> Mlp.random(1, Activation.SIGMOID, true, 2), "sizes");
        rejects(() -> Mlp.random(1, Activation.SIGMOID, true, 2, 0, 1), "sizes[1]", "0");
        Layer twoToThree = Layer.random(2, 3, Activation.SIGMOID, true, new java.util.Random(1));
        Layer twoToOne = Layer.random(2, 1, Activation.SIGMOID, true, new java.util.Random(1));
        rejects(() -> Mlp.of(twoToThree, twoToOne), "layers[1]", "2", "layers[0]", "3");
        rejects(() -> Layer.of(new double[][] {{1, 2}, {3}}, null, Activation.SIGMOID), "weights[1]", "length 2", "1");
        rejects(() -> Layer.of(new double[][] {{1, 2}}, new double[] {1, 2}, Activation.SIGMOID), "biases", "1", "2");
        rejects(() -> Weights.of(new double[7]), "w", "length 8", "7");
        rejects(() -> Weights.slides().get(9), "i", "9");
    }

    @Test
    void notANumber() {
        rejects(() -> Mlp.slides().predict(Double.NaN, 0.2), "input[0]", "NaN");
        rejects(() -> new Sample(0.1, Double.NaN, 0.4, 0.6), "x2", "NaN");
        rejects(() -> new Weights(0.3, 0.25, 0.4, 0.35, Double.NaN, 0.4, 0.7, 0.6), "w5", "NaN");
        rejects(() -> Example.of(new double[] {0, 1}, Double.POSITIVE_INFINITY), "target[0]", "Infinity");
        rejects(() -> Layer.of(new double[][] {{1, Double.NaN}}, null, Activation.SIGMOID), "weights[0][1]", "NaN");
        rejects(() -> Mlp.constant(Double.NaN, Activation.SIGMOID, true, 2, 1), "value", "NaN");
    }

    @Test
    void tuningArguments() {
        rejects(() -> MlpReports.learningRateTuning(Weights.slides(), Sample.slides(), new double[0], new int[] {1}),
                "learningRates", "0");
        rejects(() -> MlpReports.learningRateTuning(Weights.slides(), Sample.slides(), new double[] {0.5}, new int[] {10, 5}),
                "checkpoints", "5", "10");
        rejects(() -> MlpReports.learningRateTuning(Weights.slides(), Sample.slides(), new double[] {0.5, -1}, new int[] {1}),
                "learningRates[1]", "-1.0");
    }

    @Test
    void exerciseHelpers() {
        rejects(() -> MlpExercises.printSymmetryWeights(null), "after");
    }
}
