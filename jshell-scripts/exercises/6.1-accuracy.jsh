// 연습문제 6.1 — 시험 집합의 정확도 세기 (counting the test accuracy)
//
// 학습된 64-32-10 네트워크가 시험 집합(test set)의 이미지 359장 중 몇 장을 맞히는지 직접 세세요.
// 숫자(digit)마다 몇 장이 있고 몇 장을 맞혔는지도 셉니다.
// network.classify나 Evaluation.of는 부르지 마세요: 반복문은 여러분이 씁니다.
// 출력 형식은 DigitsExercises.printAccuracy가 정합니다. 여러분은 TODO 자리의 개수만 세면 됩니다.
// 채점:   ./companion grade 6.1    (또는 ./mvnw -q -Pgrade verify -Dexercise=6.1)

import backprop.digits.*;
import backprop.mlp.*;

var result = DigitTraining.standard().run();   // 6장의 학습: 20 에폭, seed 1 (1초 안팎)
var network = result.network();
var test = result.split().test();

int[] right = new int[Digits.CLASSES];   // right[d]: 숫자 d의 이미지 중 네트워크가 d로 읽은 수
int[] total = new int[Digits.CLASSES];   // total[d]: 시험 집합에 있는 숫자 d의 이미지 수
for (Example example : test) {
    double[] output = network.predict(example.input());   // 숫자마다 하나씩, 시그모이드 출력 10개
    double[] target = example.target();                   // 원-핫(one-hot): 정답 숫자 자리만 1, 나머지는 0
    // TODO 1: 이미지가 보여 주는 숫자(label): target에서 1이 있는 자리.
    int label = 0;
    // TODO 2: 네트워크의 답: 가장 큰 출력의 자리(argmax).
    int guess = 0;
    // TODO 3: total[label]에 이미지를 세고, 네트워크가 맞혔으면 right[label]에도 셉니다.
}
DigitsExercises.printAccuracy(right, total);
