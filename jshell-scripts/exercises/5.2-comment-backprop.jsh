// 연습문제 5.2 — 과제 1: 역전파 코드 주석달기 (commenting the backprop code)
//
// 아래 "역전파" 부분은 실습 노트북처럼 짧고 주석이 없는 코드입니다. 층(layer)마다 같은 다섯 줄을,
// 출력층(층 2)부터 은닉층(층 1)까지 거꾸로 돌며 실행합니다. 줄마다 그 줄이 계산하는 양을 알아내서
//   1) 그 줄 위에 여러분의 말로 주석(comment)을 달고,
//   2) 그 줄 다음의 labels.label(층, "TODO", 값)에서 "TODO"를 아래 목록의 이름 하나로 바꾸세요.
// 채점은 2)의 이름만 봅니다. 도우미가 이름을 그 층에서의 슬라이드 이름으로 바꿔 값과 함께 표로 출력하므로,
// 맞았다면 표가 5장의 역전파 1단계, 2단계와 같은 이름, 같은 숫자를 보여 줍니다.
//
// 이름 목록 (out은 그 층의 출력, in은 그 층의 입력, z는 가중합입니다. 쓰지 않는 이름도 있습니다):
//   "∂z/∂w"    "δ = ∂E/∂z"    "∂E/∂in"    "w+"    "∂out/∂z"    "∂z/∂in"    "∂E/∂out"    "∂E/∂w"
// 층 2에서 out은 o, in은 h이고, 층 1에서 out은 h, in은 x입니다.
// 채점:   ./companion grade 5.2    (또는 ./mvnw -q -Pgrade verify -Dexercise=5.2)

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
labels.label(2, "TODO", g);
for (int l = 1; l >= 0; l--) {
    double[] s = new double[2], d = new double[2], b = new double[2];
    for (int j = 0; j < 2; j++) s[j] = a[l + 1][j] * (1 - a[l + 1][j]);
    labels.label(l + 1, "TODO", s);
    for (int j = 0; j < 2; j++) d[j] = g[j] * s[j];
    labels.label(l + 1, "TODO", d);
    for (int j = 0; j < 2; j++) for (int i = 0; i < 2; i++) dW[l][j][i] = d[j] * a[l][i];
    labels.label(l + 1, "TODO", dW[l]);
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) b[i] += d[j] * W[l][j][i];
    labels.label(l + 1, "TODO", b);
    g = b;
}
for (int l = 0; l < 2; l++) for (int j = 0; j < 2; j++) for (int i = 0; i < 2; i++) W[l][j][i] -= lr * dW[l][j][i];
labels.label(1, "TODO", W[0]);
labels.label(2, "TODO", W[1]);

labels.print();
