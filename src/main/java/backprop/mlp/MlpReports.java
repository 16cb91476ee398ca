package backprop.mlp;

import static backprop.Format.num;
import static backprop.Format.sci;

import java.util.List;

import backprop.Format;
import backprop.Require;
import backprop.Table;

/**
 * Chapter 5's printed outputs and their settings, in one place: the slides' trace, the gradient
 * check, the homework's experiments, symmetric weights and XOR. The walkthrough, the answer key
 * and the pictures call these; the math they print lives in the other classes of the package.
 */
public final class MlpReports {
    private MlpReports() {}

    /** The epochs after which the tuning table reads E_total. */
    public static final List<Integer> TUNING_CHECKPOINTS = List.of(1, 10, 100);
    /** The epochs of the weight-movement report, its picture and its figure: one number, so they agree. */
    public static final int MOVEMENT_EPOCHS = 10;
    /** The epochs of the learning-rate curves in the picture and the figure. */
    public static final int CURVE_EPOCHS = 100;
    /** Every how many epochs the XOR report's loss table shows a row. */
    public static final int XOR_TABLE_EVERY = 200;
    /** The epochs of the symmetric-weights table. */
    public static final List<Integer> SYMMETRY_EPOCHS = List.of(0, 1, 10, 100, 1000);

    // ----- the slides' example ----------------------------------------------------------------

    /** The whole trace with the slides' numbers, and the errata for the slides' last page. */
    public static String slidesTrace() {
        return slidesTrace(SlidesExample.slides()) + '\n' + errata();
    }

    /** The same trace for other weights, inputs or learning rate: for experiments in JShell. */
    public static String slidesTrace(Weights weights, Sample sample, double learningRate) {
        return slidesTrace(new SlidesExample(weights, sample, learningRate));
    }

    /** Given, forward, backward stages 1 and 2, the update, forward again, and the decrease. */
    public static String slidesTrace(SlidesExample example) {
        Require.notNull("example", example);
        double learningRate = example.learningRate();
        BackwardPass back = example.backward();
        StringBuilder out = new StringBuilder();
        out.append("== 주어진 값(given) ==\n").append(given(example.weights(), example.sample(), learningRate));
        out.append("\n== MLP 오차역전파: 순전파(forward pass) ==\n").append(forward(example.forward()));
        out.append("\n== MLP 오차역전파: 역전파 1단계(backward stage 1), 출력층 가중치 w5, w6, w7, w8 ==\n")
           .append(backwardStage1(back, learningRate));
        out.append("\n== MLP 오차역전파: 역전파 2단계(backward stage 2), 은닉층 가중치 w1, w2, w3, w4 ==\n")
           .append(backwardStage2(back, learningRate));
        out.append("\n== 경사하강법(gradient descent)으로 가중치 갱신: 여덟 가중치를 한꺼번에 ==\n")
           .append(update(back, learningRate));
        out.append("\n== 업데이트된 가중치로 다시 순전파(forward pass again) ==\n")
           .append(forward(example.forwardAgain()));
        out.append('\n').append(decrease(example.forward(), example.forwardAgain(), learningRate));
        return out.toString();
    }

    /** How much one update lowered E_total. */
    public static String decrease(ForwardPass before, ForwardPass after, double learningRate) {
        double decrease = before.errorTotal() - after.errorTotal();
        StringBuilder out = new StringBuilder();
        out.append("갱신 전 E_total − 갱신 후 E_total = ").append(num(before.errorTotal())).append(" − ")
           .append(num(after.errorTotal())).append(" = ").append(num(decrease)).append('\n')
           .append("학습률(learning rate) ").append(num(learningRate)).append(", 1 에폭(epoch): E_total이 ")
           .append(num(Math.abs(decrease))).append(decrease > 0 ? " 줄었다" : " 늘었다").append('\n');
        return out.toString();
    }

