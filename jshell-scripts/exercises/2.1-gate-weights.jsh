// 연습문제 2.1 — 논리 게이트의 가중치 정하기 (choosing a gate's weights)
//
// TLU(threshold logic unit)는 가중합(weighted sum) w1·x1 + w2·x2 + b가 0보다 크면 1, 아니면(0 이하이면) 0을 냅니다.
// 가중치(weight) w와 편향(bias) b를 직접 골라 다음 게이트를 만드세요.
//   NAND: (1, 1)에서만 0
//   OR:   하나라도 1이면 1
//   NOR:  둘 다 0일 때만 1 (NOT OR)
//   MAJ3: 입력 세 개 중 두 개 이상이 1이면 1 (다수결, majority) — 입력이 세 개인 TLU
// Perceptron.nand()나 Perceptron.or()를 부르지 말고, 숫자를 직접 정하세요. 답은 하나가 아닙니다:
// 진리표(truth table)가 맞으면 어떤 가중치든 정답입니다 (출력에는 진리표만 나옵니다).
//
// Perceptron.tlu(bias, w1, w2, ...)가 TLU를 만듭니다: 편향(bias)이 먼저, 그다음 입력마다 가중치 하나.
// 가중합이 정확히 0이 되는 입력에서는 0이 나온다는 것을 잊지 마세요 (2장 TLU 절).
// TODO를 모두 채운 뒤 채점하세요:   ./companion grade 2.1    (또는: ./mvnw -q -Pgrade verify -Dexercise=2.1)
// 진리표는 PerceptronExercises.printGate가 찍습니다.

import backprop.perceptron.*;

// TODO 1: NAND
var nand = Perceptron.tlu(0, 0, 0);
// TODO 2: OR
var or = Perceptron.tlu(0, 0, 0);
// TODO 3: NOR
var nor = Perceptron.tlu(0, 0, 0);
// TODO 4: MAJ3 (가중치 세 개)
var maj3 = Perceptron.tlu(0, 0, 0, 0);

PerceptronExercises.printGate("NAND", nand);
PerceptronExercises.printGate("OR", or);
PerceptronExercises.printGate("NOR", nor);
PerceptronExercises.printGate("MAJ3", maj3);
