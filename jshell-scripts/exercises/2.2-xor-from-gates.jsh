// 연습문제 2.2 — 게이트를 쌓아 XOR 만들기 (XOR from gates)
//
// 퍼셉트론 하나로는 XOR를 만들 수 없지만, 두 층(layer)으로 쌓으면 됩니다.
//   1부: 슬라이드의 방법. s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2)
//        게이트는 Perceptron.nand(), Perceptron.or(), Perceptron.and()를 쓰세요.
//   2부: 다른 방법. s1 = x1 AND NOT x2, s2 = NOT x1 AND x2, y = OR(s1, s2)
//        s1과 s2의 TLU는 가중치를 직접 정하세요 (Perceptron.tlu(bias, w1, w2)).
// 두 표 모두 슬라이드의 표 x1 x2 s1 s2 y 모양으로, 입력은 (0,0), (1,0), (0,1), (1,1) 순서로 출력됩니다.
// XorNetwork는 쓰지 마세요: 그 클래스가 하는 일을 여기서 직접 합니다.
//
// Wire perceptrons into XOR, twice: the slides' NAND/OR/AND network, and s1 = x1 AND NOT x2,
// s2 = NOT x1 AND x2, y = OR(s1, s2) with weights you choose. gate.output(a, b) runs one TLU.
// Fill in every TODO, then grade it:   ./companion grade 2.2    (or: mvn -q -Pgrade verify -Dexercise=2.2)
// The tables are printed for you by PerceptronExercises; only the wiring is yours.

import backprop.perceptron.*;

double[][] inputs = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};

var nand = Perceptron.nand();
var or = Perceptron.or();
var and = Perceptron.and();

PerceptronExercises.printXorHeaderNandOr();
for (double[] x : inputs) {
    // TODO 1: the first layer: s1 and s2 from x[0] and x[1]
    double s1 = 0;
    double s2 = 0;
    // TODO 2: the second layer: y from s1 and s2
    double y = 0;
    PerceptronExercises.printXorRow(x[0], x[1], s1, s2, y);
}

// TODO 3: weights and bias for x1 AND NOT x2, and for NOT x1 AND x2
var x1AndNotX2 = Perceptron.tlu(0, 0, 0);
var notX1AndX2 = Perceptron.tlu(0, 0, 0);

PerceptronExercises.printXorHeaderAndNot();
for (double[] x : inputs) {
    // TODO 4: the same wiring with the new first layer and OR on top
    double s1 = 0;
    double s2 = 0;
    double y = 0;
    PerceptronExercises.printXorRow(x[0], x[1], s1, s2, y);
}
