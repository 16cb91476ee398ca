// Reference solution of exercise 5.4.
import backprop.mlp.*;

var sample = Sample.slides();
double learningRate = 0.5;
Weights w = Weights.allEqual(0.5);

MlpExercises.printSymmetryHeader();
for (int epoch = 0; epoch <= 100; epoch++) {
    if (epoch == 0 || epoch == 1 || epoch == 10 || epoch == 100) {
        var forward = ForwardPass.of(w, sample);
        var backward = BackwardPass.of(forward);
        double h1 = forward.h1(), h2 = forward.h2(), dEdh1 = backward.dEdh1(), dEdh2 = backward.dEdh2();
        MlpExercises.printSymmetryRow(epoch, h1, h2, dEdh1, dEdh2);
    }
    if (epoch < 100) {
        w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate);
    }
}
MlpExercises.printSymmetryWeights(w);
