// 연습문제 6.2 — 배치 크기와 학습률 (batch size and learning rate)
//
// 같은 네트워크(64-32-10), 같은 시작 가중치(seed 1)로 배치 크기(batch size) 1, 10, 100과
// 학습률(learning rate) 0.5, 2를 바꿔 가며 5 epoch씩 학습하고, 가중치를 몇 번 갱신했는지(steps)와
// 시험 집합(test set)의 정확도(accuracy)를 표로 만드세요.
// Train the same network for 5 epochs with each batch size and learning rate; print how many
// gradient-descent steps that took and the test accuracy.
// Fill in the TODOs, then grade it:   ./companion grade 6.2    (or: mvn -q -Pgrade verify -Dexercise=6.2)
// The printing is done for you by DigitsExercises.printBatchRow.

import backprop.digits.*;
import backprop.mlp.*;
import java.util.Random;

var settings = DigitTraining.standard();   // 64-32-10, seed 1, a fifth of the images kept for testing
var split = Split.of(Digits.examples(Digits.load()), settings.testFraction(), settings.seed());
int epochs = 5;
DigitsExercises.printBatchHeader(epochs);
for (int batchSize : new int[] {1, 10, 100}) {
    for (double learningRate : new double[] {0.5, 2}) {
        // Every run starts alike: the same weights, and the same shuffles (a fresh Random with the same seed).
        var network = settings.network();   // 64-32-10, sigmoid, weights from seed 1
        var order = new Random(settings.seed());
        // TODO 1: train `epochs` epochs on split.train() (Trainer.epoch, with this network, batchSize,
        //         learningRate and `order`).

        // TODO 2: how many gradient-descent steps (weight updates) did those epochs make?
        //         split.train() holds 1438 images; the last batch of an epoch may be smaller than batchSize.
        int steps = 0;
        // TODO 3: the share of split.test() the trained network reads right (from 0 to 1).
        double testAccuracy = 0;
        DigitsExercises.printBatchRow(batchSize, learningRate, steps, testAccuracy);
    }
}
