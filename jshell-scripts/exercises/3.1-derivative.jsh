// 연습문제 3.1 — 출력으로 쓰는 활성화 함수의 미분 (the derivative from the output)
//
// 역전파(backpropagation)는 순전파에서 이미 구한 출력 o = f(x)를 다시 씁니다. 슬라이드의 "sigmoid 미분
// o × (1 − o)"가 그 예입니다. 시그모이드(sigmoid), tanh, ELU(α = 1)의 도함수(derivative)를 입력 x가 아니라
// 출력 o만으로 쓰는 람다(lambda)로 직접 쓰세요. 람다가 받는 인수는 x가 아니라 o입니다.
// 출력은 점 x = -2 … 2마다 o = f(x), 여러분의 f'(x), 중심 차분(central difference)을 나란히 찍고,
// 여러분의 값이 정확한 미분과 1e-12 안에서 같을 때만 ok를 붙입니다. 중심 차분 같은 근삿값은 소수점 8자리가
// 같아 보여도 1e-12 안에 들지 못합니다. 공식을 찾으세요: 3장의 시그모이드, tanh, ELU 절.
//
// TODO를 모두 채운 뒤 채점하세요:   ./companion grade 3.1    (또는: ./mvnw -q -Pgrade verify -Dexercise=3.1)
// 출력은 ActivationExercises.printDerivativeCheck가 맡습니다. 여러분이 쓸 것은 공식뿐입니다.

import backprop.activation.*;
import java.util.function.DoubleUnaryOperator;

// TODO 1: σ'(x)를 출력 o = σ(x)로. 힌트: 5장 슬라이드의 "o × (1 − o)".
DoubleUnaryOperator sigmoidDerivative = o -> 0;

// TODO 2: tanh'(x)를 출력 t = tanh(x)로.
DoubleUnaryOperator tanhDerivative = t -> 0;

// TODO 3: ELU'(x)를 출력 e = ELU(x)로 (α = 1). 힌트: 출력이 양수이면 x도 양수입니다. 음수 쪽은 α·eˣ = ELU(x) + α.
DoubleUnaryOperator eluDerivative = e -> 0;

ActivationExercises.printDerivativeCheck(Activation.SIGMOID, sigmoidDerivative);
System.out.println();
ActivationExercises.printDerivativeCheck(Activation.TANH, tanhDerivative);
System.out.println();
ActivationExercises.printDerivativeCheck(Activation.elu(1.0), eluDerivative);
