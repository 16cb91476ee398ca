// 연습문제 3.2 — Leaky ReLU max(0.1x, x)와 그 미분 (Leaky ReLU and its derivative)
//
// 슬라이드의 Leaky ReLU max(0.1x, x)와 그 도함수(derivative)를 람다(lambda)로 직접 쓰세요.
// 꺾이는 점(kink) x = 0에서는 미분이 정의되지 않으므로 약속(convention)이 필요합니다. 이 교재는
// PyTorch, TensorFlow, JAX와 같은 약속을 씁니다: x = 0에서는 왼쪽 기울기(left-hand slope)를 돌려줍니다
// (3장 "꺾이는 점의 약속" 절).
// 출력은 여러분의 값을 Activation.leakyRelu(0.1)과 비교해 행마다 ok / wrong을 찍고, 끝으로 x = −2에서
// 역전파(backward)로 흘러가는 기울기를 ReLU와 나란히 보여 줍니다.
//
// TODO를 모두 채운 뒤 채점하세요:   ./companion grade 3.2    (또는: ./mvnw -q -Pgrade verify -Dexercise=3.2)
// 출력은 ActivationExercises.printLeakyRelu가 맡습니다. 여러분이 쓸 것은 두 식뿐입니다.

import backprop.activation.*;
import java.util.function.DoubleUnaryOperator;

// TODO 1: Leaky ReLU max(0.1x, x).
DoubleUnaryOperator leaky = x -> 0;

// TODO 2: 그 도함수. x < 0 쪽의 기울기, x > 0 쪽의 기울기, 그리고 x = 0에서는 왼쪽 기울기.
DoubleUnaryOperator leakyDerivative = x -> 0;

ActivationExercises.printLeakyRelu(leaky, leakyDerivative);
