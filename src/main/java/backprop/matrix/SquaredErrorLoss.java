package backprop.matrix;

import backprop.Require;

/**
 * The slides' loss on a batch: each example's E = ½ Σ_k (t_k − y_k)², and L the batch's mean
 * (chapter 6's loss and its mean gradient). Backward is ∂L/∂y = (y − t)/N: for one example,
 * chapter 5's ∂E_total/∂o1 = −(target_o1 − o1).
 *
 * <p>The slides and chapter 6 put a sigmoid under it ({@link SigmoidLayer}), whose backward then
 * multiplies by y(1 − y): the factor that {@link SoftmaxWithLoss} does without.
 */
public final class SquaredErrorLoss implements LossLayer {
    private Matrix y;
    private Matrix t;

    @Override
    public double forward(Matrix y, Matrix t) {
        Require.notNull("y", y);
        Require.notNull("t", t);
        if (t.rows() != y.rows() || t.columns() != y.columns()) {
            throw new IllegalArgumentException("t must be " + y.shape() + " like y, got " + t.shape());
        }
        this.y = y;
        this.t = t;
        double[] out = y.data();
        double[] target = t.data();
        double sum = 0;
        for (int n = 0; n < y.rows(); n++) {
            double e = 0;
            for (int k = n * y.columns(); k < (n + 1) * y.columns(); k++) {
                double d = target[k] - out[k];
                e += 0.5 * d * d;
            }
            sum += e;
        }
        return sum / y.rows();
    }

    /** ∂L/∂y = (y − t)/N. */
    @Override
    public Matrix backward() {
        if (y == null) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        return difference(y, t);
    }

    /** (y − t)/N, entry by entry: where both losses start backpropagation. */
    static Matrix difference(Matrix y, Matrix t) {
        double[] out = y.data();
        double[] target = t.data();
        double[] d = new double[out.length];
        int n = y.rows();
        for (int i = 0; i < out.length; i++) {
            d[i] = (out[i] - target[i]) / n;
        }
        return Matrix.wrap(y.rows(), y.columns(), d);
    }

    @Override
    public String toString() {
        return "SquaredErrorLoss";
    }
}
