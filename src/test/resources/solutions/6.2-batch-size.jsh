// Reference solution of exercise 6.2.
import backprop.digits.*;
import backprop.mlp.*;
import java.util.Random;

var settings = DigitTraining.standard();
var split = Split.of(Digits.examples(Digits.load()), settings.testFraction(), settings.seed());
int epochs = 5;
DigitsExercises.printBatchHeader(epochs);
for (int batchSize : new int[] {1, 10, 100}) {
    for (double learningRate : new double[] {0.5, 2}) {
        var network = settings.network();
        var order = new Random(settings.seed());
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Trainer.epoch(network, split.train(), learningRate, batchSize, order);
        }
        int steps = epochs * ((split.train().size() + batchSize - 1) / batchSize);
        double testAccuracy = Evaluation.of(network, split.test()).accuracy();
        DigitsExercises.printBatchRow(batchSize, learningRate, steps, testAccuracy);
    }
}
