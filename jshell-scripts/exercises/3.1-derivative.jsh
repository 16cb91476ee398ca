// 연습문제 3.1 — 활성화 함수의 미분 (the derivative of an activation function)
//
// 시그모이드(sigmoid)와 tanh의 도함수(derivative)를 람다(lambda)로 직접 쓰세요.
// 출력은 여러분의 f'(x)를 같은 점에서의 중심 차분(central difference) (f(x + h) − f(x − h)) / 2h 옆에 놓고,
// 둘이 1e-6 안에서 같으면 ok를 찍습니다. 미분 공식을 쓸 때 함수 자신의 값(sigmoid.apply(x), Math.tanh(x))을
// 써도 됩니다. sigmoid.derivative(x)나 tanh.derivative(x)를 부르면 연습이 되지 않겠지요.
//
// Write the derivatives of sigmoid and tanh as lambdas; the helper prints them next to a central
// difference at x = −2 … 2. Fill in every TODO, then grade it:
//   ./companion grade 3.1    (or: mvn -q -Pgrade verify -Dexercise=3.1)
// The printing is done for you by ActivationExercises.printDerivativeCheck; only the formulas are yours.

import backprop.activation.*;
import java.util.function.DoubleUnaryOperator;

var sigmoid = Activation.SIGMOID;
var tanh = Activation.TANH;

// TODO 1: σ'(x). 힌트: σ'(x)는 σ(x) 자신으로 쓸 수 있다 (5장의 "o × (1 − o)").
DoubleUnaryOperator sigmoidDerivative = x -> 0;

// TODO 2: tanh'(x). 힌트: tanh'(x)도 tanh(x) 자신으로 쓸 수 있다.
DoubleUnaryOperator tanhDerivative = x -> 0;

ActivationExercises.printDerivativeCheck(sigmoid, sigmoidDerivative);
System.out.println();
ActivationExercises.printDerivativeCheck(tanh, tanhDerivative);
