// Reference solution of exercise 5.2.
import backprop.mlp.*;

double[] x = {0.1, 0.2};                     // 입력 x1, x2
double[] t = {0.4, 0.6};                     // 목표값 target_o1, target_o2
double[][][] W = {
        {{0.3, 0.25}, {0.4, 0.35}},          // W[0]: 층 1 (입력층 → 은닉층), 행마다 w1 w2 / w3 w4
        {{0.45, 0.4}, {0.7, 0.6}}};          // W[1]: 층 2 (은닉층 → 출력층), 행마다 w5 w6 / w7 w8
double lr = 0.5;                             // 학습률(learning rate)

// 순전파(forward pass): a[0] = x, a[1] = h, a[2] = o. 이 부분은 주석이 달려 있습니다.
double[][] a = new double[3][];
a[0] = x;
for (int l = 0; l < 2; l++) {
    a[l + 1] = new double[2];
    for (int j = 0; j < 2; j++) {
        double z = 0;
        for (int i = 0; i < 2; i++) z += W[l][j][i] * a[l][i];   // 가중합 z
        a[l + 1][j] = 1 / (1 + Math.exp(-z));                    // sigmoid(z)
    }
}

var labels = MlpExercises.labels();

// 역전파(backpropagation)
double[][][] dW = new double[2][2][2];
double[] g = new double[2];
for (int k = 0; k < 2; k++) g[k] = -(t[k] - a[2][k]);
labels.label(2, "∂E/∂out", g);
for (int l = 1; l >= 0; l--) {
    double[] s = new double[2], d = new double[2], b = new double[2];
    for (int j = 0; j < 2; j++) s[j] = a[l + 1][j] * (1 - a[l + 1][j]);
    labels.label(l + 1, "∂out/∂z", s);
    for (int j = 0; j < 2; j++) d[j] = g[j] * s[j];
    labels.label(l + 1, "δ = ∂E/∂z", d);
    for (int j = 0; j < 2; j++) for (int i = 0; i < 2; i++) dW[l][j][i] = d[j] * a[l][i];
    labels.label(l + 1, "∂E/∂w", dW[l]);
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) b[i] += d[j] * W[l][j][i];
    labels.label(l + 1, "∂E/∂in", b);
    g = b;
}
for (int l = 0; l < 2; l++) for (int j = 0; j < 2; j++) for (int i = 0; i < 2; i++) W[l][j][i] -= lr * dW[l][j][i];
labels.label(1, "w+", W[0]);
labels.label(2, "w+", W[1]);

labels.print();
