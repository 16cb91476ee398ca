// 6장 손글씨 숫자(handwritten digits): 5장의 네트워크를 진짜 데이터로 학습하는 워크스루(walkthrough).
// ./companion jshell 6으로 실행한다 (README.md 참고). 끝나면 아래의 객체를 모두 직접 살펴볼 수 있다.
import backprop.digits.*;
import backprop.mlp.*;

System.out.println("""
=== 6장 슬라이드 너머: 손글씨 숫자 (beyond the slides: handwritten digits) ===

강의는 2-2-2 네트워크의 가중치 갱신(update) 한 번으로 끝난다. 그래서 정말 무언가를 배울까?
5장과 같은 클래스(Mlp, Layer), 같은 순전파(forward)와 역전파(backward)로 진짜 데이터를 학습해 보자.
데이터: UCI "Optical Recognition of Handwritten Digits" (E. Alpaydin, C. Kaynak, 1998), CC BY 4.0
""");

var digits = Digits.load();

System.out.println("-- 1. 데이터(data): 8×8 픽셀의 손글씨 숫자 " + digits.size() + "장 --\n"
        + "픽셀 하나는 0(빈칸)부터 16(가장 진함)까지의 정수. 첫 이미지, 레이블(label) " + digits.get(0).label() + ":\n"
        + DigitsReports.picture(digits.get(0))
        + "픽셀 값 64개 (위 줄부터 한 줄씩):\n" + java.util.Arrays.toString(digits.get(0).pixels()) + "\n");

var examples = Digits.examples(digits);

System.out.println("""
-- 2. 입력(input)과 목표값(target) --
입력: 픽셀 ÷ 16, 그래서 0과 1 사이 (시그모이드(sigmoid)는 입력이 작을 때 잘 배운다). 첫 이미지의 맨 윗줄 8개:
""" + java.util.Arrays.toString(java.util.Arrays.copyOf(examples.get(0).input(), 8)) + """

목표값: 원-핫(one-hot), 정답 숫자 자리만 1인 10개의 값. 레이블 0이면:
""" + java.util.Arrays.toString(examples.get(0).target()) + "\n");

var settings = DigitTraining.standard();
var split = Split.of(examples, settings.testFraction(), settings.seed());
var network = settings.network();

System.out.println("-- 3. 훈련 집합(training set)과 시험 집합(test set), seed " + settings.seed() + " --\n"
        + "훈련 " + split.train().size() + "장으로만 학습하고, 시험 " + split.test().size() + "장은 학습에 쓰지 않는다.\n"
        + "본 적 없는 이미지를 맞혀야 외운 것(memorising)이 아니라 배운 것(learning)이다.\n\n"
        + "-- 4. 네트워크(network): 5장의 Mlp, 층(layer)만 크게 --\n"
        + network + ": 입력 64, 은닉(hidden) " + settings.hidden() + ", 출력 10\n"
        + network.layer(0) + "\n"
        + network.layer(1) + "\n"
        + "Layer.forward/backward는 5장과 같은 연쇄법칙(chain rule), 크기만 다르다. E = ½ Σ (target − output)²\n"
        + "학습 전(before training) 시험 정확도(test accuracy): "
        + backprop.Format.percent(Evaluation.of(network, split.test()).accuracy()) + " (찍기 수준)\n");

var order = new java.util.Random(settings.seed());

System.out.println("-- 5. 미니배치 경사하강법(mini-batch gradient descent) --\n"
        + "한 에폭(epoch) = 훈련 이미지를 섞고(shuffle, seed " + settings.seed() + "), " + settings.batchSize()
        + "장씩 묶어(batch), 묶음마다 역전파로 구한 평균 기울기로 경사하강법 한 걸음.\n"
        + "batchSize 1이면 슬라이드처럼 예제 하나에 갱신 한 번. 학습률(learning rate) α = "
        + backprop.Format.num(settings.learningRate()) + ". 처음 3 에폭:");

var history = new java.util.ArrayList<DigitTraining.Epoch>();
for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
    Trainer.epoch(network, split.train(), settings.learningRate(), settings.batchSize(), order);
    history.add(DigitTraining.measure(epoch, network, split));
    if (epoch <= 3) System.out.println(DigitsReports.epochLine(history.get(epoch - 1), settings.epochs()));
}

var result = new DigitTraining.Result(settings, split, network, history);

System.out.println("""

-- 6. 20 에폭까지 학습한 결과: DigitTraining.standard().run()과 같은 설정, 같은 seed, 같은 숫자 --
(위 네트워크를 이어서 학습했다. 처음부터 다시 하려면 settings.run(); 결과는 똑같다.)
마지막 표는 혼동 행렬(confusion matrix): 행은 실제 숫자, 열은 네트워크가 읽은 숫자, 대각선이 맞힌 개수.
""" + DigitsReports.training(result));

var misread = split.test().stream().filter(
        e -> e.target()[8] == 1 && result.network().classify(e.input()) == 1).findFirst().get();

System.out.println("-- 7. 틀린 이미지(a mistake): 시험 집합에서 8을 1로 읽은 첫 이미지 --\n"
        + DigitsReports.picture(digits.get(examples.indexOf(misread)))
        + "출력 10개 (0부터 9까지): "
        + java.util.Arrays.stream(result.network().predict(misread.input())).mapToObj(backprop.Format::num).toList() + "\n"
        + "가장 큰 출력의 자리(argmax)가 답: " + result.network().classify(misread.input())
        + ", 정답: 8. 아래쪽 고리가 세로획으로 뭉개졌고, 가장 큰 출력도 0.5에 못 미친다: 네트워크도 확신하지 못한다.\n");

System.out.println("""
-- 8. 속도(speed): 읽기 쉬운 Mlp와 FastTrainer --
FastTrainer는 같은 네트워크를 double[] 배열로만 쓴 빠른 버전. 같은 seed면 가중치가 마지막 비트까지 같다(테스트로 확인).
시간은 컴퓨터마다 다르므로 여기서는 재지 않는다. 직접 재려면 셸에서: ./companion benchmark

== 이제 직접 해 보자 (try it yourself) ==
  System.out.print(DigitsReports.picture(digits.get(8)))              // 다른 이미지 그리기
  System.out.print(DigitsReports.training(settings.withHidden(8).run()))           // 은닉 노드 8개면?
  System.out.print(DigitsReports.training(settings.withLearningRate(0.5).run()))   // 학습률 0.5면?
  System.out.print(DigitsReports.training(settings.withBatchSize(1).withEpochs(5).run()))   // batchSize 1: 예제 하나에 갱신 한 번
  Trainer.epoch(network, split.train(), 2.0, 10, order)               // 위의 network를 한 에폭 더
  result.confusion()[7][9]                                            // 7을 9로 읽은 횟수
  misread = split.test().stream().filter(e -> e.target()[7] == 1 && result.network().classify(e.input()) == 9).findFirst().get()
  System.out.print(DigitsReports.picture(digits.get(examples.indexOf(misread))))   // 7을 9로 읽은 이미지
""");
