// 연습문제 5.1 — 한 걸음 전체 (the full step): 순전파, 역전파 1단계와 2단계, 갱신, 다시 순전파
//
// 슬라이드의 "MLP 오차역전파 예제"를 처음부터 끝까지 직접 계산합니다. 맞았다면 마지막 줄에 슬라이드의
// 결론, 오차가 0.00073556 줄었다는 것이 나옵니다.
// ForwardPass, BackwardPass, SlidesExample은 쓰지 말고, 아래의 값과 sigmoid만으로 계산하세요.
// 출력 형식은 MlpExercises의 도우미가 정합니다. 여러분은 TODO 자리의 숫자만 계산하면 됩니다.
// 채점:   ./companion grade 5.1    (또는 ./mvnw -q -Pgrade verify -Dexercise=5.1)

import backprop.mlp.*;

var s = Sample.slides();      // 입력 s.x1() = 0.1, s.x2() = 0.2, 목표값 s.target1() = 0.4, s.target2() = 0.6
var w = Weights.slides();     // 가중치 w.w1() … w.w8(): 0.3 0.25 0.4 0.35 0.45 0.4 0.7 0.6
double alpha = 0.5;           // 학습률(learning rate)

double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
}

// TODO 1: 순전파(forward pass). 가중치 w로 z1, z2 → h1, h2 → z3, z4 → o1, o2 → E_total을 계산해
//         {h1, h2, o1, o2, E_total}을 돌려주세요. (z1 = w1·x1 + w2·x2, z3 = w5·h1 + w6·h2, …)
//         이 메서드는 마지막에 갱신한 가중치로 한 번 더 씁니다.
double[] forward(Weights w) {
    double h1 = 0, h2 = 0, o1 = 0, o2 = 0, errorTotal = 0;
    return new double[] {h1, h2, o1, o2, errorTotal};
}

var f = forward(w);
double h1 = f[0], h2 = f[1], o1 = f[2], o2 = f[3], errorBefore = f[4];
MlpExercises.printForward(h1, h2, o1, o2, errorBefore);

// TODO 2: 역전파 1단계(backward stage 1). 먼저 출력 노드의 오차 신호 δ3 = ∂E_total/∂z3
//         = ∂E_total/∂o1 × ∂o1/∂z3와 δ4를 구하고, 그것으로 w5 … w8의 기울기를 구하세요.
double delta3 = 0;
double delta4 = 0;
double dEdw5 = 0, dEdw6 = 0, dEdw7 = 0, dEdw8 = 0;
MlpExercises.printStage1(delta3, delta4, dEdw5, dEdw6, dEdw7, dEdw8);

// TODO 3: 역전파 2단계(backward stage 2). h1은 z3과 z4 둘 다에 쓰이니 두 경로를 더합니다. 갱신 전의
//         w5 … w8을 쓰세요. 그다음 δ1 = ∂E_total/∂z1, δ2로 w1 … w4의 기울기를 구하세요.
double dEdh1 = 0, dEdh2 = 0;
double delta1 = 0, delta2 = 0;
double dEdw1 = 0, dEdw2 = 0, dEdw3 = 0, dEdw4 = 0;
MlpExercises.printStage2(dEdh1, dEdh2, delta1, delta2, dEdw1, dEdw2, dEdw3, dEdw4);

// TODO 4: 경사하강법(gradient descent). 여덟 가중치를 한꺼번에 wi+ = wi − α·∂E_total/∂wi로 바꾼
//         new Weights(w1+, w2+, …, w8+)를 updated에 넣으세요.
Weights updated = w;
MlpExercises.printUpdate(w, updated);

// TODO 5: 갱신한 가중치로 다시 순전파해서 E_total을 구하세요.
double errorAfter = 0;
MlpExercises.printDecrease(errorBefore, errorAfter);
