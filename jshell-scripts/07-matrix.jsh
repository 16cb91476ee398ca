// 7장 행렬로 쓰는 역전파 (backpropagation in matrix form) — chapter 5's chain rule on whole batches.
// Run it with ./companion jshell 7 (see README.md); afterwards every object below is yours to explore.
import backprop.matrix.*;
import backprop.digits.*;

System.out.println("""
=== 7장 슬라이드 너머: 행렬로 쓰는 역전파 (beyond the slides: backpropagation in matrix form) ===

6장은 이미지 한 장씩 순전파와 역전파를 했다. 이 장은 같은 연쇄법칙(chain rule)을 배치(batch) 전체에
한꺼번에 쓴다: 예제 하나가 행렬의 한 행(row)이고, 층 하나의 일은 행렬 곱 하나다.
역전파(backpropagation)는 기울기 ∂E/∂w를 계산하고, 가중치를 갱신하는 것은 경사하강법(gradient descent)이다.
""");

System.out.println("-- 1. 5장의 한 걸음을 행렬로 (the slides' step as matrices) --\n"
        + "Affine(X·W) → 시그모이드 → Affine → 시그모이드 → ½ Σ 오차. 숫자는 5장과 같아야 한다.\n\n"
        + MatrixReports.slidesStep());

var x = Matrix.of(new double[][] {{1, 0.5}, {0, 2}});
var affine = Affine.of(Matrix.of(new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}}), new double[] {0, 0, 0});
var y = affine.forward(x);
var dY = Matrix.of(new double[][] {{1, 0, -1}, {0.5, 0.5, 0}});
var dX = affine.backward(dY);

System.out.println("-- 2. Affine 층 하나, 예제 두 개 (one Affine layer, a batch of two) --\n"
        + "X = " + x + " (예제 2개 × 입력 2개), W = " + affine.W() + " (입력 2개 × 노드 3개)\n"
        + "Y = X·W + b = " + y + "\n"
        + "상류(upstream)에서 온 기울기 dY = " + dY + "\n"
        + "dW = Xᵀ·dY = " + affine.dW() + "   예제마다의 δ·x를 더한 것\n"
        + "db = Σ_n dY_n = " + java.util.Arrays.stream(affine.db()).mapToObj(backprop.Format::num).toList()
        + "   편향의 입력은 언제나 1\n"
        + "dX = dY·Wᵀ = " + dX + "   하류(downstream)로 내려보내는 기울기\n");

System.out.println("-- 3. 행렬 형태를 믿어도 되는가 (can we trust the matrix form?) --\n"
        + MatrixReports.chapter6Check());

System.out.println("-- 4. σ'이 사라진다 (why softmax + cross-entropy drops σ') --\n"
        + MatrixReports.outputGradient());

var settings = BatchTraining.standard();
var split = settings.split();
var train = Batch.of(split.train());
var test = Batch.of(split.test());
var network = settings.network();
var order = new java.util.Random(settings.seed());

System.out.println("-- 5. 손글씨 숫자를 미니배치로 (the digits in mini-batches) --\n"
        + "6장과 같은 분할: 훈련 " + train + ", 시험 " + test + "\n"
        + MatrixReports.setup(settings) + "\n"
        + network + "\n"
        + "한 에폭(epoch) = 섞고(shuffle), " + settings.batchSize() + "장씩 잘라 배치마다 gradient 한 번(역전파), update 한 번(경사하강법). 처음 3 에폭:");

for (int epoch = 1; epoch <= 3; epoch++) {
    BatchTrainer.epoch(network, train, settings.learningRate(), settings.batchSize(), order);
    System.out.println(DigitsReports.epochLine(BatchTraining.measure(epoch, network, train, test), settings.epochs()));
}

System.out.println("""

위 세 줄은 answers/07-matrix/training-report.approved.txt의 에폭 표 처음 세 줄과 같다 (같은 seed).
30 에폭 전체는 셸에서 ./companion matrix (에폭마다 한 줄, 마지막에 혼동 행렬).

-- 6. 속도(speed) --
배치 하나의 순전파와 역전파가 행렬 곱 몇 번이라, 안쪽 반복문이 연속된 배열을 따라 돈다.
시간은 컴퓨터마다 다르므로 여기서는 재지 않는다. 직접 재려면 셸에서: ./companion benchmark

== 이제 직접 해 보자 (try it yourself) ==
  network.gradient(Batch.of(split.test().subList(0, 2)))        // 예제 두 개의 dW1, db1, dW2, db2
  SoftmaxWithLoss.softmax(network.predict(test.x())).row(0)     // 첫 시험 이미지의 확률 10개
  BatchTrainer.epoch(network, train, 0.2, 32, order)            // 배치 32로 한 에폭 더
  network.accuracy(test)                                        // 시험 정확도
  System.out.print(MatrixReports.training(settings.withEpochs(10).run()))   // 10 에폭 학습 기록
""");