    /**
     * The errata for the slides' last page, with the numbers the code computes. That page prints
     * the new E_o1, E_o2, E_total and then the first pass's values again, for comparison (as
     * wikidocs 37406 does), but without the label that says they are the values before the update.
     */
    public static String errata() {
        SlidesExample example = SlidesExample.slides();
        ForwardPass before = example.forward();
        ForwardPass after = example.forwardAgain();
        return "정오표(errata): 슬라이드의 마지막 쪽에는 E_o1, E_o2, E_total이 두 번 나온다.\n"
                + "  첫 번째 묶음, 갱신 후(after):  E_o1 = " + num(after.errorO1()) + ", E_o2 = "
                + num(after.errorO2()) + ", E_total = " + num(after.errorTotal()) + '\n'
                + "  두 번째 묶음, 갱신 전(before): E_o1 = " + num(before.errorO1()) + ", E_o2 = "
                + num(before.errorO2()) + ", E_total = " + num(before.errorTotal()) + '\n'
                + "  두 번째 묶음은 비교하려고 다시 적은 첫 순전파의 값인데, \"갱신 전\"이라는 표시가 빠져 있다.\n"
                + "  한 번 갱신한 뒤의 오차는 " + num(after.errorTotal()) + "로, 갱신 전보다 "
                + num(example.decrease()) + " 작다.\n";
    }

    /** The inputs, weights, targets and settings of the example. */
    public static String given(Weights w, Sample s, double learningRate) {
        Require.notNull("weights", w);
        Require.notNull("sample", s);
        StringBuilder out = new StringBuilder();
        out.append("x1 = ").append(num(s.x1())).append(", x2 = ").append(num(s.x2())).append('\n')
           .append("w1 w2 w3 w4 = ").append(num(w.w1())).append(' ').append(num(w.w2())).append(' ')
           .append(num(w.w3())).append(' ').append(num(w.w4())).append('\n')
           .append("w5 w6 w7 w8 = ").append(num(w.w5())).append(' ').append(num(w.w6())).append(' ')
           .append(num(w.w7())).append(' ').append(num(w.w8())).append('\n')
           .append("target o1, target o2 = ").append(num(s.target1())).append(' ').append(num(s.target2())).append('\n')
           .append("활성화 함수(activation function) sigmoid, 손실 E = ½ Σ (target − output)², 학습률(learning rate) α = ")
           .append(num(learningRate)).append('\n');
        return out.toString();
    }

    /** The forward pass, one line per z, h, o and E: the expression, its numbers, the result. */
    public static String forward(ForwardPass f) {
        Require.notNull("forward", f);
        Weights w = f.weights();
        Sample s = f.sample();
        StringBuilder out = new StringBuilder();
        out.append("z1 = w1·x1 + w2·x2 = ").append(num(w.w1())).append(" × ").append(num(s.x1())).append(" + ")
           .append(num(w.w2())).append(" × ").append(num(s.x2())).append(" = ").append(num(f.z1())).append('\n');
        out.append("z2 = w3·x1 + w4·x2 = ").append(num(w.w3())).append(" × ").append(num(s.x1())).append(" + ")
           .append(num(w.w4())).append(" × ").append(num(s.x2())).append(" = ").append(num(f.z2())).append('\n');
        out.append("h1 = sigmoid(z1) = sigmoid(").append(num(f.z1())).append(") = ").append(num(f.h1())).append('\n');
        out.append("h2 = sigmoid(z2) = sigmoid(").append(num(f.z2())).append(") = ").append(num(f.h2())).append('\n');
        out.append("z3 = w5·h1 + w6·h2 = ").append(num(w.w5())).append(" × ").append(num(f.h1())).append(" + ")
           .append(num(w.w6())).append(" × ").append(num(f.h2())).append(" = ").append(num(f.z3())).append('\n');
        out.append("z4 = w7·h1 + w8·h2 = ").append(num(w.w7())).append(" × ").append(num(f.h1())).append(" + ")
           .append(num(w.w8())).append(" × ").append(num(f.h2())).append(" = ").append(num(f.z4())).append('\n');
        out.append("o1 = sigmoid(z3) = sigmoid(").append(num(f.z3())).append(") = ").append(num(f.o1())).append('\n');
        out.append("o2 = sigmoid(z4) = sigmoid(").append(num(f.z4())).append(") = ").append(num(f.o2())).append('\n');
        out.append("E_o1 = ½(target_o1 − o1)² = ½(").append(num(s.target1())).append(" − ").append(num(f.o1()))
           .append(")² = ").append(num(f.errorO1())).append('\n');
        out.append("E_o2 = ½(target_o2 − o2)² = ½(").append(num(s.target2())).append(" − ").append(num(f.o2()))
           .append(")² = ").append(num(f.errorO2())).append('\n');
        out.append("E_total = E_o1 + E_o2 = ").append(num(f.errorO1())).append(" + ").append(num(f.errorO2()))
           .append(" = ").append(num(f.errorTotal())).append('\n');
        return out.toString();
    }

