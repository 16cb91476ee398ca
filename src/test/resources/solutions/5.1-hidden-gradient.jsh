// Reference solution of exercise 5.1.
import backprop.mlp.*;

var forward = ForwardPass.of(Weights.slides(), Sample.slides());
var w = forward.weights();
var s = forward.sample();

double dEdz3 = -(s.target1() - forward.o1()) * forward.o1() * (1 - forward.o1());
double dEdz4 = -(s.target2() - forward.o2()) * forward.o2() * (1 - forward.o2());

double dEdh1 = dEdz3 * w.w5() + dEdz4 * w.w7();
double dEdh2 = dEdz3 * w.w6() + dEdz4 * w.w8();
double dEdz1 = dEdh1 * forward.h1() * (1 - forward.h1());
double dEdz2 = dEdh2 * forward.h2() * (1 - forward.h2());
double dEdw1 = dEdz1 * s.x1();
double dEdw2 = dEdz1 * s.x2();
double dEdw3 = dEdz2 * s.x1();
double dEdw4 = dEdz2 * s.x2();

MlpExercises.printHiddenGradients(dEdh1, dEdh2, dEdw1, dEdw2, dEdw3, dEdw4);
