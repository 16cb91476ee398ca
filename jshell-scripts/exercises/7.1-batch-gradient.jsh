// 연습문제 7.1 — 예제 두 개의 배치에서 Affine 층의 기울기 (dW, db, dX for a batch of two)
//
// Affine 층 Y = X·W + b에 예제 두 개(배치 N = 2)가 한 행씩 들어왔고, 상류(upstream)에서 기울기
// dY = ∂L/∂Y가 내려왔습니다. 반복문으로 dW = Xᵀ·dY, db = Σ_n dY_n, dX = dY·Wᵀ를 채우세요.
// Matrix.dot나 Affine.backward는 쓰지 말고, 식의 Σ를 직접 반복문으로 옮기세요.
// 다 채웠으면 채점합니다:   ./companion grade 7.1    (또는: ./mvnw -q -Pgrade verify -Dexercise=7.1)
// 출력은 MatrixExercises.printBatchGradients가 맡습니다. 여러분이 채울 것은 숫자뿐입니다.

import backprop.matrix.*;

// 주어진 값입니다. 바꾸지 마세요 (채점은 이 값으로 합니다).
double[][] x = {{1, 2, 0}, {0, 1, 3}};               // X: 예제 2개 × 입력 3개, x[n][i]
double[][] w = {{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}}; // W: 입력 3개 × 노드 2개, w[i][j]
double[][] dY = {{0.5, -1}, {2, 0.25}};              // dY: 예제 2개 × 노드 2개, dY[n][j]

double[][] dW = new double[3][2];   // dW[i][j] = ∂L/∂w_ij
double[] db = new double[2];        // db[j] = ∂L/∂b_j
double[][] dX = new double[2][3];   // dX[n][i] = ∂L/∂x_ni

// TODO 1: dW[i][j] = Σ_n x[n][i]·dY[n][j]. 예제 n 하나만 보면 5장의 ∂E/∂w = δ·x이고, 배치는 그것을 n마다 더합니다.

// TODO 2: db[j] = Σ_n dY[n][j]. 편향의 입력은 언제나 1이므로 δ만 더합니다.

// TODO 3: dX[n][i] = Σ_j dY[n][j]·w[i][j]. 입력 x_ni는 노드 j마다 w_ij를 거쳐 Y에 닿으므로 그 길들을 더합니다.

MatrixExercises.printBatchGradients(dW, db, dX);
