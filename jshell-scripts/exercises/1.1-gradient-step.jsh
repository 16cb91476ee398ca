// 연습문제 1.1 — 경사하강법 한 걸음 (one gradient-descent step)
//
// 1장의 데이터(공부 시간과 퀴즈 점수)에서 직선 y = 1x + 3으로 출발해, 학습률(learning rate) α = 0.1로
// 경사하강법(gradient descent)을 세 걸음 가세요. 걸음마다 MSE의 기울기(gradient) ∂L/∂a, ∂L/∂b를 직접 계산하고
// a := a − α·∂L/∂a, b := b − α·∂L/∂b로 새 직선을 만듭니다.
//   L(a, b) = 1/n Σ (a·xᵢ + b − yᵢ)²,  ∂L/∂a = 2/n Σ (a·xᵢ + b − yᵢ)·xᵢ,  ∂L/∂b = 2/n Σ (a·xᵢ + b − yᵢ)
// Mse.gradient와 GradientDescent.step은 쓰지 마세요: 그 둘이 하는 일을 여기서 직접 합니다.
//
// TODO를 모두 채운 뒤 채점하세요:   ./companion grade 1.1    (또는: ./mvnw -q -Pgrade verify -Dexercise=1.1)
// 출력은 RegressionExercises.printStep이 맡습니다. 여러분이 구할 것은 숫자뿐입니다.

import backprop.regression.*;

var data = Dataset.studyHours();      // 점 data.size()개, data.x(i), data.y(i)
double learningRate = 0.1;
var line = Line.of(1, 3);             // line.a(), line.b(), line.predict(x) = a·x + b

for (int step = 1; step <= 3; step++) {
    double dLda = 0;
    double dLdb = 0;
    for (int i = 0; i < data.size(); i++) {
        // TODO 1: 점 i의 잔차(residual) a·x + b − y
        double residual = 0;
        // TODO 2: 두 합에 점 i의 몫을 더한다 (2/n은 반복문이 끝난 뒤에 곱한다)
    }
    // TODO 3: 두 합에 2/n을 곱한다 (n = data.size())

    // TODO 4: 갱신 a := a − α·∂L/∂a, b := b − α·∂L/∂b
    var next = Line.of(0, 0);

    RegressionExercises.printStep(step, line, learningRate, dLda, dLdb, next);
    line = next;
}
