import backprop.perceptron.*;
import backprop.activation.*;
import static backprop.Format.*;
// 2장. 퍼셉트론(perceptron)과 XOR — JShell 둘러보기(walkthrough)
// 실행: mvn -q -o compile 후 jshell --class-path target/classes jshell-scripts/02-perceptron.jsh

System.out.println("=== 2장. 퍼셉트론(perceptron)과 XOR ===");
System.out.println();
System.out.println("[1] 생물학적 뉴런(biological neuron)");
System.out.println("뉴런은 수상돌기로 신호를 받아, 충분한 양의 신경전달물질을 받았을 때 자체적인 신호를 발생시킨다.");
System.out.println("인공신경망(artificial neural network)의 퍼셉트론은 이 '충분하면 발화한다'를 수식으로 옮긴 것이다.");
System.out.println();

System.out.println("[2] 퍼셉트론으로 선형회귀(linear regression)를 표현");
System.out.println("입력(input) x에 가중치(weight) a를 곱하고 편향(bias) b를 더한 다음, 활성화 함수(activation function)를 거친다.");
System.out.println("활성화 함수가 항등 함수(identity)라면 퍼셉트론은 1장의 y = ax + b 그 자체다.");
var line = Perceptron.linear(2, 1);
System.out.println("line = Perceptron.linear(2, 1) → " + line);
System.out.println("line.output(3) = " + num(line.output(3)) + "   (2 × 3 + 1)");
System.out.println();
System.out.println(PerceptronAsRegression.report());

System.out.println("[3] TLU(threshold logic unit, 임계 논리 유닛)");
System.out.println("입력값의 가중합(weighted sum) w·x + b를 계산한 다음, 계단 함수(step function)를 적용하여 0 또는 1을 출력한다.");
var and = Perceptron.and();
var nand = Perceptron.nand();
var or = Perceptron.or();
System.out.println("and.weightedSum(1, 1) = 0.5 × 1 + 0.5 × 1 + (-0.7) = " + f8(and.weightedSum(1, 1)) + " → step → " + num(and.output(1, 1)));
System.out.println("and.weightedSum(1, 0) = 0.5 × 1 + 0.5 × 0 + (-0.7) = " + f8(and.weightedSum(1, 0)) + " → step → " + num(and.output(1, 0)));
System.out.println();
System.out.println("가중치와 편향을 손으로 정하면 AND, NAND, OR 논리 게이트(logic gate)가 된다:");
System.out.println(Gates.report());

System.out.println("[4] XOR: 퍼셉트론의 필요성");
System.out.println("XOR는 (1, 0)과 (0, 1)에서만 1이다. 직선 하나로는 이 두 점과 (0, 0), (1, 1)을 가를 수 없다(선형 분리 불가능, not linearly separable).");
System.out.println("그래서 층(layer)을 쌓는다: 첫 층은 NAND와 OR, 둘째 층은 AND.");
var xor = XorNetwork.standard();
System.out.println(xor.table());
System.out.println("슬라이드의 표와 똑같다. 한 행만 따로 보기: xor.row(1, 0) = " + xor.row(1, 0));
System.out.println();

System.out.println("[5] 퍼셉트론 학습 규칙(perceptron learning rule)");
System.out.println("틀린 표본(sample)마다 w := w + η (t − y) x, b := b + η (t − y). 맞히면 t − y = 0 이라 아무것도 바뀌지 않는다.");
System.out.println("가중치 0에서 시작하고 학습률(learning rate) η = 0.5로, 표본을 슬라이드의 순서대로 본다.");
System.out.println();
var learnAnd = PerceptronLearning.train(TrainingData.and());
System.out.println(learnAnd.report());
var learnOr = PerceptronLearning.train(TrainingData.or());
System.out.println(learnOr.report());
System.out.println("AND와 OR은 직선 하나로 나뉘므로 오류 수(error count)가 0에 이른다(수렴, converge).");
System.out.println("XOR는 어떨까?");
System.out.println();
var learnXor = PerceptronLearning.train(TrainingData.xor());
System.out.println(learnXor.report());
System.out.println("XOR는 선형 분리가 불가능하므로, 퍼셉트론 하나는 몇 epoch을 돌려도 오류를 0으로 만들 수 없다.");
System.out.println("learnXor.converged() = " + learnXor.converged() + ", 에폭별 오류 수(errors per epoch) = " + learnXor.errorCounts());
System.out.println("해결책은 [4]처럼 층을 쌓는 것(MLP)이고, 층을 학습시키려면 계단 함수 대신 미분 가능한 활성화 함수가 필요하다 → 3장.");
System.out.println();

System.out.println("=== 직접 해 보기(try it) ===");
System.out.println("1) 가중치를 바꿔 보기:      System.out.println(Perceptron.tlu(-1.5, 1, 1).truthTable())     // 어떤 게이트일까?");
System.out.println("2) 학습률 바꾸기:           System.out.println(new PerceptronLearning(0.25, 50).run(TrainingData.and()).report())   // 0에서 시작하면 η는 가중치의 크기만 바꾼다");
System.out.println("3) 다른 시작점:             System.out.println(new PerceptronLearning(0.5, 20).run(Perceptron.tlu(1, -1, 2), TrainingData.or()).report())");
System.out.println("4) 한 걸음씩:               PerceptronLearning.update(and, Sample.of(1, 1, 0), 0.5)   // 목표 t = 1, 입력 x = (1, 0)");
System.out.println("5) 에폭을 늘려도 XOR는?      new PerceptronLearning(0.5, 1000).run(TrainingData.xor()).converged()");
System.out.println("6) 직선 모델:               System.out.println(PerceptronAsRegression.report(0.5, -1, 0, 1, 2, 3))");
