// 연습문제 6.1 — 정확도 세기 (counting the accuracy on the test set)
//
// 학습된 64-32-10 네트워크가 시험 집합(test set)의 이미지 359장 중 몇 장을 맞히는지 직접 세세요.
// 숫자(digit)마다 몇 장이 있고 몇 장을 맞혔는지도 셉니다.
// Count how many test images the trained network reads right, per digit and in all.
// Do not call network.classify or Evaluation.of: the loop is yours.
// Fill in the TODOs, then grade it:   ./companion grade 6.1    (or: mvn -q -Pgrade verify -Dexercise=6.1)
// The printing is done for you by DigitsExercises.printAccuracy; only the counts are yours.

import backprop.digits.*;
import backprop.mlp.*;

var result = DigitTraining.standard().run();   // the chapter's training: 20 epochs, seed 1 (under a second)
var network = result.network();
var test = result.split().test();

int[] right = new int[Digits.CLASSES];   // right[d]: images of digit d that the network read as d
int[] total = new int[Digits.CLASSES];   // total[d]: images of digit d in the test set
for (Example example : test) {
    double[] output = network.predict(example.input());   // ten sigmoid outputs, one per digit
    double[] target = example.target();                   // one-hot: 1 at the right digit, 0 elsewhere
    // TODO 1: the digit the image shows: the index where target holds its 1.
    int label = 0;
    // TODO 2: the network's answer: the index of the largest output (argmax).
    int guess = 0;
    // TODO 3: count the image in total[label]; count it in right[label] too if the network was right.
}
DigitsExercises.printAccuracy(right, total);
