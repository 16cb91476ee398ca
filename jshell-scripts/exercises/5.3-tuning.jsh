// 연습문제 5.3 — 과제 2: 튜닝을 통해 성능변화 확인하기 (tuning)
//
// 슬라이드의 2-2-2 네트워크를 기준 설정(슬라이드의 가중치와 입력, 학습률 0.5, 50 에폭)에서 하나씩만 바꿔
// 학습하고, 실험마다 50(또는 200) 에폭 뒤의 E_total, 가장 많이 움직인 가중치와 그 거리, 출력층(w5–w8)과
// 은닉층(w1–w4)이 움직인 거리의 합을 표로 만듭니다. 표가 나오면 5장의 질문에 답해 보세요.
// 채점:   ./companion grade 5.3    (또는 ./mvnw -q -Pgrade verify -Dexercise=5.3)

import backprop.mlp.*;

var table = MlpExercises.tuning();

void experiment(String change, Weights start, Sample sample, double learningRate, int epochs) {
    Weights w = start;
    // TODO 1: epochs번 학습하세요. 한 에폭(epoch) = 순전파(ForwardPass.of) → 역전파(BackwardPass.of)
    //         → 경사하강법으로 갱신(update(learningRate)). 새 가중치를 w에 넣습니다.

    double errorAfter = ForwardPass.of(w, sample).errorTotal();
    // TODO 2: 여덟 가중치 w1 … w8 각각이 start에서 움직인 거리 |w.get(i) − start.get(i)|를 보고,
    //         가장 멀리 움직인 가중치의 번호 mostMoved와 그 거리 distance, 그리고 출력층 w5–w8의 거리 합
    //         outputLayer와 은닉층 w1–w4의 거리 합 hiddenLayer를 구하세요.
    int mostMoved = 0;
    double distance = 0, outputLayer = 0, hiddenLayer = 0;
    table.row(change, errorAfter, mostMoved, distance, outputLayer, hiddenLayer);
}

experiment("기준(baseline)", Weights.slides(), Sample.slides(), 0.5, 50);
// TODO 3: 기준에서 하나씩만 바꾼 다섯 실험을 이 순서, 이 이름으로 부르세요.
//   "학습률 α = 2"              학습률 2
//   "에폭 200"                  200 에폭
//   "초기 가중치를 거꾸로"       new Weights(0.6, 0.7, 0.4, 0.45, 0.35, 0.4, 0.25, 0.3): 슬라이드의 w8 … w1
//   "입력 × 10"                 new Sample(1, 2, 0.4, 0.6)
//   "목표값 (0.6, 0.4)"         new Sample(0.1, 0.2, 0.6, 0.4)

table.print();
