package backprop.mlp;

import static backprop.Format.f8;
import static backprop.Format.num;

import backprop.Require;

/**
 * The slides' worked example, "MLP 오차역전파 예제", replayed line by line: the forward pass,
 * backward stage 1 (w5–w8), backward stage 2 (w1–w4), the update, and the forward pass again.
 * Every line shows the expression, then its numbers, then the result, as the slides print it.
 */
public final class SlidesExample {
    private SlidesExample() {}

    /** The slides' learning rate α. */
    public static final double LEARNING_RATE = 0.5;

    /** The whole trace with the slides' numbers, and the errata for the slides' last page. */
    public static String trace() {
        return trace(Weights.slides(), Sample.slides(), LEARNING_RATE) + '\n' + errata();
    }

    /** The same trace for other weights, inputs or learning rate: for experiments in JShell. */
    public static String trace(Weights weights, Sample sample, double learningRate) {
        Require.positiveFinite("learningRate", learningRate);
        ForwardPass before = ForwardPass.of(weights, sample);
        BackwardPass back = BackwardPass.of(before);
        Weights updated = back.update(learningRate);
        ForwardPass after = ForwardPass.of(updated, sample);

        StringBuilder out = new StringBuilder();
        out.append("== 주어진 값 — given ==\n").append(given(weights, sample, learningRate));
        out.append("\n== MLP 오차역전파 (순전파) — forward pass ==\n").append(forward(before));
        out.append("\n== MLP 오차역전파 (역전파 1단계) — backward stage 1: w5, w6, w7, w8 ==\n")
           .append(backwardStage1(back, learningRate));
        out.append("\n== MLP 오차역전파 (역전파 2단계) — backward stage 2: w1, w2, w3, w4 ==\n")
           .append(backwardStage2(back, learningRate));
        out.append("\n== 가중치 갱신 — the update: all eight weights change together ==\n")
           .append(update(back, learningRate));
        out.append("\n== 업데이트된 가중치로 순전파 — forward pass again with the updated weights ==\n")
           .append(forward(after));
        out.append('\n').append(decrease(before, after, learningRate));
        return out.toString();
    }

    /** How much one update lowered E_total. */
    public static String decrease(ForwardPass before, ForwardPass after, double learningRate) {
        double decrease = before.errorTotal() - after.errorTotal();
        StringBuilder out = new StringBuilder();
        out.append("E_total before − E_total after = ").append(f8(before.errorTotal())).append(" − ")
           .append(f8(after.errorTotal())).append(" = ").append(f8(decrease)).append('\n')
           .append("learning rate = ").append(num(learningRate)).append(", epoch 1: E_total ")
           .append(decrease > 0 ? "went down by " : "went up by ").append(f8(Math.abs(decrease))).append('\n');
        return out.toString();
    }

