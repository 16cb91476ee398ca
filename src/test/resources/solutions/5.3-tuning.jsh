// Reference solution of exercise 5.3.
import backprop.mlp.*;

var table = MlpExercises.tuning();

void experiment(String change, Weights start, Sample sample, double learningRate, int epochs) {
    Weights w = start;
    for (int epoch = 1; epoch <= epochs; epoch++) {
        w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate);
    }
    double errorAfter = ForwardPass.of(w, sample).errorTotal();
    int mostMoved = 0;
    double distance = 0, outputLayer = 0, hiddenLayer = 0;
    for (int i = 1; i <= 8; i++) {
        double moved = Math.abs(w.get(i) - start.get(i));
        if (moved > distance) {
            mostMoved = i;
            distance = moved;
        }
        if (i >= 5) {
            outputLayer += moved;
        } else {
            hiddenLayer += moved;
        }
    }
    table.row(change, errorAfter, mostMoved, distance, outputLayer, hiddenLayer);
}

experiment("기준(baseline)", Weights.slides(), Sample.slides(), 0.5, 50);
experiment("학습률 α = 2", Weights.slides(), Sample.slides(), 2, 50);
experiment("에폭 200", Weights.slides(), Sample.slides(), 0.5, 200);
experiment("초기 가중치를 거꾸로", new Weights(0.6, 0.7, 0.4, 0.45, 0.35, 0.4, 0.25, 0.3), Sample.slides(), 0.5, 50);
experiment("입력 × 10", Weights.slides(), new Sample(1, 2, 0.4, 0.6), 0.5, 50);
experiment("목표값 (0.6, 0.4)", Weights.slides(), new Sample(0.1, 0.2, 0.6, 0.4), 0.5, 50);

table.print();
