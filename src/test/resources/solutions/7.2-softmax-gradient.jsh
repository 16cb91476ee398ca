// Reference solution of exercise 7.2.
import backprop.matrix.*;

double[][] scores = {{2.0, 1.0, 0.1}, {0.5, 2.5, -1.0}};
double[][] t = {{1, 0, 0}, {0, 0, 1}};
int n = scores.length;
double h = 1e-5;

double[][] analytic = new double[2][3];
double[][] numerical = new double[2][3];

var y = SoftmaxWithLoss.softmax(Matrix.of(scores));
for (int r = 0; r < 2; r++) {
    for (int k = 0; k < 3; k++) {
        analytic[r][k] = (y.get(r, k) - t[r][k]) / n;
    }
}
for (int r = 0; r < 2; r++) {
    for (int k = 0; k < 3; k++) {
        double[][] plus = {scores[0].clone(), scores[1].clone()};
        double[][] minus = {scores[0].clone(), scores[1].clone()};
        plus[r][k] += h;
        minus[r][k] -= h;
        double lossPlus = new SoftmaxWithLoss().forward(Matrix.of(plus), Matrix.of(t));
        double lossMinus = new SoftmaxWithLoss().forward(Matrix.of(minus), Matrix.of(t));
        numerical[r][k] = (lossPlus - lossMinus) / (2 * h);
    }
}

MatrixExercises.printSoftmaxCheck(analytic, numerical);
