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
// gate.output(a, b)가 TLU 하나를 계산합니다.
// TODO를 모두 채운 뒤 채점하세요:   ./companion grade 2.2    (또는: ./mvnw -q -Pgrade verify -Dexercise=2.2)
// 표는 PerceptronExercises가 찍습니다. 여러분이 할 일은 게이트를 잇는 것뿐입니다.

import backprop.perceptron.*;

double[][] inputs = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};

var nand = Perceptron.nand();
var or = Perceptron.or();
var and = Perceptron.and();

PerceptronExercises.printXorHeaderNandOr();
for (double[] x : inputs) {
    // TODO 1: 첫 층: x[0]과 x[1]에서 s1과 s2를
    double s1 = 0;
    double s2 = 0;
    // TODO 2: 둘째 층: s1과 s2에서 y를
    double y = 0;
    PerceptronExercises.printXorRow(x[0], x[1], s1, s2, y);
}

// TODO 3: x1 AND NOT x2와 NOT x1 AND x2의 가중치와 편향
var x1AndNotX2 = Perceptron.tlu(0, 0, 0);
var notX1AndX2 = Perceptron.tlu(0, 0, 0);

PerceptronExercises.printXorHeaderAndNot();
for (double[] x : inputs) {
    // TODO 4: 새 첫 층과 그 위의 OR로 같은 배선을
    double s1 = 0;
    double s2 = 0;
    double y = 0;
    PerceptronExercises.printXorRow(x[0], x[1], s1, s2, y);
}