    /** Backward stage 1: the output weights w5–w8, and each one's new value. */
    public static String backwardStage1(BackwardPass b, double learningRate) {
        Require.notNull("backward", b);
        ForwardPass f = b.forward();
        Weights w = f.weights();
        Sample s = f.sample();
        StringBuilder out = new StringBuilder();
        out.append("∂E_total/∂w5 = ∂E_total/∂o1 × ∂o1/∂z3 × ∂z3/∂w5   (연쇄법칙, chain rule)\n");
        out.append("∂E_total/∂o1 = −(target_o1 − o1) = −(").append(num(s.target1())).append(" − ")
           .append(num(f.o1())).append(") = ").append(num(b.dEdo1())).append('\n');
        out.append("∂o1/∂z3 = o1 × (1 − o1) = ").append(num(f.o1())).append(" × (1 − ").append(num(f.o1()))
           .append(") = ").append(num(b.do1dz3())).append("   (sigmoid 미분)\n");
        delta(out, "δ3 = ∂E_total/∂z3 = ∂E_total/∂o1 × ∂o1/∂z3", b.dEdo1(), b.do1dz3(), b.dEdz3());
        out.append("∂z3/∂w5 = h1 = ").append(num(f.h1())).append('\n');
        weightGradient(out, 5, b.dEdo1(), b.do1dz3(), f.h1(), b.dEdw5(), w.w5(), learningRate);
        out.append("∂z3/∂w6 = h2 = ").append(num(f.h2())).append('\n');
        weightGradient(out, 6, b.dEdo1(), b.do1dz3(), f.h2(), b.dEdw6(), w.w6(), learningRate);
        out.append("∂E_total/∂o2 = −(target_o2 − o2) = −(").append(num(s.target2())).append(" − ")
           .append(num(f.o2())).append(") = ").append(num(b.dEdo2())).append('\n');
        out.append("∂o2/∂z4 = o2 × (1 − o2) = ").append(num(f.o2())).append(" × (1 − ").append(num(f.o2()))
           .append(") = ").append(num(b.do2dz4())).append("   (sigmoid 미분)\n");
        delta(out, "δ4 = ∂E_total/∂z4 = ∂E_total/∂o2 × ∂o2/∂z4", b.dEdo2(), b.do2dz4(), b.dEdz4());
        out.append("∂z4/∂w7 = h1 = ").append(num(f.h1())).append('\n');
        weightGradient(out, 7, b.dEdo2(), b.do2dz4(), f.h1(), b.dEdw7(), w.w7(), learningRate);
        out.append("∂z4/∂w8 = h2 = ").append(num(f.h2())).append('\n');
        weightGradient(out, 8, b.dEdo2(), b.do2dz4(), f.h2(), b.dEdw8(), w.w8(), learningRate);
        return out.toString();
    }

