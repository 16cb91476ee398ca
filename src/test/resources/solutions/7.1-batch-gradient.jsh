// Reference solution of exercise 7.1.
import backprop.matrix.*;

double[][] x = {{1, 2, 0}, {0, 1, 3}};
double[][] w = {{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}};
double[][] dY = {{0.5, -1}, {2, 0.25}};

double[][] dW = new double[3][2];
double[] db = new double[2];
double[][] dX = new double[2][3];

for (int n = 0; n < 2; n++) {
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 2; j++) {
            dW[i][j] += x[n][i] * dY[n][j];
        }
    }
}
for (int n = 0; n < 2; n++) {
    for (int j = 0; j < 2; j++) {
        db[j] += dY[n][j];
    }
}
for (int n = 0; n < 2; n++) {
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 2; j++) {
            dX[n][i] += dY[n][j] * w[i][j];
        }
    }
}

MatrixExercises.printBatchGradients(dW, db, dX);
