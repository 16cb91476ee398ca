// 연습문제 6.2 — 배치 크기와 학습률 (batch size and learning rate)
//
// 같은 네트워크(64-32-10), 같은 시작 가중치(seed 1)로 배치 크기(batch size) 1, 10, 100과
// 학습률(learning rate) 0.5, 2를 바꿔 가며 5 에폭(epoch)씩 학습하고, 가중치를 몇 번 갱신했는지(걸음 수, steps)와
// 시험 집합(test set)의 정확도(accuracy)를 표로 만드세요.
// 출력 형식은 DigitsExercises.printBatchRow가 정합니다.
// 채점:   ./companion grade 6.2    (또는 ./mvnw -q -Pgrade verify -Dexercise=6.2)

import backprop.digits.*;
import backprop.mlp.*;
import java.util.Random;

var settings = DigitTraining.standard();   // 64-32-10, seed 1, 이미지의 5분의 1은 시험용
var split = Split.of(Digits.examples(Digits.load()), settings.testFraction(), settings.seed());
int epochs = 5;
DigitsExercises.printBatchHeader(epochs);
for (int batchSize : new int[] {1, 10, 100}) {
    for (double learningRate : new double[] {0.5, 2}) {
        // 실험마다 같은 출발: 같은 가중치, 같은 섞기(같은 seed의 새 Random).
        var network = settings.network();   // 64-32-10, 시그모이드, seed 1의 가중치
        var order = new Random(settings.seed());
        // TODO 1: split.train()으로 epochs 에폭 학습하세요 (Trainer.epoch에 이 network, batchSize,
        //         learningRate, order를 넘깁니다).

        // TODO 2: 그동안 경사하강법으로 가중치를 몇 번 갱신했을까요(걸음 수)?
        //         split.train()은 1438장이고, 한 에폭의 마지막 배치는 batchSize보다 작을 수 있습니다.
        int steps = 0;
        // TODO 3: 학습된 네트워크가 split.test()에서 맞힌 비율 (0부터 1까지).
        double testAccuracy = 0;
        DigitsExercises.printBatchRow(batchSize, learningRate, steps, testAccuracy);
    }
}
