package backprop.mlp;

import static backprop.Format.f8;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import backprop.Require;

/**
 * The homework's question "which weights are updated a lot, which a little?" answered on the
 * slides' network: how far each of w1..w8 moves in every epoch.
 */
public final class WeightMovement {
    private WeightMovement() {}

    public static String report() {
        return report(Weights.slides(), Sample.slides(), SlidesExample.LEARNING_RATE, 10);
    }

    public static String report(Weights start, Sample sample, double learningRate, int epochs) {
        Require.positive("epochs", epochs);
        List<Weights> path = SlidesExample.train(start, sample, learningRate, epochs);
        StringBuilder s = new StringBuilder();
        s.append("learning rate = ").append(backprop.Format.num(learningRate)).append(", ")
         .append(epochs).append(" epochs on the slides' sample\n\n");
        s.append("|Δw| in epoch 1, largest first:\n");
        for (int i : ranking(path.get(0), path.get(1))) {
            s.append(String.format(Locale.ROOT, "  w%d  %s → %s  |Δw%d| = %s\n", i, f8(path.get(0).get(i)),
                    f8(path.get(1).get(i)), i, f8(Math.abs(path.get(1).get(i) - path.get(0).get(i)))));
        }
        s.append("\nepoch  E_total     weights by |Δw| in that epoch, largest first\n");
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double error = ForwardPass.of(path.get(epoch), sample).errorTotal();
            s.append(String.format(Locale.ROOT, "%5d  %s  ", epoch, f8(error)));
            for (int i : ranking(path.get(epoch - 1), path.get(epoch))) {
                s.append(" w").append(i);
            }
            s.append('\n');
        }
        Weights first = path.get(0);
        Weights last = path.get(epochs);
        double outputLayer = 0;
        double hiddenLayer = 0;
        for (int i = 1; i <= 8; i++) {
            double moved = Math.abs(last.get(i) - first.get(i));
            if (i <= 4) {
                hiddenLayer += moved;
            } else {
                outputLayer += moved;
            }
        }
        s.append("\ntotal |Δw| over ").append(epochs).append(" epochs: w5–w8 (output layer) ")
         .append(f8(outputLayer)).append(", w1–w4 (hidden layer) ").append(f8(hiddenLayer)).append('\n');
        s.append("The output weights move most: their gradient is ∂E/∂o × o(1 − o) × h. A hidden weight's\n")
         .append("gradient has one more sigmoid slope (at most 0.25) and a small input x in its product.\n");
        return s.toString();
    }

    /** Weight numbers 1..8, sorted by how far they moved from {@code before} to {@code after}. */
    static List<Integer> ranking(Weights before, Weights after) {
        List<Integer> order = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(after.get(i) - before.get(i)))
                .thenComparing(i -> i));
        return order;
    }
}
