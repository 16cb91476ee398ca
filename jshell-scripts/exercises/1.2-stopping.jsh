// 연습문제 1.2 — 학습률과 멈춤 조건 (the learning rate and when to stop)
//
// y = 0x + 0에서 출발해 학습률(learning rate) α = 0.01, 0.05, 0.1, 0.13, 0.14, 0.145, 0.15, 0.2로 각각
// 경사하강법을 돌리되, 정해진 걸음 수 대신 멈춤 조건(stopping rule)으로 멈추세요:
//   - 기울기(gradient)가 거의 0: |∂L/∂a| < 0.001이고 |∂L/∂b| < 0.001  → CONVERGED (수렴)
//     (손실이 0이 되기를 기다리면 안 됩니다: 최선의 직선에서도 MSE는 0이 아닙니다.)
//   - 한 걸음 갔더니 손실(loss)이 커졌다                              → DIVERGING (발산)
//   - 500걸음을 다 썼다                                                → OUT_OF_STEPS
// 그리고 목록에서 수렴한 가장 큰 학습률을 찾으세요. 출력의 걸음 수를 보고 생각해 보세요: 가장 큰 학습률이
// 가장 빨리 수렴했나요?
//
// TODO를 모두 채운 뒤 채점하세요:   ./companion grade 1.2    (또는: ./mvnw -q -Pgrade verify -Dexercise=1.2)
// 출력은 RegressionExercises가 맡습니다. 여러분이 정할 것은 언제 멈출지뿐입니다.

import backprop.regression.*;
import backprop.regression.RegressionExercises.Outcome;
import backprop.regression.RegressionExercises.Run;
import java.util.ArrayList;

var data = Dataset.studyHours();
double tolerance = 0.001;
int maxSteps = 500;
double largestConverging = 0;
var runs = new ArrayList<Run>();

for (double learningRate : new double[] {0.01, 0.05, 0.1, 0.13, 0.14, 0.145, 0.15, 0.2}) {
    var line = Line.of(0, 0);
    int steps = 0;
    var outcome = Outcome.OUT_OF_STEPS;
    while (true) {
        var gradient = Mse.gradient(line, data);      // gradient.dLda(), gradient.dLdb()
        // TODO 1: |∂L/∂a|와 |∂L/∂b|가 모두 tolerance보다 작으면 outcome = Outcome.CONVERGED로 멈춘다

        if (steps == maxSteps) {
            break;                                    // outcome은 OUT_OF_STEPS 그대로
        }
        var next = GradientDescent.step(line, data, learningRate);
        steps++;
        // TODO 2: 이 걸음으로 손실이 커졌으면 outcome = Outcome.DIVERGING으로 멈춘다
        //         (Mse.loss(next, data)와 Mse.loss(line, data)를 비교)

        line = next;
    }
    // TODO 3: 수렴한 학습률 가운데 가장 큰 것을 largestConverging에 기억한다

    runs.add(new Run(learningRate, outcome, steps, line));
}
RegressionExercises.printStopping(tolerance, maxSteps, runs, largestConverging);
