package backprop.matrix;

import java.util.List;

import backprop.Require;
import backprop.mlp.Example;

/**
 * Examples stacked into two matrices, one example per row: the inputs x (N × inputs) and the
 * targets t (N × outputs). Row n of both is the same example.
 */
public record Batch(Matrix x, Matrix t) {

    public Batch {
        Require.notNull("x", x);
        Require.notNull("t", t);
        if (x.rows() != t.rows()) {
            throw new IllegalArgumentException("t must have one row per row of x (" + x.rows() + "), got " + t.rows());
        }
    }

    /** Chapter 5's examples, one per row, in their order. */
    public static Batch of(List<Example> examples) {
        Require.nonEmpty("examples", examples);
        double[][] x = new double[examples.size()][];
        double[][] t = new double[examples.size()][];
        for (int n = 0; n < examples.size(); n++) {
            Example e = Require.notNull("examples[" + n + "]", examples.get(n));
            x[n] = e.input();
            t[n] = e.target();
        }
        return new Batch(Matrix.of(x), Matrix.of(t));
    }

    /** How many examples: the number of rows N. */
    public int size() {
        return x.rows();
    }

    /** The examples {@code order[from]} … {@code order[to − 1]}, stacked in that order. */
    Batch rows(int[] order, int from, int to) {
        return new Batch(x.rows(order, from, to), t.rows(order, from, to));
    }

    /** Short, for JShell: {@code Batch[1438 examples, x 1438×64, t 1438×10]}. */
    @Override
    public String toString() {
        return "Batch[" + size() + (size() == 1 ? " example" : " examples") + ", x " + x.shape() + ", t " + t.shape() + "]";
    }
}
