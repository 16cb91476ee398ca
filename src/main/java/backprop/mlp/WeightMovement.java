package backprop.mlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import backprop.Require;

/**
 * The homework's question "which weights are updated a lot, which a little?", answered on the
 * slides' network: the weights before training (index 0) and after every epoch, and how far
 * each of w1..w8 moved.
 */
public record WeightMovement(List<Weights> path) {

    public WeightMovement {
        Require.notNull("path", path);
        if (path.size() < 2) {
            throw new IllegalArgumentException("path must hold the start and at least one epoch, got " + path.size()
                    + " weights");
        }
        path = List.copyOf(path);
    }

    /** The slides' update repeated {@code epochs} times from {@code start}. */
    public static WeightMovement of(Weights start, Sample sample, double learningRate, int epochs) {
        return new WeightMovement(SlidesExample.train(start, sample, learningRate, epochs));
    }

    /** The slides' weights and sample, α = 0.5. */
    public static WeightMovement slides(int epochs) {
        return of(Weights.slides(), Sample.slides(), SlidesExample.LEARNING_RATE, epochs);
    }

    public int epochs() {
        return path.size() - 1;
    }

    public Weights start() {
        return path.get(0);
    }

    public Weights end() {
        return path.get(epochs());
    }

    /** |wi after the last epoch − wi at the start|, for i = 1..8. */
    public double moved(int i) {
        return Math.abs(end().get(i) - start().get(i));
    }

    /** {@link #moved(int)} for all eight weights, w1 first. */
    public double[] moved() {
        double[] moved = new double[8];
        for (int i = 1; i <= 8; i++) {
            moved[i - 1] = moved(i);
        }
        return moved;
    }

    /** |Δwi| in epoch {@code epoch}: how far wi moved in that one update. */
    public double movedIn(int epoch, int i) {
        checkEpoch(epoch);
        return Math.abs(path.get(epoch).get(i) - path.get(epoch - 1).get(i));
    }

    /** Weight numbers 1..8, by how far they moved in epoch {@code epoch}, largest first. */
    public List<Integer> ranking(int epoch) {
        checkEpoch(epoch);
        return ranking(path.get(epoch - 1), path.get(epoch));
    }

    /** Σ moved(i) over w1–w4, the hidden layer's weights. */
    public double hiddenLayer() {
        double sum = 0;
        for (int i = 1; i <= 4; i++) {
            sum += moved(i);
        }
        return sum;
    }

    /** Σ moved(i) over w5–w8, the output layer's weights. */
    public double outputLayer() {
        double sum = 0;
        for (int i = 5; i <= 8; i++) {
            sum += moved(i);
        }
        return sum;
    }

    private void checkEpoch(int epoch) {
        if (epoch < 1 || epoch > epochs()) {
            throw new IllegalArgumentException("epoch must be between 1 and " + epochs() + ", got " + epoch);
        }
    }

    /** Weight numbers 1..8, sorted by how far they moved from {@code before} to {@code after}; ties by number. */
    static List<Integer> ranking(Weights before, Weights after) {
        List<Integer> order = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(after.get(i) - before.get(i)))
                .thenComparing(i -> i));
        return order;
    }
}
