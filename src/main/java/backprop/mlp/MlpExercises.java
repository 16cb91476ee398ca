package backprop.mlp;

import static backprop.Format.num;
import static backprop.Format.sci;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import backprop.Require;
import backprop.Table;

/**
 * Printing helpers for the chapter's exercises. They fix the output's format, so that grading
 * compares the numbers (or, in 5.2, the names) a student wrote, not the way they were printed.
 */
public final class MlpExercises {
    private MlpExercises() {}

    // ----- 5.1 the full step -----------------------------------------------------------------

    /** Exercise 5.1: the forward pass's outputs and error. */
    public static void printForward(double h1, double h2, double o1, double o2, double errorTotal) {
        System.out.print("순전파(forward pass)\n"
                + "  h1 = " + num(h1) + ", h2 = " + num(h2) + "\n"
                + "  o1 = " + num(o1) + ", o2 = " + num(o2) + "\n"
                + "  E_total = " + num(errorTotal) + "\n");
    }

    /** Exercise 5.1: backward stage 1, the output nodes' δ and the output weights' gradients. */
    public static void printStage1(double delta3, double delta4,
                                   double dEdw5, double dEdw6, double dEdw7, double dEdw8) {
        System.out.print("역전파 1단계(backward stage 1)\n"
                + "  δ3 = ∂E_total/∂z3 = " + num(delta3) + ", δ4 = ∂E_total/∂z4 = " + num(delta4) + "\n"
                + gradients(5, dEdw5, dEdw6, dEdw7, dEdw8));
    }

    /** Exercise 5.1: backward stage 2, through ∂E_total/∂h and the hidden nodes' δ. */
    public static void printStage2(double dEdh1, double dEdh2, double delta1, double delta2,
                                   double dEdw1, double dEdw2, double dEdw3, double dEdw4) {
        System.out.print("역전파 2단계(backward stage 2)\n"
                + "  ∂E_total/∂h1 = " + num(dEdh1) + ", ∂E_total/∂h2 = " + num(dEdh2) + "\n"
                + "  δ1 = ∂E_total/∂z1 = " + num(delta1) + ", δ2 = ∂E_total/∂z2 = " + num(delta2) + "\n"
                + gradients(1, dEdw1, dEdw2, dEdw3, dEdw4));
    }

