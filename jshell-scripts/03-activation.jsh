// 3장. 활성화 함수(activation function) — JShell 워크스루(walkthrough)
// 실행: ./companion jshell 3
//   (또는 ./mvnw -q compile 후 jshell --class-path target/classes jshell-scripts/03-activation.jsh)
// 끝난 뒤 jshell 프롬프트에서 step, sigmoid, tanh, relu, leaky, maxout, elu를 직접 만져 볼 수 있다.
// 숫자는 backprop.Format.num이 Locale.ROOT로 만든 문자열이고, formatted(...)에는 %s만 쓴다.
import backprop.activation.*;
import static backprop.Format.*;

var step = Activation.STEP;

System.out.println("""
        === 3장. 활성화 함수(activation function) ===

        [1] 활성화 함수의 필요성
        활성화 함수는 다음 뉴런으로 정보를 얼마나 흘려보낼지를 결정한다. 활성화 정도나 방법은 함수마다 다르다.
        역전파(backpropagation)에는 각 함수의 미분(derivative), 곧 국소적 미분(local derivative)이 필요하다. 그래서 모든 함수는 apply와 derivative를 함께 가진다.

        [2] 계단 함수(step function): TLU의 활성화 함수
        step.apply(-0.5) = %s, step.apply(0) = %s, step.apply(0.5) = %s  ← 가중합이 정확히 0이면 0 (사이토의 step_function과 같다)
        step.derivative(0.5) = %s  ← 미분이 x ≠ 0인 모든 곳에서 0이라(x = 0에서는 미분이 없다), 경사하강법(gradient descent)이 움직일 수 없다.
        """.formatted(num(step.apply(-0.5)), num(step.apply(0)), num(step.apply(0.5)), num(step.derivative(0.5))));

var sigmoid = Activation.SIGMOID;
var tanh = Activation.TANH;

System.out.println("""
        [3] 시그모이드(sigmoid) σ(x) = 1 / (1 + e^(−x))
        sigmoid.apply(0) = %s, sigmoid.derivative(0) = %s
        5장의 예제에서: z3 = 0.44498412 → o1 = sigmoid(z3) = %s
        시그모이드 미분(sigmoid derivative) o × (1 − o) = %s  (슬라이드: 0.23802157)
        %s
        [4] tanh: 0을 중심으로 (−1, 1) 사이의 값을 낸다
        %s""".formatted(num(sigmoid.apply(0)), num(sigmoid.derivative(0)),
                num(sigmoid.apply(0.44498412)), num(sigmoid.derivative(0.44498412)),
                ActivationReports.table(sigmoid), ActivationReports.table(tanh)));

var relu = Activation.RELU;
var leaky = Activation.leakyRelu(0.1);

System.out.println("""
        [5] ReLU max(0, x)와 Leaky ReLU max(0.1x, x)
        꺾이는 점(kink) x = 0에서는 미분이 정의되지 않는다. 이 코드는 PyTorch, TensorFlow, JAX처럼 왼쪽 기울기(left-hand slope)를 쓴다.
        %s""".formatted(ActivationReports.leakyReluExample()));

var maxout = Maxout.of(new double[] {1, -1}, 0.5, new double[] {-0.5, 2}, -1);

System.out.println("""
        [6] Maxout max(w1ᵀx + b1, w2ᵀx + b2)
        Maxout은 벡터 x와 자기 가중치를 받으므로 Activation이 아니라 별도의 레코드(record)다.
        기울기(gradient)는 이긴 조각(piece)의 가중치이고, 두 조각이 같으면 조각 1을 택한다.

        %s""".formatted(ActivationReports.maxoutExample()));

var elu = Activation.elu(1.0);

System.out.println("""
        [7] ELU: x ≥ 0이면 x, x < 0이면 α(e^x − 1)
        %s
        그림으로 보면: 함수와 미분을 함수마다 작은 그림으로 — 컴패니언에서 /plot activation-grid, jshell에서 backprop.pictures.Pictures.show("activation-grid") (한 그림에 모아 보려면 /plot activations, /plot derivatives)
        %s
        [8] 미분을 수치 미분(numerical derivative)으로 검산하기
        중심 차분(central difference) (f(x + h) − f(x − h)) / 2h는 미적분 없이 함수 값 두 개로 기울기를 구한다.
        NumericalDerivative.central(sigmoid, 1.0) = %s, sigmoid.derivative(1.0) = %s

        %s
        === 직접 해 보기(try it) ===
        1) 모든 함수의 표:             System.out.println(ActivationReports.all())
        2) 기울기 0.2의 Leaky ReLU:   System.out.println(ActivationReports.leakyRelu(0.2))
        3) α = 0.5인 ELU:            System.out.println(ActivationReports.table(Activation.elu(0.5)))   // x = 0에서 꺾인다
        4) 더 촘촘한 표:              System.out.println(ActivationReports.table(ActivationTable.of(sigmoid, -6, 6, 0.25)))
        5) ReLU의 꺾이는 점에서 중심 차분:  NumericalDerivative.central(relu, 0.0)     // 0.5: 양쪽 기울기의 평균
        6) h를 바꿔 보기:             NumericalDerivative.central(sigmoid, 1.0, 1e-12) // 너무 작으면 반올림 오차
        7) Maxout 한 점 추적:         System.out.println(ActivationReports.trace(maxout, 3, -1))
        8) 잘못된 값은?               Activation.leakyRelu(1.5)                        // IllegalArgumentException""".formatted(
                ActivationReports.table(elu), backprop.plot.Plots.activationGrid(),
                num(NumericalDerivative.central(sigmoid, 1.0)), num(sigmoid.derivative(1.0)),
                ActivationReports.derivativeCheck()));
