// 연습문제 5.4 — 대칭 가중치 (symmetric weights)
//
// 모든 가중치를 0.5로 시작하면(Weights.allEqual(0.5)) 은닉 노드 h1과 h2는 학습 내내 같은 값일까요?
// 슬라이드의 입력(Sample.slides())과 학습률(learning rate) 0.5로 100 에폭(epoch) 학습하면서, 에폭 0, 1, 10,
// 100에서 h1, h2와 은닉 노드의 기울기(gradient) ∂E_total/∂h1, ∂E_total/∂h2를 출력하세요. 마지막에 도우미가
// 학습이 끝난 가중치와, 어느 쌍이 아직 같은지를 출력합니다.
// 출력 형식은 MlpExercises의 도우미가 정합니다. 여러분은 TODO 자리의 숫자만 계산하면 됩니다.
// 채점:   ./companion grade 5.4    (또는 ./mvnw -q -Pgrade verify -Dexercise=5.4)

import backprop.mlp.*;

var sample = Sample.slides();
double learningRate = 0.5;
Weights w = Weights.allEqual(0.5);

MlpExercises.printSymmetryHeader();
for (int epoch = 0; epoch <= 100; epoch++) {
    if (epoch == 0 || epoch == 1 || epoch == 10 || epoch == 100) {
        // TODO 2: 지금의 가중치 w로 순전파(ForwardPass.of)를 해서 h1, h2를, 역전파(BackwardPass.of)를 해서
        //         기울기 ∂E_total/∂h1, ∂E_total/∂h2를 읽으세요.
        double h1 = 0, h2 = 0, dEdh1 = 0, dEdh2 = 0;
        MlpExercises.printSymmetryRow(epoch, h1, h2, dEdh1, dEdh2);
    }
    if (epoch < 100) {
        // TODO 1: 한 에폭 = 순전파 → 역전파 → 학습률 learningRate로 경사하강법 갱신.
        //         새 가중치를 w에 넣으세요.
    }
}
MlpExercises.printSymmetryWeights(w);
