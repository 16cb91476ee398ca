// 연습문제 7.2 — 소프트맥스와 교차 엔트로피(softmax-with-loss)의 기울기를 중앙차분으로 확인하기 (the softmax-with-loss gradient against central differences)
//
// 예제 두 개, 클래스 세 개의 점수(score)에 소프트맥스(softmax)와 교차 엔트로피(cross-entropy)를 씌운 손실 L이 있습니다.
// 이 장의 결론 ∂L/∂x = (y − t)/N을 두 방법으로 구해 맞춰 보세요: 식으로 한 번, 미분 없이 한 번.
// 다 채웠으면 채점합니다:   ./companion grade 7.2    (또는: ./mvnw -q -Pgrade verify -Dexercise=7.2)
// 출력은 MatrixExercises.printSoftmaxCheck가 맡습니다. 여러분이 채울 것은 숫자뿐입니다.

import backprop.matrix.*;

// 주어진 값입니다. 바꾸지 마세요 (채점은 이 값으로 합니다).
double[][] scores = {{2.0, 1.0, 0.1}, {0.5, 2.5, -1.0}};   // 점수 x[n][k]: 예제 2개 × 클래스 3개
double[][] t = {{1, 0, 0}, {0, 0, 1}};                     // 원-핫(one-hot) 목표값 t[n][k]
int n = scores.length;                                     // 배치 크기 N
double h = 1e-5;                                           // 중앙차분의 간격

double[][] analytic = new double[2][3];    // 식으로 구한 ∂L/∂x
double[][] numerical = new double[2][3];   // 중앙차분으로 잰 ∂L/∂x

// TODO 1: y = SoftmaxWithLoss.softmax(Matrix.of(scores))로 소프트맥스를 구하고,
//         analytic[r][k] = (y(r, k) − t[r][k]) / N을 채우세요 (y.get(r, k)).

// TODO 2: 점수 하나 scores[r][k]를 +h, −h만큼 바꾼 두 배열로 손실을 재고,
//         numerical[r][k] = (L(+h) − L(−h)) / (2h)를 채우세요. 손실은
//         new SoftmaxWithLoss().forward(Matrix.of(바꾼 점수), Matrix.of(t))이고,
//         바꾼 점수는 원래 배열을 복사해서 만듭니다 (예: double[][] plus = {scores[0].clone(), scores[1].clone()}).

MatrixExercises.printSoftmaxCheck(analytic, numerical);
