// 연습문제 1.2 — 학습률과 멈춤 조건 (the learning rate and when to stop)
//
// y = 0x + 0 에서 출발해 학습률(learning rate) α = 0.01, 0.05, 0.1, 0.14, 0.15, 0.2 로 각각 경사하강법을
// 돌리되, 정해진 걸음 수 대신 멈춤 조건(stopping rule)으로 멈추세요:
//   - 기울기(gradient)가 거의 0: |∂L/∂a| < 0.001 이고 |∂L/∂b| < 0.001  → CONVERGED (수렴)
//     (손실이 0이 되기를 기다리면 안 됩니다: 최선의 직선에서도 MSE는 0이 아닙니다.)
//   - 한 걸음 갔더니 손실(loss)이 커졌다                              → DIVERGING (발산)
//   - 500걸음을 다 썼다                                                → OUT_OF_STEPS
// 그리고 목록에서 수렴한 가장 큰 학습률을 찾으세요.
//
// For each learning rate, run gradient descent from y = 0x + 0 until the gradient is below the
// tolerance (CONVERGED), a step makes the loss larger (DIVERGING), or 500 steps are done
// (OUT_OF_STEPS); then report the largest learning rate in the list that converged.
// Fill in every TODO, then grade it:   ./companion grade 1.2    (or: mvn -q -Pgrade verify -Dexercise=1.2)
// The printing is done for you by RegressionExercises; only the decisions are yours.

import backprop.regression.*;
import backprop.regression.RegressionExercises.Outcome;
import backprop.regression.RegressionExercises.Run;
import java.util.ArrayList;

var data = Dataset.studyHours();
double tolerance = 0.001;
int maxSteps = 500;
double largestConverging = 0;
var runs = new ArrayList<Run>();

for (double learningRate : new double[] {0.01, 0.05, 0.1, 0.14, 0.15, 0.2}) {
    var line = Line.of(0, 0);
    int steps = 0;
    var outcome = Outcome.OUT_OF_STEPS;
    while (true) {
        var gradient = Mse.gradient(line, data);      // gradient.dLda(), gradient.dLdb()
        // TODO 1: stop with outcome = Outcome.CONVERGED when both |∂L/∂a| and |∂L/∂b| are below tolerance

        if (steps == maxSteps) {
            break;                                    // outcome stays OUT_OF_STEPS
        }
        var next = GradientDescent.step(line, data, learningRate);
        steps++;
        // TODO 2: stop with outcome = Outcome.DIVERGING when the step made the loss larger
        //         (compare Mse.loss(next, data) with Mse.loss(line, data))

        line = next;
    }
    // TODO 3: remember the largest learning rate that converged

    runs.add(new Run(learningRate, outcome, steps, line));
}
RegressionExercises.printStopping(tolerance, maxSteps, runs, largestConverging);
