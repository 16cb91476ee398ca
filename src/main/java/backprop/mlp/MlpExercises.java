package backprop.mlp;

import static backprop.Format.f8;
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
        s.append("∂E_total/∂h1 = ").append(f8(dEdh1)).append('\n');
        s.append("∂E_total/∂h2 = ").append(f8(dEdh2)).append('\n');
        double[] gradient = {dEdw1, dEdw2, dEdw3, dEdw4};
        for (int i = 0; i < 4; i++) {
            s.append("∂E_total/∂w").append(i + 1).append(" = ").append(f8(gradient[i]))
             .append("   w").append(i + 1).append("+ = ").append(num(w.get(i + 1))).append(" − ")
             .append(num(alpha)).append(" × ").append(f8(gradient[i])).append(" = ")
             .append(f8(w.get(i + 1) - alpha * gradient[i])).append('\n');
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
                mostMoved, f8(distance)));
    }
}