    /**
     * Repeats the slides' update {@code epochs} times on the one sample: the weights before
     * training (index 0) and after every epoch.
     */
    public static java.util.List<Weights> train(Weights start, Sample sample, double learningRate, int epochs) {
        Require.notNull("start", start);
        Require.notNull("sample", sample);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("epochs", epochs);
        java.util.List<Weights> path = new java.util.ArrayList<>();
        path.add(start);
        Weights w = start;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate);
            path.add(w);
        }
        return path;
    }

    /**
     * The errata for the slides' last page, with the numbers the code computes. That page prints
     * the new E_o1, E_o2, E_total and then repeats the first pass's values under the same names.
     */
    public static String errata() {
        ForwardPass before = ForwardPass.of(Weights.slides(), Sample.slides());
        ForwardPass after = ForwardPass.of(BackwardPass.of(before).update(LEARNING_RATE), Sample.slides());
        return "정오표 (errata): the slides' last page lists E_o1, E_o2 and E_total twice.\n"
                + "  after the update (right):        E_o1 = " + f8(after.errorO1()) + ", E_o2 = "
                + f8(after.errorO2()) + ", E_total = " + f8(after.errorTotal()) + '\n'
                + "  repeated from the first pass:    E_o1 = " + f8(before.errorO1()) + ", E_o2 = "
                + f8(before.errorO2()) + ", E_total = " + f8(before.errorTotal()) + '\n'
                + "  The second block belongs to the forward pass before the update; the error after\n"
                + "  one update is " + f8(after.errorTotal()) + ", lower by "
                + f8(before.errorTotal() - after.errorTotal()) + ".\n";
    }

    /** The inputs, weights, targets and settings of the example. */
    public static String given(Weights w, Sample s, double learningRate) {
        StringBuilder out = new StringBuilder();
        out.append("x1 = ").append(num(s.x1())).append(", x2 = ").append(num(s.x2())).append('\n')
           .append("w1 w2 w3 w4 = ").append(num(w.w1())).append(' ').append(num(w.w2())).append(' ')
           .append(num(w.w3())).append(' ').append(num(w.w4())).append('\n')
           .append("w5 w6 w7 w8 = ").append(num(w.w5())).append(' ').append(num(w.w6())).append(' ')
           .append(num(w.w7())).append(' ').append(num(w.w8())).append('\n')
           .append("target o1, target o2 = ").append(num(s.target1())).append(' ').append(num(s.target2())).append('\n')
           .append("activation = sigmoid, E = ½ Σ (target − output)², learning rate α = ")
           .append(num(learningRate)).append('\n');
        return out.toString();
    }

    /** The forward pass, one line per z, h, o and E. */
    public static String forward(ForwardPass f) {
        Weights w = f.weights();
        Sample s = f.sample();
        StringBuilder out = new StringBuilder();
        out.append("z1 = w1·x1 + w2·x2 = ").append(num(w.w1())).append(" × ").append(num(s.x1())).append(" + ")
           .append(num(w.w2())).append(" × ").append(num(s.x2())).append(" = ").append(f8(f.z1())).append('\n');
        out.append("z2 = w3·x1 + w4·x2 = ").append(num(w.w3())).append(" × ").append(num(s.x1())).append(" + ")
           .append(num(w.w4())).append(" × ").append(num(s.x2())).append(" = ").append(f8(f.z2())).append('\n');
        out.append("h1 = sigmoid(z1) = sigmoid(").append(f8(f.z1())).append(") = ").append(f8(f.h1())).append('\n');
        out.append("h2 = sigmoid(z2) = sigmoid(").append(f8(f.z2())).append(") = ").append(f8(f.h2())).append('\n');
        out.append("z3 = w5·h1 + w6·h2 = ").append(num(w.w5())).append(" × ").append(f8(f.h1())).append(" + ")
           .append(num(w.w6())).append(" × ").append(f8(f.h2())).append(" = ").append(f8(f.z3())).append('\n');
        out.append("z4 = w7·h1 + w8·h2 = ").append(num(w.w7())).append(" × ").append(f8(f.h1())).append(" + ")
           .append(num(w.w8())).append(" × ").append(f8(f.h2())).append(" = ").append(f8(f.z4())).append('\n');
        out.append("o1 = sigmoid(z3) = sigmoid(").append(f8(f.z3())).append(") = ").append(f8(f.o1())).append('\n');
        out.append("o2 = sigmoid(z4) = sigmoid(").append(f8(f.z4())).append(") = ").append(f8(f.o2())).append('\n');
        out.append("E_o1 = ½(target_o1 − o1)² = ½(").append(num(s.target1())).append(" − ").append(f8(f.o1()))
           .append(")² = ").append(f8(f.errorO1())).append('\n');
        out.append("E_o2 = ½(target_o2 − o2)² = ½(").append(num(s.target2())).append(" − ").append(f8(f.o2()))
           .append(")² = ").append(f8(f.errorO2())).append('\n');
        out.append("E_total = E_o1 + E_o2 = ").append(f8(f.errorO1())).append(" + ").append(f8(f.errorO2()))
           .append(" = ").append(f8(f.errorTotal())).append('\n');
        return out.toString();
    }

    /** Backward stage 1: the output weights w5–w8, and each one's new value. */
    public static String backwardStage1(BackwardPass b, double learningRate) {
        ForwardPass f = b.forward();
        Weights w = f.weights();
        Sample s = f.sample();
        StringBuilder out = new StringBuilder();
        out.append("∂E_total/∂w5 = ∂E_total/∂o1 × ∂o1/∂z3 × ∂z3/∂w5   (chain rule, 연쇄법칙)\n");
        out.append("∂E_total/∂o1 = −(target_o1 − o1) = −(").append(num(s.target1())).append(" − ")
           .append(f8(f.o1())).append(") = ").append(f8(b.dEdo1())).append('\n');
        out.append("∂o1/∂z3 = o1 × (1 − o1) = ").append(f8(f.o1())).append(" × (1 − ").append(f8(f.o1()))
           .append(") = ").append(f8(b.do1dz3())).append("   (sigmoid 미분)\n");
        out.append("∂z3/∂w5 = h1 = ").append(f8(f.h1())).append('\n');
        weightGradient(out, 5, b.dEdo1(), b.do1dz3(), "h1", f.h1(), b.dEdw5(), w.w5(), learningRate);
        out.append("∂z3/∂w6 = h2 = ").append(f8(f.h2())).append('\n');
        weightGradient(out, 6, b.dEdo1(), b.do1dz3(), "h2", f.h2(), b.dEdw6(), w.w6(), learningRate);
        out.append("∂E_total/∂o2 = −(target_o2 − o2) = −(").append(num(s.target2())).append(" − ")
           .append(f8(f.o2())).append(") = ").append(f8(b.dEdo2())).append('\n');
        out.append("∂o2/∂z4 = o2 × (1 − o2) = ").append(f8(f.o2())).append(" × (1 − ").append(f8(f.o2()))
           .append(") = ").append(f8(b.do2dz4())).append("   (sigmoid 미분)\n");
        out.append("∂z4/∂w7 = h1 = ").append(f8(f.h1())).append('\n');
        weightGradient(out, 7, b.dEdo2(), b.do2dz4(), "h1", f.h1(), b.dEdw7(), w.w7(), learningRate);
        out.append("∂z4/∂w8 = h2 = ").append(f8(f.h2())).append('\n');
        weightGradient(out, 8, b.dEdo2(), b.do2dz4(), "h2", f.h2(), b.dEdw8(), w.w8(), learningRate);
        return out.toString();
    }

    /** Backward stage 2: the hidden weights w1–w4, through ∂E_total/∂h1 and ∂E_total/∂h2. */
    public static String backwardStage2(BackwardPass b, double learningRate) {
        ForwardPass f = b.forward();
        Weights w = f.weights();
        Sample s = f.sample();
        StringBuilder out = new StringBuilder();
        out.append("∂E_total/∂w1 = ∂E_total/∂h1 × ∂h1/∂z1 × ∂z1/∂w1\n");
        out.append("∂E_total/∂h1 = ∂E_o1/∂h1 + ∂E_o2/∂h1   (h1 feeds both o1 and o2)\n");
        hiddenPath(out, "o1", "h1", "z3", b.dEdo1(), b.do1dz3(), "w5", w.w5(), b.dEo1dh1());
        hiddenPath(out, "o2", "h1", "z4", b.dEdo2(), b.do2dz4(), "w7", w.w7(), b.dEo2dh1());
        out.append("∂E_total/∂h1 = ").append(f8(b.dEo1dh1())).append(" + ").append(f8(b.dEo2dh1()))
           .append(" = ").append(f8(b.dEdh1())).append('\n');
        out.append("∂h1/∂z1 = h1 × (1 − h1) = ").append(f8(f.h1())).append(" × (1 − ").append(f8(f.h1()))
           .append(") = ").append(f8(b.dh1dz1())).append("   (sigmoid 미분)\n");
        inputGradient(out, 1, "h1", "z1", b.dEdh1(), b.dh1dz1(), "x1", s.x1(), b.dEdw1(), w.w1(), learningRate);
        inputGradient(out, 2, "h1", "z1", b.dEdh1(), b.dh1dz1(), "x2", s.x2(), b.dEdw2(), w.w2(), learningRate);
        out.append("∂E_total/∂h2 = ∂E_o1/∂h2 + ∂E_o2/∂h2   (h2 feeds both o1 and o2)\n");
        hiddenPath(out, "o1", "h2", "z3", b.dEdo1(), b.do1dz3(), "w6", w.w6(), b.dEo1dh2());
        hiddenPath(out, "o2", "h2", "z4", b.dEdo2(), b.do2dz4(), "w8", w.w8(), b.dEo2dh2());
        out.append("∂E_total/∂h2 = ").append(f8(b.dEo1dh2())).append(" + ").append(f8(b.dEo2dh2()))
           .append(" = ").append(f8(b.dEdh2())).append('\n');
        out.append("∂h2/∂z2 = h2 × (1 − h2) = ").append(f8(f.h2())).append(" × (1 − ").append(f8(f.h2()))
           .append(") = ").append(f8(b.dh2dz2())).append("   (sigmoid 미분)\n");
        inputGradient(out, 3, "h2", "z2", b.dEdh2(), b.dh2dz2(), "x1", s.x1(), b.dEdw3(), w.w3(), learningRate);
        inputGradient(out, 4, "h2", "z2", b.dEdh2(), b.dh2dz2(), "x2", s.x2(), b.dEdw4(), w.w4(), learningRate);
        return out.toString();
    }

    /** All eight weights before and after the update, with their gradients. */
    public static String update(BackwardPass b, double learningRate) {
        Weights old = b.forward().weights();
        Weights updated = b.update(learningRate);
        StringBuilder out = new StringBuilder();
        out.append("(stage 2 used the old w5–w8: the error reached h1 and h2 through them)\n");
        double[] gradient = b.gradient();
        for (int i = 1; i <= 8; i++) {
            out.append("w").append(i).append(": ").append(num(old.get(i))).append(" → ")
               .append(f8(updated.get(i))).append("   (∂E_total/∂w").append(i).append(" = ")
               .append(f8(gradient[i - 1])).append(")\n");
        }
        return out.toString();
    }

    /** ∂E_total/∂wN = a × b × c = …, then wN+ = wN − α·∂E_total/∂wN. */
    private static void weightGradient(StringBuilder out, int n, double dEdo, double dodz, String input,
                                       double inputValue, double dEdw, double w, double learningRate) {
        out.append("∂E_total/∂w").append(n).append(" = ").append(f8(dEdo)).append(" × ").append(f8(dodz))
           .append(" × ").append(f8(inputValue)).append(" = ").append(f8(dEdw)).append('\n');
        newWeight(out, n, w, dEdw, learningRate);
    }

    private static void inputGradient(StringBuilder out, int n, String h, String z, double dEdh, double dhdz,
                                      String x, double xValue, double dEdw, double w, double learningRate) {
        out.append("∂").append(z).append("/∂w").append(n).append(" = ").append(x).append(" = ")
           .append(num(xValue)).append('\n');
        out.append("∂E_total/∂w").append(n).append(" = ∂E_total/∂").append(h).append(" × ∂").append(h)
           .append("/∂").append(z).append(" × ∂").append(z).append("/∂w").append(n).append(" = ")
           .append(f8(dEdh)).append(" × ").append(f8(dhdz)).append(" × ").append(num(xValue))
           .append(" = ").append(f8(dEdw)).append('\n');
        newWeight(out, n, w, dEdw, learningRate);
    }

    private static void newWeight(StringBuilder out, int n, double w, double dEdw, double learningRate) {
        out.append("w").append(n).append("+ = w").append(n).append(" − α·∂E_total/∂w").append(n).append(" = ")
           .append(num(w)).append(" − ").append(num(learningRate)).append(" × ").append(f8(dEdw))
           .append(" = ").append(f8(w - learningRate * dEdw)).append('\n');
    }

    /** ∂E_o/∂h = ∂E_o/∂o × ∂o/∂z × ∂z/∂h, where ∂z/∂h is the weight from h to that output. */
    private static void hiddenPath(StringBuilder out, String o, String h, String z, double dEdo, double dodz,
                                   String weightName, double weight, double result) {
        out.append("∂E_").append(o).append("/∂").append(h).append(" = ∂E_").append(o).append("/∂").append(o)
           .append(" × ∂").append(o).append("/∂").append(z).append(" × ∂").append(z).append("/∂").append(h)
           .append(" = ").append(f8(dEdo)).append(" × ").append(f8(dodz)).append(" × ").append(num(weight))
           .append(" (").append(weightName).append(") = ").append(f8(result)).append('\n');
    }
}
