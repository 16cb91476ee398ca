// 연습문제 4.1 — 역전파 연습문제: 계산그래프 2를 역전파 해보자 (the backward pass of computation graph 2)
//
// 사과 100원 × 2개, 귤 150원 × 3개, 소비세 10% (× 1.1). 순전파(forward)는 아래에 되어 있습니다.
// 출력 d(amount paid) = 1에서 출발해, 덧셈노드(add node)와 곱셈노드(multiply node)의 역전파 규칙으로
// 모든 기울기(gradient)를 출력 쪽부터 차례로 구하세요. 숫자를 직접 적지 말고, 규칙대로 변수로 계산하세요:
//   덧셈노드 z = x + y:  d(x) = d(z) × 1,  d(y) = d(z) × 1
//   곱셈노드 z = x × y:  d(x) = d(z) × y,  d(y) = d(z) × x   (입력을 서로 바꿔 곱한다)
//
// TODO를 모두 채운 뒤 채점하세요:   ./companion grade 4.1    (또는: ./mvnw -q -Pgrade verify -Dexercise=4.1)
// 출력은 GraphExercises.printShopping2Backward가 맡습니다. 여러분이 구할 것은 기울기뿐입니다.

import backprop.graph.*;

// 주어진 것: 입력과 순전파.
double applePrice = 100, appleCount = 2, orangePrice = 150, orangeCount = 3, tax = 1.1;
double appleTotal = applePrice * appleCount;      // 곱셈노드
double orangeTotal = orangePrice * orangeCount;   // 곱셈노드
double beforeTax = appleTotal + orangeTotal;      // 덧셈노드
double amountPaid = beforeTax * tax;              // 곱셈노드

double dAmountPaid = 1;

// TODO 1: 마지막 노드, amount paid = before tax × tax.
double dBeforeTax = 0;
double dTax = 0;
// TODO 2: 덧셈노드, before tax = apple total + orange total.
double dAppleTotal = 0;
double dOrangeTotal = 0;
// TODO 3: 과일 노드 두 개, apple total = apple price × apple count, orange total = orange price × orange count.
double dApplePrice = 0;
double dAppleCount = 0;
double dOrangePrice = 0;
double dOrangeCount = 0;

GraphExercises.printShopping2Backward(dBeforeTax, dTax, dAppleTotal, dOrangeTotal,
        dApplePrice, dAppleCount, dOrangePrice, dOrangeCount);
