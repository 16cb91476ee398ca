package backprop.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every exercise of every chapter, in the order of the chapters. */
public final class ExerciseCatalog {
    private ExerciseCatalog() {}

    private static final List<Exercise> ALL = List.of(
            // 1 — linear regression
            new Exercise("1.1", "01-regression", "gradient-step",
                    "경사하강법 한 걸음 (one gradient-descent step) ∂L/∂a, ∂L/∂b and the update from y = 1x + 3",
                    "점마다 잔차(residual)는 line.predict(x) − y입니다. ∂L/∂a는 잔차 × x를, ∂L/∂b는 잔차를 더한 뒤 "
                            + "반복문이 끝나고 두 합에 2/n을 곱합니다. 갱신은 a와 b에서 각각 learningRate × 기울기(gradient)를 "
                            + "뺍니다. 코드는 1장의 첫 걸음으로 검산하세요: y = 0x + 0에서 출발하면 ∂L/∂a = -28, ∂L/∂b = -10이 "
                            + "나와야 합니다 (answers/01-regression/gd-first-step.approved.txt)."),
            new Exercise("1.2", "01-regression", "stopping",
                    "학습률과 멈춤 조건 (the learning rate and when to stop)",
                    "걸음을 가기 전에 기울기를 검사합니다: Math.abs(gradient.dLda()) < tolerance && "
                            + "Math.abs(gradient.dLdb()) < tolerance. 걸음을 간 뒤에는 Mse.loss(next, data)와 "
                            + "Mse.loss(line, data)를 비교합니다. outcome을 정한 다음 break로 while 반복문을 빠져나옵니다. "
                            + "한계 2/λmax가 어디에 있는지는 1장의 \"학습률과 발산\" 절에 있습니다."),

            // 2 — perceptron
            new Exercise("2.1", "02-perceptron", "gate-weights",
                    "논리 게이트의 가중치 정하기 (choosing a gate's weights) NAND, OR, NOR, MAJ3",
                    "TLU는 w·x + b > 0일 때 1을 냅니다(정확히 0이면 0). 진리표의 행마다 부등식을 적고 모두를 "
                            + "만족하는 숫자를 고르세요. 예를 들어 OR는 (0, 0)에서 b ≤ 0, 그러나 w1 + b > 0, w2 + b > 0입니다. "
                            + "NAND와 NOR는 AND와 OR의 부호를 모두 뒤집은 것이고, MAJ3는 가중치가 같은 "
                            + "Perceptron.tlu(bias, w1, w2, w3)입니다. 가중합이 딱 0이 되는 행이 없게 편향을 고르면 안전합니다."),
            new Exercise("2.2", "02-perceptron", "xor-from-gates",
                    "게이트를 쌓아 XOR 만들기 (XOR from gates) x1 x2 s1 s2 y",
                    "첫 층은 입력을 봅니다: s1 = gate.output(x[0], x[1]). 둘째 층은 s1과 s2만 봅니다: "
                            + "y = gate.output(s1, s2). x1 AND NOT x2는 (1, 0)에서만 1입니다: x1에 양수 가중치, x2에 음수 "
                            + "가중치, 그리고 (0, 0)과 (1, 1)의 가중합이 0 이하가 되는 편향을 고르세요."),

            // 3 — activation functions (exercises 3.x go here)
            new Exercise("3.1", "03-activation", "derivative",
                    "출력으로 쓰는 활성화 함수의 미분 (the derivative from the output): sigmoid, tanh, ELU",
                    "람다가 받는 것은 x가 아니라 출력 o = f(x)입니다. 세 미분 모두 출력만으로 쓸 수 있습니다: "
                            + "3장의 시그모이드, tanh, ELU 절과 5장 슬라이드의 \"o × (1 − o)\"를 보세요. ELU는 출력이 "
                            + "양수인지로 x의 쪽을 알 수 있습니다. 중심 차분이나 derivative(x)는 1e-12 검사를 통과하지 못합니다. "
                            + "x = 0에서 시그모이드의 기울기는 0.25, tanh는 1입니다 (answers/03-activation/activation-table.approved.txt)."),
            new Exercise("3.2", "03-activation", "leaky-relu",
                    "Leaky ReLU max(0.1x, x)와 그 미분 (Leaky ReLU and its derivative)",
                    "함수는 Math.max 하나면 됩니다. 도함수는 0의 양쪽에서 각각 상수입니다. 꺾이는 점(kink) x = 0에서는 "
                            + "PyTorch, TensorFlow, JAX처럼 왼쪽 기울기(left-hand slope) 0.1을 돌려줍니다 "
                            + "(3장 \"꺾이는 점의 약속\" 절). "
                            + "answers/03-activation/leaky-relu-slope-0.1.approved.txt와 비교해 보세요."),

            // 4 — computation graph (exercises 4.x go here)
            new Exercise("4.1", "04-graph", "shopping-backward",
                    "역전파 연습문제: 계산그래프 2의 역전파 (the backward pass of computation graph 2)",
                    "출력에서 입력 쪽으로 갑니다. 곱셈노드는 입력마다 상류 기울기에 다른 쪽 입력을 곱해 넘기고, "
                            + "덧셈노드는 상류 기울기를 양쪽 입력에 그대로 넘깁니다. 계산그래프 1은 "
                            + "answers/04-graph/shopping-1-forward-backward.approved.txt에 끝까지 풀려 있습니다."),
            new Exercise("4.2", "04-graph", "square-node",
                    "제곱노드의 역전파 (the backward pass of a square node z = t²) on the chain rule L = c·(x + y)²",
                    "forward는 t·t를 돌려줍니다. backward는 받은 상류 기울기 dz에 국소적 미분 ∂z/∂t를 곱합니다. "
                            + "dz는 1로 정해져 있지 않습니다: 위의 곱셈노드에서 c가 옵니다. ∂z/∂t에는 forward가 기억한 t가 "
                            + "필요합니다. 4장 연쇄법칙 절과 answers/04-graph/chain-rule.approved.txt를 보세요."),

            // 5 — MLP backpropagation
            new Exercise("5.1", "05-mlp", "full-step",
                    "한 걸음 전체 (the full step): 순전파, 역전파 1·2단계, 갱신, 다시 순전파",
                    "순전파는 z1 = w1·x1 + w2·x2, h1 = sigmoid(z1)처럼 층마다 가중합(weighted sum)과 시그모이드 "
                            + "두 단계이고, E_total = ½(t1 − o1)² + ½(t2 − o2)²입니다. 1단계의 δ3 = −(t1 − o1) × o1(1 − o1), "
                            + "∂E_total/∂w5 = δ3 × h1. 2단계의 ∂E_total/∂h1 = δ3·w5 + δ4·w7 (갱신 전의 가중치), "
                            + "δ1 = ∂E_total/∂h1 × h1(1 − h1), ∂E_total/∂w1 = δ1 × x1. 여덟 기울기를 모두 구한 다음에 "
                            + "한꺼번에 wi − α·∂E_total/∂wi로 갱신하고, 같은 forward 메서드로 다시 순전파합니다. "
                            + "5장의 표와 answers/05-mlp/slides-trace.approved.txt에 모든 중간값이 있습니다."),
            new Exercise("5.2", "05-mlp", "comment-backprop",
                    "과제 1: 역전파 코드 주석달기 (commenting the backprop code), 줄마다 그 줄이 계산하는 양",
                    "층 2에서 out은 o, in은 h입니다. 줄마다 5장의 식 하나와 견주어 보세요: −(t − o)는 손실 "
                            + "E = ½ Σ (t − o)²를 무엇으로 미분한 것입니까? a(1 − a)는 3장의 무엇입니까? 그 둘을 곱한 값을 5장은 "
                            + "무엇이라고 불렀습니까? 그 값에 입력을 곱하면, 가중치를 곱해 더하면 무엇이 됩니까? 표의 슬라이드 이름이 "
                            + "5장의 역전파 1단계·2단계 표와 같아지면 맞은 것입니다."),
            new Exercise("5.3", "05-mlp", "tuning",
                    "과제 2: 튜닝을 통해 성능변화 확인하기 (tuning): 학습률, 에폭, 초기 가중치, 입력의 크기, 목표값",
                    "한 에폭은 w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate)입니다. 거리는 "
                            + "i = 1부터 8까지 모두 보고 Math.abs(w.get(i) − start.get(i))가 가장 큰 i를 고르세요: 실험에 "
                            + "따라 답이 다릅니다. 출력층 합은 i = 5…8, 은닉층 합은 i = 1…4의 거리를 더한 것입니다. "
                            + "다섯 실험의 이름은 스크립트의 주석에 있는 그대로 쓰세요."),
            new Exercise("5.4", "05-mlp", "symmetric-weights",
                    "대칭 가중치 (symmetric weights): h1과 h2가 끝까지 같은가",
                    "한 에폭은 w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate)입니다. 기록하는 "
                            + "에폭에서는 forward = ForwardPass.of(w, sample), backward = BackwardPass.of(forward)로 "
                            + "h1은 forward.h1(), ∂E_total/∂h1은 backward.dEdh1()입니다. 0 에폭의 h1은 "
                            + "answers/05-mlp/symmetric-weights.approved.txt에 있습니다."),

            // 6 — handwritten digits
            new Exercise("6.1", "06-digits", "accuracy",
                    "시험 집합의 정확도 세기 (counting the test accuracy): 숫자별로, 그리고 전체",
                    "레이블과 네트워크의 답은 둘 다 argmax입니다: best = 0에서 시작해 array[k] > array[best]이면 "
                            + "best = k로 바꿉니다. 이미지마다 total[label]에 1을 더하고, 맞혔으면(guess == label) "
                            + "right[label]에도 1을 더합니다. 숫자별 이미지 수는 "
                            + "answers/06-digits/training-report.approved.txt 혼동 행렬(confusion matrix)의 행 합계, "
                            + "맞힌 수는 그 대각선과 같습니다."),
            new Exercise("6.2", "06-digits", "batch-size",
                    "배치 크기와 학습률 (batch size and learning rate): 5 에폭 뒤의 시험 정확도",
                    "한 에폭은 이 네트워크, 배치 크기, 학습률, 섞는 순서 order로 Trainer.epoch를 한 번 부르는 것이고, "
                            + "order는 모든 에폭에서 같은 Random이어야 합니다. 한 에폭은 배치마다 한 걸음이고, 크기가 작은 "
                            + "마지막 배치도 한 걸음입니다: 1438장을 100장씩 묶으면 15걸음. 정확도는 Evaluation이 "
                            + "줍니다 (6장, 미니배치 경사하강법). 배치 10, α = 2는 이 장의 표준 설정이라 5 에폭 뒤의 값이 "
                            + "answers/06-digits/training-report.approved.txt의 5번째 에폭과 같아야 합니다.")
    );

    public static List<Exercise> all() {
        return ALL;
    }

    /** An exercise by its id ({@code 5.1}) or its full name ({@code 5.1-full-step}). */
    public static Optional<Exercise> find(String idOrName) {
        String wanted = idOrName.strip();
        return ALL.stream().filter(e -> e.id().equals(wanted) || e.name().equals(wanted)).findFirst();
    }

    /** The exercises of one chapter. */
    public static List<Exercise> ofChapter(int chapter) {
        List<Exercise> result = new ArrayList<>();
        for (Exercise e : ALL) {
            if (e.chapterNumber() == chapter) {
                result.add(e);
            }
        }
        return result;
    }
}