    /** Backward stage 2: the hidden weights w1–w4, through ∂E_total/∂h1 and ∂E_total/∂h2. */
    public static String backwardStage2(BackwardPass b, double learningRate) {
        Require.notNull("backward", b);
        ForwardPass f = b.forward();
        Weights w = f.weights();
        Sample s = f.sample();
        StringBuilder out = new StringBuilder();
        out.append("∂E_total/∂w1 = ∂E_total/∂h1 × ∂h1/∂z1 × ∂z1/∂w1\n");
        out.append("∂E_total/∂h1 = ∂E_o1/∂h1 + ∂E_o2/∂h1   (h1은 o1과 o2 둘 다에 쓰인다)\n");
        hiddenPath(out, "o1", "h1", "z3", b.dEdo1(), b.do1dz3(), "w5", w.w5(), b.dEo1dh1());
        hiddenPath(out, "o2", "h1", "z4", b.dEdo2(), b.do2dz4(), "w7", w.w7(), b.dEo2dh1());
        out.append("∂E_total/∂h1 = ").append(num(b.dEo1dh1())).append(" + ").append(num(b.dEo2dh1()))
           .append(" = ").append(num(b.dEdh1())).append('\n');
        out.append("∂h1/∂z1 = h1 × (1 − h1) = ").append(num(f.h1())).append(" × (1 − ").append(num(f.h1()))
           .append(") = ").append(num(b.dh1dz1())).append("   (sigmoid 미분)\n");
        delta(out, "δ1 = ∂E_total/∂z1 = ∂E_total/∂h1 × ∂h1/∂z1", b.dEdh1(), b.dh1dz1(), b.dEdz1());
        inputGradient(out, 1, "h1", "z1", b.dEdh1(), b.dh1dz1(), "x1", s.x1(), b.dEdw1(), w.w1(), learningRate);
        inputGradient(out, 2, "h1", "z1", b.dEdh1(), b.dh1dz1(), "x2", s.x2(), b.dEdw2(), w.w2(), learningRate);
        out.append("∂E_total/∂h2 = ∂E_o1/∂h2 + ∂E_o2/∂h2   (h2는 o1과 o2 둘 다에 쓰인다)\n");
        hiddenPath(out, "o1", "h2", "z3", b.dEdo1(), b.do1dz3(), "w6", w.w6(), b.dEo1dh2());
        hiddenPath(out, "o2", "h2", "z4", b.dEdo2(), b.do2dz4(), "w8", w.w8(), b.dEo2dh2());
        out.append("∂E_total/∂h2 = ").append(num(b.dEo1dh2())).append(" + ").append(num(b.dEo2dh2()))
           .append(" = ").append(num(b.dEdh2())).append('\n');
        out.append("∂h2/∂z2 = h2 × (1 − h2) = ").append(num(f.h2())).append(" × (1 − ").append(num(f.h2()))
           .append(") = ").append(num(b.dh2dz2())).append("   (sigmoid 미분)\n");
        delta(out, "δ2 = ∂E_total/∂z2 = ∂E_total/∂h2 × ∂h2/∂z2", b.dEdh2(), b.dh2dz2(), b.dEdz2());
        inputGradient(out, 3, "h2", "z2", b.dEdh2(), b.dh2dz2(), "x1", s.x1(), b.dEdw3(), w.w3(), learningRate);
        inputGradient(out, 4, "h2", "z2", b.dEdh2(), b.dh2dz2(), "x2", s.x2(), b.dEdw4(), w.w4(), learningRate);
        return out.toString();
    }

    /** All eight weights before and after the update, with their gradients. */
    public static String update(BackwardPass b, double learningRate) {
        Require.notNull("backward", b);
        Weights old = b.forward().weights();
        Weights updated = b.update(learningRate);
        StringBuilder out = new StringBuilder();
        out.append("(2단계는 갱신 전의 w5–w8을 썼다: 순전파에서 오차가 그 가중치를 거쳐 h1, h2에 닿았다)\n");
        double[] gradient = b.gradient();
        for (int i = 1; i <= 8; i++) {
            out.append("w").append(i).append(": ").append(num(old.get(i))).append(" → ")
               .append(num(updated.get(i))).append("   (∂E_total/∂w").append(i).append(" = ")
               .append(num(gradient[i - 1])).append(")\n");
        }
        return out.toString();
    }

    /** δj = ∂E_total/∂zj = (what arrives at the node) × (its sigmoid slope) = a × b = δ. */
    private static void delta(StringBuilder out, String definition, double arriving, double slope, double delta) {
        out.append(definition).append(" = ").append(num(arriving)).append(" × ").append(num(slope)).append(" = ")
           .append(num(delta)).append('\n');
    }

    /** ∂E_total/∂wN = a × b × c = …, then wN+ = wN − α·∂E_total/∂wN. */
    private static void weightGradient(StringBuilder out, int n, double dEdo, double dodz, double inputValue,
                                       double dEdw, double w, double learningRate) {
        out.append("∂E_total/∂w").append(n).append(" = ").append(num(dEdo)).append(" × ").append(num(dodz))
           .append(" × ").append(num(inputValue)).append(" = ").append(num(dEdw)).append('\n');
        newWeight(out, n, w, dEdw, learningRate);
    }

    private static void inputGradient(StringBuilder out, int n, String h, String z, double dEdh, double dhdz,
                                      String x, double xValue, double dEdw, double w, double learningRate) {
        out.append("∂").append(z).append("/∂w").append(n).append(" = ").append(x).append(" = ")
           .append(num(xValue)).append('\n');
        out.append("∂E_total/∂w").append(n).append(" = ∂E_total/∂").append(h).append(" × ∂").append(h)
           .append("/∂").append(z).append(" × ∂").append(z).append("/∂w").append(n).append(" = ")
           .append(num(dEdh)).append(" × ").append(num(dhdz)).append(" × ").append(num(xValue))
           .append(" = ").append(num(dEdw)).append('\n');
        newWeight(out, n, w, dEdw, learningRate);
    }

