package backprop.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every exercise of every chapter, in the order of the chapters. */
public final class ExerciseCatalog {
    private ExerciseCatalog() {}

    private static final List<Exercise> ALL = List.of(
            // 1 — linear regression
            new Exercise("1.1", "01-regression", "gradient-step",
                    "경사하강법 한 걸음 (one gradient-descent step) ∂L/∂a, ∂L/∂b and the update from y = 1x + 3",
                    "For each point the residual is line.predict(x) − y; ∂L/∂a sums residual × x, ∂L/∂b sums the "
                            + "residual, and both sums are multiplied by 2/n afterwards. The update subtracts "
                            + "learningRate × gradient from a and from b. Check your code on chapter 1's first step: "
                            + "from y = 0x + 0 it must give ∂L/∂a = -28 and ∂L/∂b = -10 (answers/01-regression/gd-first-step.approved.txt)."),
            new Exercise("1.2", "01-regression", "stopping",
                    "학습률과 멈춤 조건 (the learning rate and when to stop)",
                    "Test the gradient before each step: Math.abs(gradient.dLda()) < tolerance && Math.abs(gradient.dLdb()) "
                            + "< tolerance. After the step, compare Mse.loss(next, data) with Mse.loss(line, data). Set "
                            + "outcome, then break out of the while loop. Chapter 1, section 학습률과 발산 (the learning rate, and divergence), "
                            + "says where the limit 2/λmax lies."),

            // 2 — perceptron
            new Exercise("2.1", "02-perceptron", "gate-weights",
                    "논리 게이트의 가중치 정하기 (choosing a gate's weights) NAND, OR, NOR, MAJ3",
                    "A TLU outputs 1 when w·x + b ≥ 0. Write the inequality for each row of the truth table "
                            + "and pick numbers that satisfy all of them, e.g. for OR: b < 0 at (0, 0), but w1 + b ≥ 0 "
                            + "and w2 + b ≥ 0. NAND and NOR are AND and OR with every sign flipped; MAJ3 is "
                            + "Perceptron.tlu(bias, w1, w2, w3) with equal weights."),
            new Exercise("2.2", "02-perceptron", "xor-from-gates",
                    "게이트를 쌓아 XOR 만들기 (XOR from gates) x1 x2 s1 s2 y",
                    "The first layer sees the inputs: s1 = gate.output(x[0], x[1]). The second layer sees only "
                            + "s1 and s2: y = gate.output(s1, s2). x1 AND NOT x2 fires only at (1, 0): a positive "
                            + "weight on x1, a negative one on x2, and a bias that keeps (0, 0) and (1, 1) below 0."),

            // 3 — activation functions (exercises 3.x go here)
            new Exercise("3.1", "03-activation", "derivative",
                    "활성화 함수의 미분 (the derivative of an activation function): sigmoid와 tanh",
                    "Both derivatives can be written with the function's own value: look at chapter 3's "
                            + "sigmoid and tanh sections, and at chapter 5's \"o × (1 − o)\". "
                            + "At x = 0 sigmoid's slope is 0.25 and tanh's is 1 (answers/03-activation/activation-table.approved.txt)."),
            new Exercise("3.2", "03-activation", "leaky-relu",
                    "Leaky ReLU max(0.1x, x)와 그 미분 (Leaky ReLU and its derivative)",
                    "Math.max does the function. The derivative is a constant on each side of 0; at the kink "
                            + "x = 0 this book returns the right-hand slope (chapter 3, \"꺾이는 점\"). "
                            + "Compare answers/03-activation/leaky-relu-slope-0.1.approved.txt."),

            // 4 — computation graph (exercises 4.x go here)
            new Exercise("4.1", "04-graph", "shopping-backward",
                    "역전파 연습문제: 계산그래프 2의 역전파 (the backward pass of computation graph 2)",
                    "Go from the output to the leaves. A multiply node hands each input the upstream gradient "
                            + "times the OTHER input; an add node hands both inputs the upstream gradient unchanged. "
                            + "Computation graph 1 (answers/04-graph/shopping-1-forward-backward.approved.txt) is worked out in full."),
            new Exercise("4.2", "04-graph", "square-node",
                    "제곱노드의 역전파 (the backward pass of a square node z = t²) on the chain rule z = (x + y)²",
                    "forward must return t·t; backward multiplies the upstream gradient dz by the local "
                            + "derivative ∂z/∂t, which needs the t that forward remembered. "
                            + "See chapter 4's 연쇄법칙 section and answers/04-graph/chain-rule.approved.txt."),

            // 5 — MLP backpropagation
            new Exercise("5.1", "05-mlp", "hidden-gradient",
                    "은닉층의 기울기 (the hidden-layer gradient) ∂E_total/∂h1, ∂E_total/∂h2, ∂E_total/∂w1…w4",
                    "h1 feeds z3 = w5·h1 + w6·h2 and z4 = w7·h1 + w8·h2, so ∂E_total/∂h1 = ∂E_total/∂z3 × w5 + "
                            + "∂E_total/∂z4 × w7. Then ∂h1/∂z1 = h1 × (1 − h1) (sigmoid 미분) and ∂z1/∂w1 = x1. "
                            + "Compare with answers/05-mlp/slides-trace.approved.txt, backward stage 2."),
            new Exercise("5.2", "05-mlp", "tuning",
                    "과제: 학습률 튜닝과 가장 많이 움직이는 가중치 (tuning the learning rate; which weight moves most)",
                    "One epoch is w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate). For the "
                            + "weight that moved most, compare Math.abs(w.get(i) − start.get(i)) for i = 1…8 and keep "
                            + "the largest. Chapter 5's weight-movement answer tells you which layer to expect."),
            new Exercise("5.3", "05-mlp", "symmetric-weights",
                    "대칭 가중치 (symmetric weights): h1과 h2가 끝까지 같은가",
                    "One epoch is w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate). At a "
                            + "checkpoint, take forward = ForwardPass.of(w, sample) and backward = BackwardPass.of(forward): "
                            + "h1 is forward.h1(), ∂E_total/∂h1 is backward.dEdh1(). Epoch 0's h1 is in "
                            + "answers/05-mlp/symmetric-weights.approved.txt."),

            // 6 — handwritten digits
            new Exercise("6.1", "06-digits", "accuracy",
                    "시험 집합의 정확도 세기 (counting the test accuracy) per digit and in all",
                    "The label and the network's answer are both an argmax: start with best = 0 and keep k "
                            + "whenever array[k] > array[best]. Every image adds 1 to total[label]; a right answer "
                            + "(guess == label) adds 1 to right[label] as well. Your totals per digit are the row sums "
                            + "of the confusion matrix in answers/06-digits/training-report.approved.txt, and your "
                            + "right answers its diagonal."),
            new Exercise("6.2", "06-digits", "batch-size",
                    "배치 크기와 학습률 (batch size and learning rate): 5 epoch 뒤의 시험 정확도",
                    "An epoch is one call of Trainer.epoch with this network, batch size, learning rate and order; the "
                            + "order must be the same Random in every epoch. One epoch makes one step per batch, and a "
                            + "smaller last batch is a step too: 1438 images in batches of 100 are 15 steps. Evaluation "
                            + "gives the accuracy (chapter 6, 미니배치 경사하강법). "
                            + "Batch size 10 with α = 2 is the chapter's setting: after 5 epochs it must match epoch 5 "
                            + "of answers/06-digits/training-report.approved.txt.")
    );

