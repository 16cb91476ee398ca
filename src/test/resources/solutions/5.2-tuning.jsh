// Reference solution of exercise 5.2.
import backprop.mlp.*;

var sample = Sample.slides();
MlpExercises.printTuningHeader();
for (double learningRate : new double[] {0.1, 0.5, 1, 2}) {
    Weights start = Weights.slides();
    Weights w = start;
    double after1 = 0, after10 = 0, after100 = 0;
    for (int epoch = 1; epoch <= 100; epoch++) {
        w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate);
        double error = ForwardPass.of(w, sample).errorTotal();
        if (epoch == 1) after1 = error;
        if (epoch == 10) after10 = error;
        if (epoch == 100) after100 = error;
    }
    int mostMoved = 1;
    double distance = 0;
    for (int i = 1; i <= 8; i++) {
        double moved = Math.abs(w.get(i) - start.get(i));
        if (moved > distance) {
            mostMoved = i;
            distance = moved;
        }
    }
    MlpExercises.printTuningRow(learningRate, after1, after10, after100, mostMoved, distance);
}
