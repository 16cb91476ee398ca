// 연습문제 5.1 — 은닉층의 기울기 (the hidden-layer gradient)
//
// 역전파 2단계(backward stage 2)를 직접 계산하세요: ∂E_total/∂h1, ∂E_total/∂h2, 그리고 w1…w4의 기울기.
// Fill in every TODO, then grade it:   ./companion grade 5.1    (or: mvn -q -Pgrade verify -Dexercise=5.1)
// The printing is done for you by MlpExercises.printHiddenGradients; only the numbers are yours.

import backprop.mlp.*;

var forward = ForwardPass.of(Weights.slides(), Sample.slides());
var w = forward.weights();
var s = forward.sample();

// Given: backward stage 1's error signals at the output layer, ∂E_total/∂z3 and ∂E_total/∂z4.
double dEdz3 = -(s.target1() - forward.o1()) * forward.o1() * (1 - forward.o1());
double dEdz4 = -(s.target2() - forward.o2()) * forward.o2() * (1 - forward.o2());

// TODO 1: h1 reaches E_total along two paths, through z3 (weight w5) and through z4 (weight w7).
double dEdh1 = 0;
// TODO 2: the same for h2 (weights w6 and w8).
double dEdh2 = 0;
// TODO 3: go on through each hidden unit's sigmoid to z1 and z2, then to the weights (z1 = w1·x1 + w2·x2).
double dEdw1 = 0;
double dEdw2 = 0;
double dEdw3 = 0;
double dEdw4 = 0;

MlpExercises.printHiddenGradients(dEdh1, dEdh2, dEdw1, dEdw2, dEdw3, dEdw4);