    /**
     * "Do it yourself": per exercise (by its slug), the chapter members that compute what the
     * exercise asks the student to compute. A graded script that calls one fails with a message
     * saying so. {@code Class.*} forbids every member of the class (a call through a subclass or
     * an implementing class counts too). Kept apart from the entries above, whose text the
     * chapters' authors edit.
     */
    private static final Map<String, List<String>> SHORTCUTS = Map.ofEntries(
            Map.entry("gradient-step", List.of("backprop.regression.Mse.gradient", "backprop.regression.GradientDescent.*",
                    "backprop.regression.Training.*", "backprop.regression.LeastSquares.*")),
            Map.entry("gate-weights", List.of("backprop.perceptron.Perceptron.nand", "backprop.perceptron.Perceptron.or",
                    "backprop.perceptron.Perceptron.and", "backprop.perceptron.PerceptronLearning.*",
                    "backprop.perceptron.TrainingData.*")),
            Map.entry("xor-from-gates", List.of("backprop.perceptron.XorNetwork.*", "backprop.perceptron.XorRow.*")),
            Map.entry("derivative", List.of("backprop.activation.Activation.derivative",
                    "backprop.activation.NumericalDerivative.*", "backprop.activation.DerivativeCheck.*",
                    "backprop.activation.ActivationTable.*", "backprop.graph.Value.*")),
            Map.entry("leaky-relu", List.of("backprop.activation.Activation.*", "backprop.activation.Maxout.*",
                    "backprop.activation.NumericalDerivative.*")),
            Map.entry("shopping-backward", List.of("backprop.graph.FruitShopping.*", "backprop.graph.AppleShopping.*",
                    "backprop.graph.MulNode.*", "backprop.graph.AddNode.*", "backprop.graph.Value.*")),
            Map.entry("square-node", List.of("backprop.graph.ChainRule.*", "backprop.graph.Value.*")),
            Map.entry("hidden-gradient", List.of("backprop.mlp.BackwardPass.*", "backprop.mlp.SlidesExample.*",
                    "backprop.mlp.GradientCheck.*", "backprop.mlp.Mlp.*", "backprop.mlp.Layer.*", "backprop.graph.Value.*")),
            Map.entry("tuning", List.of("backprop.mlp.LearningRateTuning.*", "backprop.mlp.WeightMovement.*")),
            Map.entry("symmetric-weights", List.of("backprop.mlp.Symmetry.*")),
            Map.entry("accuracy", List.of("backprop.mlp.Mlp.classify", "backprop.mlp.Evaluation.*",
                    "backprop.digits.DigitTraining.label", "backprop.digits.DigitTraining.measure",
                    "backprop.digits.DigitTraining.Result.confusion", "backprop.digits.DigitTraining.Result.testAccuracy")),
            Map.entry("batch-size", List.of("backprop.digits.DigitTraining.run", "backprop.digits.Benchmark.*",
                    "backprop.digits.FastTrainer.*")));

    /** The entries above, each with its shortcuts. */
    private static final List<Exercise> EXERCISES =
            ALL.stream().map(e -> e.forbidding(SHORTCUTS.getOrDefault(e.slug(), List.of()))).toList();

    /** The slugs the shortcut table names: each must be an exercise's (a test checks). */
    static java.util.Set<String> shortcutSlugs() {
        return SHORTCUTS.keySet();
    }

    public static List<Exercise> all() {
        return EXERCISES;
    }

    /** An exercise by its id ({@code 5.1}) or its full name ({@code 5.1-hidden-gradient}). */
    public static Optional<Exercise> find(String idOrName) {
        String wanted = idOrName.strip();
        return EXERCISES.stream().filter(e -> e.id().equals(wanted) || e.name().equals(wanted)).findFirst();
    }

    /** The exercises of one chapter. */
    public static List<Exercise> ofChapter(int chapter) {
        List<Exercise> result = new ArrayList<>();
        for (Exercise e : EXERCISES) {
            if (e.chapterNumber() == chapter) {
                result.add(e);
            }
        }
        return result;
    }
}
