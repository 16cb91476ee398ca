// 2장. 퍼셉트론(perceptron)과 XOR — JShell 워크스루(walkthrough)
// 실행: ./companion jshell 2
//   (또는 ./mvnw -q compile 후 jshell --class-path target/classes jshell-scripts/02-perceptron.jsh)
// 끝난 뒤 jshell 프롬프트에서 line, and, nand, or, xor, learnAnd, learnOr, learnXor를 직접 만져 볼 수 있다.
// 숫자는 backprop.Format.num이 Locale.ROOT로 만든 문자열이고, formatted(...)에는 %s만 쓴다.
import backprop.perceptron.*;
import static backprop.Format.*;

var line = Perceptron.linear(2, 1);

System.out.println("""
        === 2장. 퍼셉트론(perceptron)과 XOR ===

        [1] 생물학적 뉴런(biological neuron)
        뉴런은 수상돌기로 신호를 받아, 충분한 양의 신경전달물질을 받았을 때 자체적인 신호를 발생시킨다.
        인공신경망(artificial neural network)의 퍼셉트론은 이 '충분하면 발화한다'를 수식으로 옮긴 것이다.

        [2] 퍼셉트론으로 선형회귀(linear regression)를 표현
        입력(input) x에 가중치(weight) a를 곱하고 편향(bias) b를 더한 다음, 활성화 함수(activation function)를 거친다.
        활성화 함수가 항등 함수(identity)라면 퍼셉트론은 1장의 y = ax + b 그 자체다.
        line = Perceptron.linear(2, 1) → %s
        line.output(3) = %s   (2 × 3 + 1)

        %s""".formatted(line, num(line.output(3)), PerceptronReports.asRegression()));

var and = Perceptron.and();
var nand = Perceptron.nand();
var or = Perceptron.or();

System.out.println("""
        [3] TLU(threshold logic unit, 임계 논리 유닛)
        입력값의 가중합(weighted sum) w·x + b를 계산한 다음, 계단 함수(step function)를 적용하여 0 또는 1을 출력한다.
        and.weightedSum(1, 1) = 0.5 × 1 + 0.5 × 1 + (-0.7) = %s → step → %s
        and.weightedSum(1, 0) = 0.5 × 1 + 0.5 × 0 + (-0.7) = %s → step → %s

        가중치와 편향을 손으로 정하면 AND, NAND, OR 논리 게이트(logic gate)가 된다:
        %s""".formatted(num(and.weightedSum(1, 1)), num(and.output(1, 1)),
                num(and.weightedSum(1, 0)), num(and.output(1, 0)),
                PerceptronReports.gates()));

var xor = XorNetwork.standard();

System.out.println("""
        [4] XOR: 퍼셉트론의 필요성
        XOR는 (1, 0)과 (0, 1)에서만 1이다. 직선 하나로는 이 두 점과 (0, 0), (1, 1)을 가를 수 없다(선형 분리 불가능, not linearly separable).
        그래서 층(layer)을 쌓는다: 첫 층은 NAND와 OR, 둘째 층은 AND.
        %s
        슬라이드의 표와 똑같다. 한 행만 따로 보기: xor.row(1, 0) = %s

        그림으로 보면: XOR가 1을 내는 곳은 두 직선 사이의 띠(band) — 컴패니언에서 /plot xor-map, jshell에서 backprop.pictures.Pictures.show("xor-map")
        %s""".formatted(PerceptronReports.xorTable(xor), xor.row(1, 0), backprop.plot.Plots.xorDecisionMap()));

var learnAnd = PerceptronLearning.train(TrainingData.and());
var learnOr = PerceptronLearning.train(TrainingData.or());
var learnXor = PerceptronLearning.train(TrainingData.xor());

System.out.println("""
        [5] 퍼셉트론 학습 규칙(perceptron learning rule)
        틀린 표본(sample)마다 w := w + η (t − y) x, b := b + η (t − y). 맞히면 t − y = 0이라 아무것도 바뀌지 않는다.
        가중치와 편향 0에서 시작하고 학습률(learning rate) η = 0.5로, 표본을 슬라이드의 순서대로 본다.
        처음에는 모든 가중합이 0이고 step(0) = 0이라 출력이 모두 0이다: 첫 에폭(epoch)의 첫 오류는 목표가 1인 표본이다.

        %s
        %s
        AND와 OR는 직선 하나로 나뉘므로 오류 수(error count)가 0에 이른다(수렴, converge).
        XOR는 어떨까?

        %s
        XOR는 선형 분리가 불가능하므로, 퍼셉트론 하나는 몇 에폭을 돌려도 오류를 0으로 만들 수 없다.
        learnXor.converged() = %s, 에폭별 오류 수(errors per epoch) = %s
        해결책은 [4]처럼 층을 쌓는 것(MLP)이고, 층을 학습시키려면 계단 함수 대신 미분 가능한 활성화 함수가 필요하다 → 3장.

        === 직접 해 보기(try it) ===
        1) 가중치를 바꿔 보기:      System.out.println(PerceptronReports.truthTable(Perceptron.tlu(-1.5, 1, 1)))     // 어떤 게이트일까?
        2) 학습률 바꾸기:           System.out.println(PerceptronReports.training(new PerceptronLearning(0.25, 50).run(TrainingData.and())))   // 0에서 시작하면 η는 가중치의 크기만 바꾼다
        3) 다른 시작점:             System.out.println(PerceptronReports.training(new PerceptronLearning(0.5, 20).run(Perceptron.tlu(1, -1, 2), TrainingData.or())))
        4) 한 걸음씩:               PerceptronLearning.update(PerceptronLearning.zeroStart(2), TrainingSample.of(1, 1, 1), 0.5)   // of(목표 t, 입력 x…): t = 1, x = (1, 1)
        5) 에폭을 늘려도 XOR는?      new PerceptronLearning(0.5, 1000).run(TrainingData.xor()).converged()
        6) 직선 모델:               System.out.println(PerceptronReports.asRegression(0.5, -1, 0, 1, 2, 3))""".formatted(
                PerceptronReports.training(learnAnd), PerceptronReports.training(learnOr), PerceptronReports.training(learnXor),
                learnXor.converged(), learnXor.errorCounts()));
