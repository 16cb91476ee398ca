// 연습문제 5.2 — 과제: 튜닝을 통해 성능변화 확인하기 (the homework's tuning experiment)
//
// 슬라이드의 2-2-2 네트워크를 학습률(learning rate) 0.1, 0.5, 1, 2로 각각 100 epoch 학습하면서
//   - E_total이 1, 10, 100 epoch 뒤에 얼마인지,
//   - 100 epoch 동안 가장 많이 움직인 가중치(weight)가 무엇인지 찾으세요.
// Fill in the TODOs, then grade it:   ./companion grade 5.2    (or: mvn -q -Pgrade verify -Dexercise=5.2)

import backprop.mlp.*;

var sample = Sample.slides();
MlpExercises.printTuningHeader();
for (double learningRate : new double[] {0.1, 0.5, 1, 2}) {
    Weights start = Weights.slides();
    Weights w = start;
    double after1 = 0, after10 = 0, after100 = 0;
    for (int epoch = 1; epoch <= 100; epoch++) {
        // TODO 1: one epoch = a forward pass, a backward pass, and the update with this learning rate.
        //         (ForwardPass.of, BackwardPass.of and update are in the chapter's package.)
        double error = ForwardPass.of(w, sample).errorTotal();
        if (epoch == 1) after1 = error;
        if (epoch == 10) after10 = error;
        if (epoch == 100) after100 = error;
    }
    // TODO 2: which of w1…w8 moved farthest from start, and how far? (w.get(i) is wi, for i = 1…8)
    int mostMoved = 1;
    double distance = 0;
    MlpExercises.printTuningRow(learningRate, after1, after10, after100, mostMoved, distance);
}