    private static void newWeight(StringBuilder out, int n, double w, double dEdw, double learningRate) {
        out.append("w").append(n).append("+ = w").append(n).append(" − α·∂E_total/∂w").append(n).append(" = ")
           .append(num(w)).append(" − ").append(num(learningRate)).append(" × ").append(num(dEdw))
           .append(" = ").append(num(w - learningRate * dEdw)).append('\n');
    }

    /** ∂E_o/∂h = ∂E_o/∂o × ∂o/∂z × ∂z/∂h, where ∂z/∂h is the weight from h to that output. */
    private static void hiddenPath(StringBuilder out, String o, String h, String z, double dEdo, double dodz,
                                   String weightName, double weight, double result) {
        out.append("∂E_").append(o).append("/∂").append(h).append(" = ∂E_").append(o).append("/∂").append(o)
           .append(" × ∂").append(o).append("/∂").append(z).append(" × ∂").append(z).append("/∂").append(h)
           .append(" = ").append(num(dEdo)).append(" × ").append(num(dodz)).append(" × ").append(num(weight))
           .append(" (").append(weightName).append(") = ").append(num(result)).append('\n');
    }

    // ----- the gradient check -----------------------------------------------------------------

    public static String gradientCheck() {
        return gradientCheck(Weights.slides(), Sample.slides());
    }

    /** The three gradients side by side, and how far apart they are. */
    public static String gradientCheck(Weights weights, Sample sample) {
        double[] byHand = GradientCheck.byHand(weights, sample);
        double[] byAutograd = GradientCheck.autograd(weights, sample);
        double[] byDifferences = GradientCheck.centralDifferences(weights, sample);
        StringBuilder s = new StringBuilder();
        s.append("∂E_total/∂wi를 세 가지로: 손으로(by hand, 연쇄법칙), 자동미분(autograd, 4장), 수치미분(central differences, h = ")
         .append(power(GradientCheck.H)).append(")\n");
        Table table = Table.of("", "손으로", "자동미분", "수치미분", "|손 − 자동|", "|손 − 수치|")
                .left(0);
        double worstAutograd = 0;
        double worstDifferences = 0;
        for (int i = 0; i < 8; i++) {
            double toAutograd = Math.abs(byHand[i] - byAutograd[i]);
            double toDifferences = Math.abs(byHand[i] - byDifferences[i]);
            worstAutograd = Math.max(worstAutograd, toAutograd);
            worstDifferences = Math.max(worstDifferences, toDifferences);
            table.row("w" + (i + 1), num(byHand[i]), num(byAutograd[i]), num(byDifferences[i]),
                    below(toAutograd, 1e-12), below(toDifferences, 1e-8));
        }
        s.append(table);
        s.append("가장 큰 차이: 손과 자동미분 ").append(below(worstAutograd, 1e-12))
         .append(", 손과 수치미분 ").append(below(worstDifferences, 1e-8)).append('\n');
        return s.toString();
    }

    /**
     * "&lt; 1e-12" rather than the exact tiny difference: its last digits are rounding noise that
     * would make the approved output depend on the order of floating-point operations.
     */
    private static String below(double difference, double bound) {
        return difference < bound ? "< " + power(bound) : sci(difference);
    }

    /** A power of ten in {@link backprop.Format#sci}'s form without its zero digits: 1e-08. */
    private static String power(double powerOfTen) {
        return sci(powerOfTen).replace(".000", "");
    }

    // ----- the homework: which weights move, and tuning ----------------------------------------

    public static String weightMovement() {
        return weightMovement(Weights.slides(), Sample.slides(), SlidesExample.LEARNING_RATE, MOVEMENT_EPOCHS);
    }

