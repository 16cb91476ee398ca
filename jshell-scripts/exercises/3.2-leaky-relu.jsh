// 연습문제 3.2 — Leaky ReLU max(0.1x, x)와 그 미분 (Leaky ReLU and its derivative)
//
// 슬라이드의 Leaky ReLU max(0.1x, x)와 그 도함수(derivative)를 람다(lambda)로 직접 쓰세요.
// 꺾이는 점(kink) x = 0 에서는 이 교재의 약속(convention)대로 오른쪽 기울기(right-hand slope)를 돌려주세요.
// 출력은 여러분의 값을 Activation.leakyRelu(0.1)과 비교해 행마다 ok / wrong을 찍고, 끝으로 x = −2 에서
// 역전파(backward)로 흘러가는 기울기를 ReLU와 나란히 보여 줍니다.
//
// Write Leaky ReLU max(0.1x, x) and its derivative (right-hand slope at the kink x = 0) as lambdas.
// Fill in every TODO, then grade it:
//   ./companion grade 3.2    (or: mvn -q -Pgrade verify -Dexercise=3.2)
// The printing is done for you by ActivationExercises.printLeakyRelu; only the formulas are yours.

import backprop.activation.*;
import java.util.function.DoubleUnaryOperator;

// TODO 1: Leaky ReLU max(0.1x, x).
DoubleUnaryOperator leaky = x -> 0;

// TODO 2: its derivative: the slope for x < 0, the slope for x > 0, and at x = 0 the right-hand slope.
DoubleUnaryOperator leakyDerivative = x -> 0;

ActivationExercises.printLeakyRelu(leaky, leakyDerivative);
