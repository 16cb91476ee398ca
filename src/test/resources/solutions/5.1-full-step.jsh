// Reference solution of exercise 5.1.
import backprop.mlp.*;

var s = Sample.slides();
var w = Weights.slides();
double alpha = 0.5;

double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
}

double[] forward(Weights w) {
    double h1 = sigmoid(w.w1() * s.x1() + w.w2() * s.x2());
    double h2 = sigmoid(w.w3() * s.x1() + w.w4() * s.x2());
    double o1 = sigmoid(w.w5() * h1 + w.w6() * h2);
    double o2 = sigmoid(w.w7() * h1 + w.w8() * h2);
    double errorTotal = 0.5 * (s.target1() - o1) * (s.target1() - o1) + 0.5 * (s.target2() - o2) * (s.target2() - o2);
    return new double[] {h1, h2, o1, o2, errorTotal};
}

var f = forward(w);
double h1 = f[0], h2 = f[1], o1 = f[2], o2 = f[3], errorBefore = f[4];
MlpExercises.printForward(h1, h2, o1, o2, errorBefore);

double delta3 = -(s.target1() - o1) * o1 * (1 - o1);
double delta4 = -(s.target2() - o2) * o2 * (1 - o2);
double dEdw5 = delta3 * h1, dEdw6 = delta3 * h2, dEdw7 = delta4 * h1, dEdw8 = delta4 * h2;
MlpExercises.printStage1(delta3, delta4, dEdw5, dEdw6, dEdw7, dEdw8);

double dEdh1 = delta3 * w.w5() + delta4 * w.w7(), dEdh2 = delta3 * w.w6() + delta4 * w.w8();
double delta1 = dEdh1 * h1 * (1 - h1), delta2 = dEdh2 * h2 * (1 - h2);
double dEdw1 = delta1 * s.x1(), dEdw2 = delta1 * s.x2(), dEdw3 = delta2 * s.x1(), dEdw4 = delta2 * s.x2();
MlpExercises.printStage2(dEdh1, dEdh2, delta1, delta2, dEdw1, dEdw2, dEdw3, dEdw4);

Weights updated = new Weights(w.w1() - alpha * dEdw1, w.w2() - alpha * dEdw2, w.w3() - alpha * dEdw3,
        w.w4() - alpha * dEdw4, w.w5() - alpha * dEdw5, w.w6() - alpha * dEdw6, w.w7() - alpha * dEdw7,
        w.w8() - alpha * dEdw8);
MlpExercises.printUpdate(w, updated);

double errorAfter = forward(updated)[4];
MlpExercises.printDecrease(errorBefore, errorAfter);
