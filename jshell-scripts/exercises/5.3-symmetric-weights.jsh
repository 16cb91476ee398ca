// 연습문제 5.3 — 대칭 가중치 (symmetric weights)
//
// 모든 가중치를 0.5로 시작하면(Weights.allEqual(0.5)) 은닉 노드 h1과 h2는 학습 내내 같은 값일까요?
// 슬라이드의 입력(Sample.slides())과 학습률(learning rate) 0.5로 100 epoch 학습하면서, epoch 0, 1, 10, 100에서
// h1, h2와 은닉 노드의 기울기(gradient) ∂E_total/∂h1, ∂E_total/∂h2를 출력하세요. 마지막에 도우미가
// 학습이 끝난 가중치와, 어느 쌍이 아직 같은지를 출력합니다.
// Start every weight at 0.5 and train the slides' network for 100 epochs: do the two hidden units stay copies?
// Fill in every TODO, then grade it:   ./companion grade 5.3    (or: mvn -q -Pgrade verify -Dexercise=5.3)
// The printing is done for you by MlpExercises; only the numbers are yours.

import backprop.mlp.*;

var sample = Sample.slides();
double learningRate = 0.5;
Weights w = Weights.allEqual(0.5);

MlpExercises.printSymmetryHeader();
for (int epoch = 0; epoch <= 100; epoch++) {
    if (epoch == 0 || epoch == 1 || epoch == 10 || epoch == 100) {
        // TODO 2: with the current weights w, read h1 and h2 from the forward pass, and the gradients
        //         ∂E_total/∂h1 and ∂E_total/∂h2 from the backward pass (ForwardPass.of, BackwardPass.of).
        double h1 = 0, h2 = 0, dEdh1 = 0, dEdh2 = 0;
        MlpExercises.printSymmetryRow(epoch, h1, h2, dEdh1, dEdh2);
    }
    if (epoch < 100) {
        // TODO 1: one epoch = a forward pass, a backward pass, and the update with learningRate;
        //         assign the new weights to w.
    }
}
MlpExercises.printSymmetryWeights(w);