    public static String weightMovement(Weights start, Sample sample, double learningRate, int epochs) {
        Require.positive("epochs", epochs);
        WeightMovement movement = WeightMovement.of(start, sample, learningRate, epochs);
        List<Weights> path = movement.path();
        StringBuilder s = new StringBuilder();
        s.append("학습률(learning rate) ").append(num(learningRate)).append(", 슬라이드의 입력으로 ")
         .append(epochs).append(" 에폭(epoch)\n\n");
        s.append("1 에폭에 움직인 거리 |Δw|, 큰 것부터:\n");
        Table first = Table.of("", "갱신 전", "갱신 후", "|Δw|").left(0).indent("  ");
        for (int i : movement.ranking(1)) {
            first.row("w" + i, num(path.get(0).get(i)), num(path.get(1).get(i)), num(movement.movedIn(1, i)));
        }
        s.append(first);
        Table byEpoch = Table.of("에폭", "E_total", "그 에폭의 |Δw| 순위, 큰 것부터").left(2);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            StringBuilder ranking = new StringBuilder();
            for (int i : movement.ranking(epoch)) {
                ranking.append(ranking.length() == 0 ? "w" : " w").append(i);
            }
            byEpoch.row(String.valueOf(epoch), num(ForwardPass.of(path.get(epoch), sample).errorTotal()),
                    ranking.toString());
        }
        s.append('\n').append(byEpoch);
        s.append("\n").append(epochs).append(" 에폭 동안 움직인 거리의 합: 출력층(output layer) w5–w8 ")
         .append(num(movement.outputLayer())).append(", 은닉층(hidden layer) w1–w4 ").append(num(movement.hiddenLayer()))
         .append('\n');
        s.append(gradientFactors(start, sample));
        return s.toString();
    }

    /**
     * Why an output weight's gradient is larger than a hidden weight's, as three factors:
     * ∂E/∂w1 = ∂E/∂w5 × [(δ3·w5 + δ4·w7)/δ3] × h1(1 − h1) × [x1/h1], an identity, because
     * ∂E/∂w5 = δ3·h1 and ∂E/∂w1 = (δ3·w5 + δ4·w7)·h1(1 − h1)·x1.
     */
    static String gradientFactors(Weights weights, Sample sample) {
        BackwardPass b = BackwardPass.of(ForwardPass.of(weights, sample));
        ForwardPass f = b.forward();
        Table table = Table.of("", "값", "").left(0, 2).indent("  ");
        table.row("∂E_total/∂w5 = δ3 × h1", num(b.dEdw5()), "출력층 가중치의 기울기");
        table.row("× (δ3·w5 + δ4·w7) / δ3", num(b.dEdh1() / b.dEdz3()), "가중치를 거쳐 h1에 모인 몫");
        table.row("× h1(1 − h1)", num(b.dh1dz1()), "은닉 노드의 시그모이드 기울기 (≤ 0.25)");
        table.row("× x1 / h1", num(f.sample().x1() / f.h1()), "마지막 인수가 h1 대신 입력 x1");
        table.row("= ∂E_total/∂w1", num(b.dEdw1()), "은닉층 가중치의 기울기");
        return "출력층 가중치가 더 많이 움직이는 이유, w5와 w1의 기울기로 (세 인수가 모두 1보다 작다):\n" + table;
    }

    public static String learningRateTuning() {
        return learningRateTuning(Weights.slides(), Sample.slides(),
                LearningRateTuning.SLIDES_LEARNING_RATES.stream().mapToDouble(Double::doubleValue).toArray(),
                TUNING_CHECKPOINTS.stream().mapToInt(Integer::intValue).toArray());
    }

    /** E_total after each checkpoint's epochs, one row per learning rate. */
    public static String learningRateTuning(Weights start, Sample sample, double[] learningRates, int[] checkpoints) {
        Require.notNull("start", start);
        Require.notNull("sample", sample);
        Require.nonEmpty("learningRates", learningRates);
        Require.nonEmpty("checkpoints", checkpoints);
        int last = 0;
        for (int k = 0; k < checkpoints.length; k++) {
            int checkpoint = Require.positive("checkpoints[" + k + "]", checkpoints[k]);
            if (checkpoint <= last) {
                throw new IllegalArgumentException("checkpoints must increase, got " + checkpoint + " after " + last);
            }
            last = checkpoint;
        }
        StringBuilder s = new StringBuilder();
        s.append("n 에폭 뒤의 E_total (0 에폭: ").append(num(ForwardPass.of(start, sample).errorTotal()))
         .append("). 값이 여러 자릿수에 걸쳐 있어 과학적 표기법(scientific notation)으로 적는다\n");
        String[] header = new String[checkpoints.length + 1];
        header[0] = "α";
        for (int c = 0; c < checkpoints.length; c++) {
            header[c + 1] = "n = " + checkpoints[c];
        }
        Table table = Table.of(header);
        for (int k = 0; k < learningRates.length; k++) {
            double learningRate = Require.positiveFinite("learningRates[" + k + "]", learningRates[k]);
            double[] errors = LearningRateTuning.errors(start, sample, learningRate, last);
            String[] row = new String[checkpoints.length + 1];
            row[0] = num(learningRate);
            for (int c = 0; c < checkpoints.length; c++) {
                row[c + 1] = sci(errors[checkpoints[c]]);
            }
            table.row(row);
        }
        return s.append(table).toString();
    }

    // ----- symmetric weights, XOR, any network -----------------------------------------------

    public static String symmetry() {
        StringBuilder s = new StringBuilder();
        s.append("1) 슬라이드의 2-2-2 네트워크, 모든 가중치 ").append(num(Symmetry.START))
         .append(", 학습률 ").append(num(SlidesExample.LEARNING_RATE)).append('\n');
        List<Weights> path = Symmetry.slidesPath(SYMMETRY_EPOCHS.get(SYMMETRY_EPOCHS.size() - 1));
        Table table = Table.of("에폭", "h1", "h2", "w1", "w3", "w2", "w4");
        for (int epoch : SYMMETRY_EPOCHS) {
            Weights w = path.get(epoch);
            ForwardPass f = ForwardPass.of(w, Sample.slides());
            table.row(String.valueOf(epoch), num(f.h1()), num(f.h2()), num(w.w1()), num(w.w3()), num(w.w2()),
                    num(w.w4()));
        }
        s.append(table);
        s.append("모든 에폭에서 h1 = h2, w1 = w3, w2 = w4: 두 은닉 노드는 끝까지 달라지지 않는다.\n\n");

        List<Example> xor = Example.xor();
        Mlp symmetric = Symmetry.xorNetwork();
        TrainingHistory history = XorTraining.train(symmetric);
        s.append("2) 2-2-1 네트워크로 XOR, 모든 가중치와 편향 ").append(num(Symmetry.START))
         .append(", XOR 예제와 같은 설정\n");
        s.append("손실(loss) ").append(num(history.initialLoss())).append(" → ").append(num(history.finalLoss()))
         .append(" (").append(XorTraining.EPOCHS).append(" 에폭 뒤)\n");
        s.append(network(symmetric)).append('\n');
        s.append(predictions(symmetric, xor));
        s.append("두 은닉 노드의 가중치가 여전히 똑같다. 출력층에는 (0, 1)과 (1, 0)이 똑같이 보이고,\n")
         .append("(1, 1)도 그 둘과 거의 구별되지 않는다: XOR를 배우지 못했다.\n");
        return s.toString();
    }

    public static String xorTraining() {
        List<Example> xor = Example.xor();
        Mlp mlp = XorTraining.network(XorTraining.SEED);
        StringBuilder s = new StringBuilder();
        s.append("2-2-1 시그모이드 네트워크(편향 있음), 가중치는 seed ").append(XorTraining.SEED)
         .append("의 난수로 [-1, 1)에서 균등하게, 학습률 ").append(num(XorTraining.LEARNING_RATE)).append('\n');
        s.append(network(mlp)).append("\n\n");
        TrainingHistory history = XorTraining.train(mlp);
        s.append(lossTable(history, XOR_TABLE_EVERY)).append('\n');
        s.append(XorTraining.EPOCHS).append(" 에폭 뒤:\n").append(predictions(mlp, xor));
        s.append(network(mlp)).append("\n\n");
        s.append("은닉 노드가 배운 것: 네 입력에서 h1, h2의 값\n").append(hiddenOutputs(mlp, xor));
        s.append("h1은 (1, 0)에서만, h2는 (0, 1)에서만 켜진다: x1 ∧ ¬x2와 ¬x1 ∧ x2.\n")
         .append("출력 노드는 둘 중 하나라도 켜지면 1에 가깝다: OR.\n\n");
        Mlp stuck = XorTraining.network(XorTraining.STUCK_SEED);
        TrainingHistory stuckHistory = XorTraining.train(stuck);
        s.append("같은 네트워크를 seed ").append(XorTraining.STUCK_SEED).append("로 시작하면: 손실 ")
         .append(num(stuckHistory.initialLoss())).append(" → ").append(num(stuckHistory.finalLoss()))
         .append(" (").append(XorTraining.EPOCHS).append(" 에폭 뒤)\n");
        s.append(lossTable(stuckHistory, STUCK_TABLE_EVERY));
        s.append(predictions(stuck, xor));
        s.append("손실은 아직 조금씩 줄고 있다: 국소 최솟값(local minimum)에 갇힌 것이 아니라 평평한 곳(plateau)을 지나는 중이다.\n")
         .append("두 출력이 0.5에 머물면 손실은 (½·0.5² + ½·0.5²) / 4 = ").append(num(PLATEAU_LOSS))
         .append("이고, 손실은 그쪽으로 다가간다.\n");
        return s.toString();
    }

    /** The XOR loss with two of the four outputs at 0.5 and the other two right: ½·0.5² twice, over 4. */
    static final double PLATEAU_LOSS = (0.5 * 0.5 * 0.5 + 0.5 * 0.5 * 0.5) / 4;

    /** Every how many epochs the stuck run's loss table shows a row. */
    public static final int STUCK_TABLE_EVERY = 400;

    /** What the first layer outputs for each example: the features the hidden units learned. */
    public static String hiddenOutputs(Mlp network, List<Example> examples) {
        Require.notNull("network", network);
        network.checkExamples(examples);
        Layer hidden = network.layer(0);
        String[] header = new String[network.inputs() + hidden.units()];
        for (int i = 0; i < network.inputs(); i++) {
            header[i] = "x" + (i + 1);
        }
        for (int j = 0; j < hidden.units(); j++) {
            header[network.inputs() + j] = "h" + (j + 1);
        }
        Table table = Table.of(header);
        for (Example example : examples) {
            double[] x = example.input();
            double[] h = hidden.forward(x);
            String[] row = new String[header.length];
            for (int i = 0; i < x.length; i++) {
                row[i] = num(x[i]);
            }
            for (int j = 0; j < h.length; j++) {
                row[x.length + j] = num(h[j]);
            }
            table.row(row);
        }
        return table.toString();
    }

    /** The loss at every {@code every}-th epoch, and at the last one. */
    public static String lossTable(TrainingHistory history, int every) {
        Require.notNull("history", history);
        Require.positive("every", every);
        List<Double> losses = history.losses();
        Table table = Table.of("에폭", "손실");
        for (int epoch = 0; epoch < losses.size(); epoch++) {
            if (epoch % every == 0 || epoch == losses.size() - 1) {
                double loss = losses.get(epoch);
                if (!Double.isFinite(loss)) {
                    break;
                }
                table.row(String.valueOf(epoch), num(loss));
            }
        }
        StringBuilder s = new StringBuilder(table.toString());
        if (history.diverged()) {
            s.append(history.divergedAtEpoch())
             .append(" 에폭에서 발산(diverge): 손실이 더는 유한한 수가 아니다. 학습률을 줄여 보자\n");
        }
        return s.toString();
    }

    /**
     * A table of inputs, targets and outputs, for reading what the network has learned: x1, x2, …
     * for the inputs, then the target and the output (t1, t2, … and o1, o2, … if there are several).
     */
    public static String predictions(Mlp network, List<Example> examples) {
        Require.notNull("network", network);
        network.checkExamples(examples);
        int inputs = network.inputs();
        int outputs = network.outputs();
        String[] header = new String[inputs + 2 * outputs];
        for (int i = 0; i < inputs; i++) {
            header[i] = "x" + (i + 1);
        }
        for (int k = 0; k < outputs; k++) {
            header[inputs + k] = outputs == 1 ? "target" : "t" + (k + 1);
            header[inputs + outputs + k] = outputs == 1 ? "output" : "o" + (k + 1);
        }
        Table table = Table.of(header);
        for (Example example : examples) {
            double[] x = example.input();
            double[] t = example.target();
            double[] o = network.predict(x);
            String[] row = new String[header.length];
            for (int i = 0; i < inputs; i++) {
                row[i] = num(x[i]);
            }
            for (int k = 0; k < outputs; k++) {
                row[inputs + k] = num(t[k]);
                row[inputs + outputs + k] = num(o[k]);
            }
            table.row(row);
        }
        return table.toString();
    }

    /** The network's sizes, then every layer's weights and biases, unit by unit. */
    public static String network(Mlp network) {
        Require.notNull("network", network);
        StringBuilder s = new StringBuilder(network.toString());
        for (Layer layer : network.layers()) {
            s.append('\n').append(layer);
            double[][] w = layer.weights();
            double[] b = layer.biases();
            for (int j = 0; j < layer.units(); j++) {
                s.append("\n  노드 ").append(j + 1).append(": w =");
                for (int i = 0; i < layer.inputs(); i++) {
                    s.append(' ').append(num(w[j][i]));
                }
                if (layer.hasBias()) {
                    s.append(", b = ").append(num(b[j]));
                }
            }
        }
        return s.toString();
    }
}
