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
    /** The epochs of the weight-movement report. */
    public static final int MOVEMENT_EPOCHS = 10;
    /** The epochs of the weight-movement picture and figure. */
    public static final int MOVEMENT_PICTURE_EPOCHS = 20;
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
        out.append("== 주어진 값 — given ==\n").append(given(example.weights(), example.sample(), learningRate));
        out.append("\n== MLP 오차역전파 (순전파) — forward pass ==\n").append(forward(example.forward()));
        out.append("\n== MLP 오차역전파 (역전파 1단계) — backward stage 1: w5, w6, w7, w8 ==\n")
           .append(backwardStage1(back, learningRate));
        out.append("\n== MLP 오차역전파 (역전파 2단계) — backward stage 2: w1, w2, w3, w4 ==\n")
           .append(backwardStage2(back, learningRate));
        out.append("\n== 가중치 갱신 — the update: all eight weights change together ==\n")
           .append(update(back, learningRate));
        out.append("\n== 업데이트된 가중치로 순전파 — forward pass again with the updated weights ==\n")
           .append(forward(example.forwardAgain()));
        out.append('\n').append(decrease(example.forward(), example.forwardAgain(), learningRate));
        return out.toString();
    }

    /** How much one update lowered E_total. */
    public static String decrease(ForwardPass before, ForwardPass after, double learningRate) {
        double decrease = before.errorTotal() - after.errorTotal();
        StringBuilder out = new StringBuilder();
        out.append("E_total before − E_total after = ").append(num(before.errorTotal())).append(" − ")
           .append(num(after.errorTotal())).append(" = ").append(num(decrease)).append('\n')
           .append("learning rate = ").append(num(learningRate)).append(", epoch 1: E_total ")
           .append(decrease > 0 ? "went down by " : "went up by ").append(num(Math.abs(decrease))).append('\n');
        return out.toString();
    }

    /**
     * The errata for the slides' last page, with the numbers the code computes. That page prints
     * the new E_o1, E_o2, E_total and then repeats the first pass's values under the same names.
     */
    public static String errata() {
        SlidesExample example = SlidesExample.slides();
        ForwardPass before = example.forward();
        ForwardPass after = example.forwardAgain();
        return "정오표 (errata): the slides' last page lists E_o1, E_o2 and E_total twice.\n"
                + "  after the update (right):        E_o1 = " + num(after.errorO1()) + ", E_o2 = "
                + num(after.errorO2()) + ", E_total = " + num(after.errorTotal()) + '\n'
                + "  repeated from the first pass:    E_o1 = " + num(before.errorO1()) + ", E_o2 = "
                + num(before.errorO2()) + ", E_total = " + num(before.errorTotal()) + '\n'
                + "  The second block belongs to the forward pass before the update; the error after\n"
                + "  one update is " + num(after.errorTotal()) + ", lower by "
                + num(example.decrease()) + ".\n";
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
           .append("activation = sigmoid, E = ½ Σ (target − output)², learning rate α = ")
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
        out.append("∂E_total/∂w5 = ∂E_total/∂o1 × ∂o1/∂z3 × ∂z3/∂w5   (chain rule, 연쇄법칙)\n");
        out.append("∂E_total/∂o1 = −(target_o1 − o1) = −(").append(num(s.target1())).append(" − ")
           .append(num(f.o1())).append(") = ").append(num(b.dEdo1())).append('\n');
        out.append("∂o1/∂z3 = o1 × (1 − o1) = ").append(num(f.o1())).append(" × (1 − ").append(num(f.o1()))
           .append(") = ").append(num(b.do1dz3())).append("   (sigmoid 미분)\n");
        out.append("∂z3/∂w5 = h1 = ").append(num(f.h1())).append('\n');
        weightGradient(out, 5, b.dEdo1(), b.do1dz3(), f.h1(), b.dEdw5(), w.w5(), learningRate);
        out.append("∂z3/∂w6 = h2 = ").append(num(f.h2())).append('\n');
        weightGradient(out, 6, b.dEdo1(), b.do1dz3(), f.h2(), b.dEdw6(), w.w6(), learningRate);
        out.append("∂E_total/∂o2 = −(target_o2 − o2) = −(").append(num(s.target2())).append(" − ")
           .append(num(f.o2())).append(") = ").append(num(b.dEdo2())).append('\n');
        out.append("∂o2/∂z4 = o2 × (1 − o2) = ").append(num(f.o2())).append(" × (1 − ").append(num(f.o2()))
           .append(") = ").append(num(b.do2dz4())).append("   (sigmoid 미분)\n");
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
        out.append("∂E_total/∂h1 = ∂E_o1/∂h1 + ∂E_o2/∂h1   (h1 feeds both o1 and o2)\n");
        hiddenPath(out, "o1", "h1", "z3", b.dEdo1(), b.do1dz3(), "w5", w.w5(), b.dEo1dh1());
        hiddenPath(out, "o2", "h1", "z4", b.dEdo2(), b.do2dz4(), "w7", w.w7(), b.dEo2dh1());
        out.append("∂E_total/∂h1 = ").append(num(b.dEo1dh1())).append(" + ").append(num(b.dEo2dh1()))
           .append(" = ").append(num(b.dEdh1())).append('\n');
        out.append("∂h1/∂z1 = h1 × (1 − h1) = ").append(num(f.h1())).append(" × (1 − ").append(num(f.h1()))
           .append(") = ").append(num(b.dh1dz1())).append("   (sigmoid 미분)\n");
        inputGradient(out, 1, "h1", "z1", b.dEdh1(), b.dh1dz1(), "x1", s.x1(), b.dEdw1(), w.w1(), learningRate);
        inputGradient(out, 2, "h1", "z1", b.dEdh1(), b.dh1dz1(), "x2", s.x2(), b.dEdw2(), w.w2(), learningRate);
        out.append("∂E_total/∂h2 = ∂E_o1/∂h2 + ∂E_o2/∂h2   (h2 feeds both o1 and o2)\n");
        hiddenPath(out, "o1", "h2", "z3", b.dEdo1(), b.do1dz3(), "w6", w.w6(), b.dEo1dh2());
        hiddenPath(out, "o2", "h2", "z4", b.dEdo2(), b.do2dz4(), "w8", w.w8(), b.dEo2dh2());
        out.append("∂E_total/∂h2 = ").append(num(b.dEo1dh2())).append(" + ").append(num(b.dEo2dh2()))
           .append(" = ").append(num(b.dEdh2())).append('\n');
        out.append("∂h2/∂z2 = h2 × (1 − h2) = ").append(num(f.h2())).append(" × (1 − ").append(num(f.h2()))
           .append(") = ").append(num(b.dh2dz2())).append("   (sigmoid 미분)\n");
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
        out.append("(stage 2 used the old w5–w8: the error reached h1 and h2 through them)\n");
        double[] gradient = b.gradient();
        for (int i = 1; i <= 8; i++) {
            out.append("w").append(i).append(": ").append(num(old.get(i))).append(" → ")
               .append(num(updated.get(i))).append("   (∂E_total/∂w").append(i).append(" = ")
               .append(num(gradient[i - 1])).append(")\n");
        }
        return out.toString();
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
        s.append("∂E_total/∂wi three ways: by hand (chain rule), by autograd (chapter 4), by central differences (h = ")
         .append(power(GradientCheck.H)).append(")\n");
        Table table = Table.of("", "by hand", "autograd", "differences", "|hand − autograd|", "|hand − differences|")
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
        s.append("largest difference: hand vs autograd ").append(below(worstAutograd, 1e-12))
         .append(", hand vs differences ").append(below(worstDifferences, 1e-8)).append('\n');
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
        s.append("learning rate = ").append(num(learningRate)).append(", ")
         .append(epochs).append(" epochs on the slides' sample\n\n");
        s.append("|Δw| in epoch 1, largest first:\n");
        Table first = Table.of("", "before", "after", "|Δw|").left(0).indent("  ");
        for (int i : movement.ranking(1)) {
            first.row("w" + i, num(path.get(0).get(i)), num(path.get(1).get(i)), num(movement.movedIn(1, i)));
        }
        s.append(first);
        Table byEpoch = Table.of("epoch", "E_total", "weights by |Δw| in that epoch, largest first").left(2);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            StringBuilder ranking = new StringBuilder();
            for (int i : movement.ranking(epoch)) {
                ranking.append(ranking.length() == 0 ? "w" : " w").append(i);
            }
            byEpoch.row(String.valueOf(epoch), num(ForwardPass.of(path.get(epoch), sample).errorTotal()),
                    ranking.toString());
        }
        s.append('\n').append(byEpoch);
        s.append("\ntotal |Δw| over ").append(epochs).append(" epochs: w5–w8 (output layer) ")
         .append(num(movement.outputLayer())).append(", w1–w4 (hidden layer) ").append(num(movement.hiddenLayer()))
         .append('\n');
        s.append("The output weights move most: their gradient is ∂E/∂o × o(1 − o) × h. A hidden weight's\n")
         .append("gradient has one more sigmoid slope (at most 0.25) and a small input x in its product.\n");
        return s.toString();
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
        s.append("E_total after n epochs (epoch 0: ").append(num(ForwardPass.of(start, sample).errorTotal()))
         .append("); scientific notation, because the errors span many decades\n");
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
        s.append("1) the slides' 2-2-2 network with every weight = ").append(num(Symmetry.START))
         .append(", learning rate 0.5\n");
        List<Weights> path = Symmetry.slidesPath(SYMMETRY_EPOCHS.get(SYMMETRY_EPOCHS.size() - 1));
        Table table = Table.of("epoch", "h1", "h2", "w1", "w3", "w2", "w4");
        for (int epoch : SYMMETRY_EPOCHS) {
            Weights w = path.get(epoch);
            ForwardPass f = ForwardPass.of(w, Sample.slides());
            table.row(String.valueOf(epoch), num(f.h1()), num(f.h2()), num(w.w1()), num(w.w3()), num(w.w2()),
                    num(w.w4()));
        }
        s.append(table);
        s.append("h1 = h2 and w1 = w3, w2 = w4 at every epoch: the two hidden units never become different.\n\n");

        List<Example> xor = Example.xor();
        Mlp symmetric = Symmetry.xorNetwork();
        TrainingHistory history = XorTraining.train(symmetric);
        s.append("2) XOR on a 2-2-1 network with every weight and bias = ").append(num(Symmetry.START))
         .append(", the settings of the XOR example\n");
        s.append("loss ").append(num(history.initialLoss())).append(" → ").append(num(history.finalLoss()))
         .append(" after ").append(XorTraining.EPOCHS).append(" epochs\n");
        s.append(network(symmetric)).append('\n');
        s.append(predictions(symmetric, xor));
        s.append("Both hidden units still hold the same weights, so (0, 1) and (1, 0) look alike to the\n")
         .append("output, and (1, 1) cannot be told apart from them: XOR is not learned.\n");
        return s.toString();
    }

    public static String xorTraining() {
        List<Example> xor = Example.xor();
        Mlp mlp = XorTraining.network(XorTraining.SEED);
        StringBuilder s = new StringBuilder();
        s.append("2-2-1 sigmoid network with biases, weights uniform in [-1, 1) from seed ").append(XorTraining.SEED)
         .append(", learning rate ").append(num(XorTraining.LEARNING_RATE)).append('\n');
        s.append(network(mlp)).append("\n\n");
        TrainingHistory history = XorTraining.train(mlp);
        s.append(lossTable(history, XOR_TABLE_EVERY)).append('\n');
        s.append("after ").append(XorTraining.EPOCHS).append(" epochs:\n").append(predictions(mlp, xor));
        s.append(network(mlp)).append("\n\n");
        Mlp stuck = XorTraining.network(XorTraining.STUCK_SEED);
        TrainingHistory stuckHistory = XorTraining.train(stuck);
        s.append("the same network from seed ").append(XorTraining.STUCK_SEED).append(": loss ")
         .append(num(stuckHistory.initialLoss())).append(" → ").append(num(stuckHistory.finalLoss()))
         .append(" after ").append(XorTraining.EPOCHS).append(" epochs (stuck: gradient descent found a local minimum)\n")
         .append(predictions(stuck, xor));
        return s.toString();
    }

    /** The loss at every {@code every}-th epoch, and at the last one. */
    public static String lossTable(TrainingHistory history, int every) {
        Require.notNull("history", history);
        Require.positive("every", every);
        List<Double> losses = history.losses();
        Table table = Table.of("epoch", "loss");
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
            s.append("diverged at epoch ").append(history.divergedAtEpoch())
             .append(": the loss is no longer a finite number; try a smaller learning rate\n");
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
                s.append("\n  unit ").append(j + 1).append(": w =");
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
