package backprop.matrix;

import backprop.Require;

/**
 * Softmax and cross-entropy as one layer, DLfS's {@code SoftmaxWithLoss}. For each example (a row
 * of scores x, the last Affine's output):
 * <pre>
 *   y_k = e^(x_k) / Σ_m e^(x_m)          softmax: positive outputs that add up to 1
 *   L_n = −Σ_k t_k·log y_k               cross-entropy: −log of the right class's y for a one-hot t
 *   L   = (1/N)·Σ_n L_n                  the batch's mean
 * </pre>
 * and backward is ∂L/∂x = (y − t)/N. The two functions' derivatives cancel so well that the
 * output error reaches the scores without any σ'-like factor: that is the point of putting them
 * in one layer.
 */
public final class SoftmaxWithLoss implements LossLayer {
    private Matrix y;
    private Matrix t;

    /** Softmax of every row. */
    public static Matrix softmax(Matrix x) {
        Require.notNull("x", x);
        double[] y = new double[x.rows() * x.columns()];
        for (int n = 0; n < x.rows(); n++) {
            softmaxRow(x.data(), y, n * x.columns(), x.columns());
        }
        return Matrix.wrap(x.rows(), x.columns(), y);
    }

    /**
     * Softmax of the row of scores x[offset … offset + length) into the same place of y; returns
     * max + log Σ_m e^(x_m − max), which is log Σ_m e^(x_m). The row's largest score is subtracted
     * first, which leaves y the same but keeps e^x from overflowing.
     */
    private static double softmaxRow(double[] x, double[] y, int offset, int length) {
        double max = x[offset];
        for (int k = 1; k < length; k++) {
            max = Math.max(max, x[offset + k]);
        }
        double sum = 0;
        for (int k = 0; k < length; k++) {
            y[offset + k] = StrictMath.exp(x[offset + k] - max);
            sum += y[offset + k];
        }
        for (int k = 0; k < length; k++) {
            y[offset + k] /= sum;
        }
        return max + StrictMath.log(sum);
    }

    /**
     * The mean cross-entropy of softmax(x) against the targets t (each row a one-hot vector, or
     * any shares that add up to 1). The logarithm is taken of the softmax in its exact form,
     * log y_k = x_k − (max + log Σ_m e^(x_m − max)), so a y that rounds to 0 still gives a finite
     * loss (DLfS adds 1e-7 inside the log for the same reason).
     */
    @Override
    public double forward(Matrix x, Matrix t) {
        Require.notNull("x", x);
        Require.notNull("t", t);
        if (t.rows() != x.rows() || t.columns() != x.columns()) {
            throw new IllegalArgumentException("t must be " + x.shape() + " like x, got " + t.shape());
        }
        int columns = x.columns();
        double[] scores = x.data();
        double[] target = t.data();
        double[] y = new double[scores.length];
        double loss = 0;
        for (int n = 0; n < x.rows(); n++) {
            int row = n * columns;
            double logSum = softmaxRow(scores, y, row, columns);
            for (int k = row; k < row + columns; k++) {
                if (target[k] != 0) {
                    loss -= target[k] * (scores[k] - logSum);
                }
            }
        }
        this.y = Matrix.wrap(x.rows(), x.columns(), y);
        this.t = t;
        return loss / x.rows();
    }

    /** ∂L/∂x = (y − t)/N. */
    @Override
    public Matrix backward() {
        if (y == null) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        return SquaredErrorLoss.difference(y, t);
    }

    /** The softmax of the last forward pass: the network's probabilities, one row per example. */
    public Matrix y() {
        if (y == null) {
            throw new IllegalStateException("there is no output before a forward pass");
        }
        return y;
    }

    @Override
    public String toString() {
        return "SoftmaxWithLoss";
    }
}
