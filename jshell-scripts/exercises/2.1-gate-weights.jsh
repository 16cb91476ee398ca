// 연습문제 2.1 — 논리 게이트의 가중치 정하기 (choosing a gate's weights)
//
// TLU(threshold logic unit)는 가중합(weighted sum) w1·x1 + w2·x2 + b 가 0 이상이면 1, 아니면 0을 냅니다.
// 가중치(weight) w와 편향(bias) b를 직접 골라 다음 게이트를 만드세요.
//   NAND: (1, 1)에서만 0
//   OR:   하나라도 1이면 1
//   NOR:  둘 다 0일 때만 1 (NOT OR)
//   MAJ3: 입력 세 개 중 두 개 이상이 1이면 1 (다수결, majority) — 입력이 세 개인 TLU
// Perceptron.nand()나 Perceptron.or()를 부르지 말고, 숫자를 직접 정하세요. 답은 하나가 아닙니다:
// 진리표(truth table)가 맞으면 어떤 가중치든 정답입니다 (출력에는 진리표만 나옵니다).
//
// Choose weights and a bias for NAND, OR, NOR and the 3-input majority gate MAJ3.
// Perceptron.tlu(bias, w1, w2, ...) builds a TLU: bias first, then one weight per input.
// Fill in every TODO, then grade it:   ./companion grade 2.1    (or: mvn -q -Pgrade verify -Dexercise=2.1)
// The truth tables are printed for you by PerceptronExercises.printGate.

import backprop.perceptron.*;

// TODO 1: NAND
var nand = Perceptron.tlu(0, 0, 0);
// TODO 2: OR
var or = Perceptron.tlu(0, 0, 0);
// TODO 3: NOR
var nor = Perceptron.tlu(0, 0, 0);
// TODO 4: MAJ3 (three weights)
var maj3 = Perceptron.tlu(0, 0, 0, 0);

PerceptronExercises.printGate("NAND", nand);
PerceptronExercises.printGate("OR", or);
PerceptronExercises.printGate("NOR", nor);
PerceptronExercises.printGate("MAJ3", maj3);
