package backprop.mlp;

import static backprop.Format.num;
import static backprop.Format.sci;

import java.util.Locale;

/**
 * Printing helpers for the chapter's exercises. They fix the output's format, so that grading
 * compares the numbers a student computed, not the way they were printed.
 */
public final class MlpExercises {
    private MlpExercises() {}

    /** Exercise 5.1: the hidden layer's gradients, and the weights after one update with α = 0.5. */
    public static void printHiddenGradients(double dEdh1, double dEdh2,
                                            double dEdw1, double dEdw2, double dEdw3, double dEdw4) {
        Weights w = Weights.slides();
        double alpha = SlidesExample.LEARNING_RATE;
        StringBuilder s = new StringBuilder();
        s.append("∂E_total/∂h1 = ").append(num(dEdh1)).append('\n');
        s.append("∂E_total/∂h2 = ").append(num(dEdh2)).append('\n');
        double[] gradient = {dEdw1, dEdw2, dEdw3, dEdw4};
        for (int i = 0; i < 4; i++) {
            s.append("∂E_total/∂w").append(i + 1).append(" = ").append(num(gradient[i]))
             .append("   w").append(i + 1).append("+ = ").append(num(w.get(i + 1))).append(" − ")
             .append(num(alpha)).append(" × ").append(num(gradient[i])).append(" = ")
             .append(num(w.get(i + 1) - alpha * gradient[i])).append('\n');
        }
        System.out.print(s);
    }

    /** Exercise 5.2: the header of the tuning table. */
    public static void printTuningHeader() {
        System.out.println("   α   E_total after 1, 10, 100 epochs        weight that moved most in 100 epochs");
    }

    /**
     * Exercise 5.2: one learning rate's row. {@code mostMoved} is the weight's number, 1 to 8, and
     * {@code distance} how far it moved, |w(100) − w(0)|.
     */
    public static void printTuningRow(double learningRate, double errorAfter1, double errorAfter10,
                                      double errorAfter100, int mostMoved, double distance) {
        System.out.println(String.format(Locale.ROOT, "%4s   %10s %10s %10s        w%d (|Δw| = %s)",
                num(learningRate), sci(errorAfter1), sci(errorAfter10), sci(errorAfter100),
                mostMoved, num(distance)));
    }

    /** Exercise 5.3: the header of the symmetry table. */
    public static void printSymmetryHeader() {
        System.out.println("every weight starts at 0.5, learning rate 0.5, the slides' sample");
        System.out.println("epoch  h1          h2          ∂E_total/∂h1  ∂E_total/∂h2  h1 = h2?");
    }

    /**
     * Exercise 5.3: one epoch's row, the two hidden outputs and the gradients that reach them.
     * "h1 = h2?" compares the printed values, rounded to the 8 decimals the chapter works in.
     */
    public static void printSymmetryRow(int epoch, double h1, double h2, double dEdh1, double dEdh2) {
        boolean same = num(h1).equals(num(h2)) && num(dEdh1).equals(num(dEdh2));
        System.out.println(String.format(Locale.ROOT, "%5d  %s  %s  %12s  %12s  %s", epoch, num(h1), num(h2),
                num(dEdh1), num(dEdh2), same ? "yes" : "no"));
    }

    /**
     * Exercise 5.3: the weights after training, and which pairs are still equal (to 8 decimals):
     * the pairs that belong to the two hidden units (w1/w3, w2/w4, w5/w6, w7/w8) and, for
     * contrast, two pairs that symmetry does not tie together (w1/w2, w5/w7).
     */
    public static void printSymmetryWeights(Weights after) {
        backprop.Require.notNull("after", after);
        StringBuilder s = new StringBuilder("weights after training:\n");
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