    private static String gradients(int first, double... dEdw) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < dEdw.length; k++) {
            s.append(k % 2 == 0 ? "  " : ", ").append("∂E_total/∂w").append(first + k).append(" = ").append(num(dEdw[k]));
            if (k % 2 == 1) {
                s.append('\n');
            }
        }
        return s.toString();
    }

    /** Exercise 5.1: the eight weights before and after the gradient-descent step. */
    public static void printUpdate(Weights before, Weights after) {
        Require.notNull("before", before);
        Require.notNull("after", after);
        StringBuilder s = new StringBuilder("경사하강법(gradient descent)으로 갱신\n");
        for (int i = 1; i <= 8; i++) {
            s.append("  w").append(i).append(": ").append(num(before.get(i))).append(" → ").append(num(after.get(i)))
             .append('\n');
        }
        System.out.print(s);
    }

    /** Exercise 5.1: the error after the step, and how much the one step lowered it. */
    public static void printDecrease(double errorBefore, double errorAfter) {
        System.out.print("업데이트된 가중치로 다시 순전파(forward pass again)\n"
                + "  E_total = " + num(errorAfter) + "\n"
                + "  줄어든 오차 = " + num(errorBefore) + " − " + num(errorAfter) + " = "
                + num(errorBefore - errorAfter) + "\n");
    }

    // ----- 5.2 commenting the backprop code -----------------------------------------------------

    /** Exercise 5.2: an empty table of labelled lines; {@link Labels#label} adds a row. */
    public static Labels labels() {
        return new Labels();
    }

    /**
     * The slide names of each per-layer quantity, in the 2-2-2 network's layer 2 (the output
     * layer: out = o, in = h) and layer 1 (the hidden layer: out = h, in = x).
     */
    static final Map<String, List<List<String>>> SLIDE_NAMES = Map.of(
            "∂E/∂out", List.of(
                    List.of("∂E_total/∂h1", "∂E_total/∂h2"),
                    List.of("∂E_total/∂o1", "∂E_total/∂o2")),
            "∂out/∂z", List.of(
                    List.of("∂h1/∂z1", "∂h2/∂z2"),
                    List.of("∂o1/∂z3", "∂o2/∂z4")),
            "δ = ∂E/∂z", List.of(
                    List.of("δ1", "δ2"),
                    List.of("δ3", "δ4")),
            "∂E/∂w", List.of(
                    List.of("∂E_total/∂w1", "∂E_total/∂w2", "∂E_total/∂w3", "∂E_total/∂w4"),
                    List.of("∂E_total/∂w5", "∂E_total/∂w6", "∂E_total/∂w7", "∂E_total/∂w8")),
            "∂E/∂in", List.of(
                    List.of("∂E_total/∂x1", "∂E_total/∂x2"),
                    List.of("∂E_total/∂h1", "∂E_total/∂h2")),
            "∂z/∂w", List.of(
                    List.of("∂z1/∂w1", "∂z1/∂w2", "∂z2/∂w3", "∂z2/∂w4"),
                    List.of("∂z3/∂w5", "∂z3/∂w6", "∂z4/∂w7", "∂z4/∂w8")),
            "∂z/∂in", List.of(
                    List.of("∂z1/∂x1", "∂z1/∂x2", "∂z2/∂x1", "∂z2/∂x2"),
                    List.of("∂z3/∂h1", "∂z3/∂h2", "∂z4/∂h1", "∂z4/∂h2")),
            "w+", List.of(
                    List.of("w1+", "w2+", "w3+", "w4+"),
                    List.of("w5+", "w6+", "w7+", "w8+")));

    /**
     * Exercise 5.2's table: one row per line of the backward routine, the name the student gave
     * the line, and its values under the slides' names for that layer. A name that is not one of
     * {@link #SLIDE_NAMES} is printed as it is, with the values in brackets.
     */
    public static final class Labels {
        private final Table table = Table.of("층", "이 줄이 계산하는 것", "슬라이드의 이름과 값").left(1, 2);

        private Labels() {}

        /** A row for a vector, e.g. the two δ of a layer; returns the values, so it can wrap the line. */
        public double[] label(int layer, String name, double[] values) {
            Require.notNull("values", values);
            row(layer, name, values.clone());
            return values;
        }

        /** A row for a layer's weights or their gradients, {@code values[j][i]}, unit j's weight from input i. */
        public double[][] label(int layer, String name, double[][] values) {
            Require.notNull("values", values);
            List<Double> flat = new ArrayList<>();
            for (double[] row : values) {
                for (double v : Require.notNull("values[]", row)) {
                    flat.add(v);
                }
            }
            row(layer, name, flat.stream().mapToDouble(Double::doubleValue).toArray());
            return values;
        }

        private void row(int layer, String name, double[] values) {
            if (layer != 1 && layer != 2) {
                throw new IllegalArgumentException("layer must be 1 (hidden) or 2 (output), got " + layer);
            }
            Require.notNull("name", name);
            List<List<String>> names = SLIDE_NAMES.get(name.strip());
            StringBuilder cell = new StringBuilder();
            if (names != null && names.get(layer - 1).size() == values.length) {
                List<String> slideNames = names.get(layer - 1);
                for (int k = 0; k < values.length; k++) {
                    cell.append(k == 0 ? "" : ", ").append(slideNames.get(k)).append(" = ").append(num(values[k]));
                }
            } else {
                cell.append('[');
                for (int k = 0; k < values.length; k++) {
                    cell.append(k == 0 ? "" : ", ").append(num(values[k]));
                }
                cell.append(']');
            }
            table.row(String.valueOf(layer), name, cell.toString());
        }

        /** Prints the table. */
        public void print() {
            System.out.print(table);
        }
    }

    // ----- 5.3 tuning ------------------------------------------------------------------------

    /** Exercise 5.3: an empty table of experiments; {@link Tuning#row} adds one. */
    public static Tuning tuning() {
        return new Tuning();
    }

    /** Exercise 5.3's table: one row per experiment, what it changed from the baseline and what moved. */
    public static final class Tuning {
        private final Table table = Table.of("바꾼 것", "E_total", "가장 많이 움직인 가중치", "|Δw|",
                "출력층 합", "은닉층 합", "출력층 ÷ 은닉층").left(0, 2);

        private Tuning() {}

        /**
         * One experiment: {@code mostMoved} is the number 1…8 of the weight that moved farthest
         * from its start, {@code distance} how far; {@code outputLayer} and {@code hiddenLayer} sum
         * |w(end) − w(start)| over w5–w8 and over w1–w4.
         */
        public void row(String change, double errorAfter, int mostMoved, double distance,
                        double outputLayer, double hiddenLayer) {
            Require.notNull("change", change);
            table.row(change, sci(errorAfter), "w" + mostMoved, num(distance), num(outputLayer), num(hiddenLayer),
                    hiddenLayer == 0 ? "-" : num(Math.round(100 * outputLayer / hiddenLayer) / 100.0));
        }

        /** Prints the table. */
        public void print() {
            System.out.print(table);
        }
    }

    // ----- 5.4 symmetric weights ---------------------------------------------------------------

    /** Exercise 5.4: the header of the symmetry table. */
    public static void printSymmetryHeader() {
        System.out.println("모든 가중치 0.5에서 시작, 학습률 0.5, 슬라이드의 입력");
        System.out.println("epoch  h1          h2          ∂E_total/∂h1  ∂E_total/∂h2  h1 = h2?");
    }

    /**
     * Exercise 5.4: one epoch's row, the two hidden outputs and the gradients that reach them.
     * "h1 = h2?" compares the printed values, rounded to the 8 decimals the chapter works in.
     */
    public static void printSymmetryRow(int epoch, double h1, double h2, double dEdh1, double dEdh2) {
        boolean same = num(h1).equals(num(h2)) && num(dEdh1).equals(num(dEdh2));
        System.out.println(String.format(Locale.ROOT, "%5d  %s  %s  %12s  %12s  %s", epoch, num(h1), num(h2),
                num(dEdh1), num(dEdh2), same ? "예" : "아니요"));
    }

    /**
     * Exercise 5.4: the weights after training, and which pairs are still equal (to 8 decimals):
     * the pairs that belong to the two hidden units (w1/w3, w2/w4, w5/w6, w7/w8) and, for
     * contrast, two pairs that symmetry does not tie together (w1/w2, w5/w7).
     */
    public static void printSymmetryWeights(Weights after) {
        Require.notNull("after", after);
        StringBuilder s = new StringBuilder("학습이 끝난 가중치:\n");
        for (int i = 1; i <= 8; i++) {
            s.append("  w").append(i).append(" = ").append(num(after.get(i))).append('\n');
        }
        int[][] pairs = {{1, 3}, {2, 4}, {5, 6}, {7, 8}, {1, 2}, {5, 7}};
        for (int[] pair : pairs) {
            boolean same = num(after.get(pair[0])).equals(num(after.get(pair[1])));
            s.append("  w").append(pair[0]).append(same ? " = w" : " ≠ w").append(pair[1]).append('\n');
        }
        System.out.print(s);
    }
}
