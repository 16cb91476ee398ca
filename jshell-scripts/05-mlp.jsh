// 5장 MLP 오차역전파(backpropagation): 슬라이드의 2-2-2 예제를 따라가는 워크스루(walkthrough).
// ./companion jshell 5로 실행한다 (README.md 참고). 끝나면 아래의 객체를 모두 직접 살펴볼 수 있다.
import backprop.mlp.*;

System.out.println("""
=== 5장 MLP 오차역전파(backpropagation) ===

MLP(multi-layer perceptron)의 구성:
  입력층(input layer) x1, x2  →  은닉층(hidden layer) h1, h2  →  출력층(output layer) o1, o2
  화살표 하나가 가중치(weight) 하나: w1…w4는 입력층→은닉층, w5…w8은 은닉층→출력층 (편향 bias 없음)
  (슬라이드의 네트워크를 값과 함께 그린 그림은 순전파 뒤에 나온다 — 컴패니언에서 /plot network, jshell에서 backprop.pictures.Pictures.show("network"))

  h = sigmoid(z), o = sigmoid(z), 손실 함수(loss function) E = ½ Σ (target − output)²
    슬라이드는 이 손실을 "MSE"라고 부르지만, 사이토 고키의 책이 쓰는 이름으로는 오차제곱합(SSE, sum of squared errors)의 ½이다.
  순전파(forward propagation): 가중치로 예측값을 계산하고 손실(loss)을 구한다.
  역전파(backpropagation): 손실의 기울기 ∂E/∂w를 출력층에서 입력층 쪽으로, 연쇄법칙으로 계산한다.
  경사하강법(gradient descent): 그 기울기로 가중치를 갱신한다 (w+ = w − α·∂E/∂w).
""");

var weights = Weights.slides();
var sample = Sample.slides();

System.out.println("-- 주어진 값(given): 파란 숫자는 입력값, 빨간 숫자는 가중치 --\n" + MlpReports.given(weights, sample, SlidesExample.LEARNING_RATE));

var forward = ForwardPass.of(weights, sample);

System.out.println("""
-- 1. 순전파(forward pass): 식, 숫자, 결과를 슬라이드처럼 한 줄에 --
""" + MlpReports.forward(forward) + """

그림으로(as a picture): 화살표 위는 가중치, 상자 안은 z, h, o — 컴패니언에서 /plot network, jshell에서 backprop.pictures.Pictures.show("network")
""" + backprop.draw.Diagrams.network());

var backward = BackwardPass.of(forward);

System.out.println("""
-- 2. 역전파 1단계(backward stage 1): 출력층 가중치 w5, w6, w7, w8 --
출력층에서 가까운 가중치부터, 연쇄법칙(chain rule)으로 국소적 미분(local derivative)을 곱해 나간다.
시그모이드(sigmoid)의 미분(derivative)은 출력만으로 계산된다: ∂o1/∂z3 = o1 × (1 − o1)
노드에 도착한 기울기 × 그 노드의 시그모이드 미분이 그 노드의 오차 신호 δ3 = ∂E_total/∂z3이다.
""" + MlpReports.backwardStage1(backward, SlidesExample.LEARNING_RATE) + """

-- 3. 역전파 2단계(backward stage 2): 은닉층 가중치 w1, w2, w3, w4 --
h1은 o1과 o2 둘 다에 영향을 주므로, 두 경로의 기울기(gradient)를 더한다:
  ∂E_total/∂h1 = ∂E_o1/∂h1 + ∂E_o2/∂h1 = δ3·w5 + δ4·w7
그다음은 1단계와 같은 모양이다: δ1 = ∂E_total/∂h1 × ∂h1/∂z1, ∂E_total/∂w1 = δ1 × x1
""" + MlpReports.backwardStage2(backward, SlidesExample.LEARNING_RATE) + """

그림으로(as a picture): 화살표 옆은 각 가중치의 기울기 ∂E_total/∂w — 컴패니언에서 /plot network-backward, jshell에서 backprop.pictures.Pictures.show("network-backward")
""" + backprop.draw.Diagrams.networkBackward());

var updated = backward.update(SlidesExample.LEARNING_RATE);
var again = ForwardPass.of(updated, sample);

System.out.println("""
-- 4. 가중치 갱신(update): 경사하강법 w+ = w − α·∂E_total/∂w, 학습률(learning rate) α = 0.5 --
""" + MlpReports.update(backward, SlidesExample.LEARNING_RATE) + """

-- 5. 업데이트된 가중치로 다시 순전파(forward pass again) --
""" + MlpReports.forward(again) + "\n" + MlpReports.decrease(forward, again, SlidesExample.LEARNING_RATE) + """

-- 정오표(errata) --
""" + MlpReports.errata());

System.out.println("""
-- 6. 검산(gradient check): 손으로 구한 기울기 = 자동미분(autograd, 4장) = 수치미분(central differences) --
""" + MlpReports.gradientCheck());

System.out.println("""
-- 7. 과제 2(homework), 튜닝을 통해 성능변화 확인하기: 많이 업데이트되는 가중치와 작게 업데이트되는 가중치 --
""" + MlpReports.weightMovement() + """

-- 8. 과제 2(homework), 튜닝(tuning): 학습률(learning rate)에 따른 E_total의 변화 --
""" + MlpReports.learningRateTuning());

System.out.println("""
-- 9. 참고사항: MLP의 가중치가 대칭(symmetric)이면 안 된다 --
""" + MlpReports.symmetry());

var xor = XorTraining.network(XorTraining.SEED);
var history = Trainer.train(xor, Example.xor(), XorTraining.LEARNING_RATE, XorTraining.EPOCHS);

System.out.println("""
-- 10. 같은 역전파로 XOR 배우기: 2-2-1 시그모이드 네트워크, 편향(bias) 있음, seed 1 --
퍼셉트론(perceptron) 하나로는 풀 수 없던 XOR(2장)를 은닉층(hidden layer)이 있는 MLP는 배운다.
""" + MlpReports.lossTable(history, 400) + MlpReports.predictions(xor, Example.xor())
        + "은닉 노드가 배운 특징: h1은 (1, 0)에서만, h2는 (0, 1)에서만 켜진다 (2장 연습문제 2.2의 두 번째 조합)\n"
        + MlpReports.hiddenOutputs(xor, Example.xor()));

System.out.println("""
== 이제 직접 해 보자 (try it yourself) ==
  forward.o1()                                   // 순전파의 출력 o1
  backward.dEdw5()                               // ∂E_total/∂w5
  MlpReports.slidesTrace(weights, sample, 1.0)   // 학습률을 1.0으로 바꾸면?
  MlpReports.slidesTrace(Weights.allEqual(0.5), sample, 0.5)   // 대칭 가중치로 시작하면?
  MlpReports.weightMovement(weights, sample, 0.5, 30)   // 30 에폭 동안 어느 가중치가 많이 움직일까?
  Trainer.train(XorTraining.network(4), Example.xor(), 2.0, 2000).finalLoss()   // seed 4는 왜 평평한 곳에 머물까?
  MlpReports.network(xor)                        // 학습된 XOR 네트워크의 가중치

과제 1(homework), 역전파 코드 주석달기: BackwardPass.java와 Layer.backward의 줄마다 위의 식을 짝지어 보자.
연습문제 5.2가 같은 일을 채점할 수 있는 모양으로 한다.
""");
