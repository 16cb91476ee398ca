package backprop.matrix;

import backprop.Require;

/**
 * y = max(0, x) for every entry of the batch. Backward lets the upstream gradient through where
 * x was not negative and stops it below: ReLU's slope is 1 on the right and 0 on the left. At the
 * kink x = 0 it uses the right-hand slope 1, chapter 3's convention (DLfS's mask stops it there;
 * an input of exactly 0 almost never happens in training).
 */
public final class ReluLayer implements MatrixLayer {
    private Matrix x;

    @Override
    public Matrix forward(Matrix x) {
        Require.notNull("x", x);
        this.x = x;
        double[] in = x.data();
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] > 0 ? in[i] : 0.0;
        }
        return Matrix.wrap(x.rows(), x.columns(), out);
    }

    /** dX = dY where x ≥ 0, 0 where x &lt; 0. */
    @Override
    public Matrix backward(Matrix dY) {
        if (x == null) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        SigmoidLayer.checkShape(dY, x);
        double[] in = x.data();
        double[] up = dY.data();
        double[] dX = new double[up.length];
        for (int i = 0; i < up.length; i++) {
            dX[i] = in[i] >= 0 ? up[i] : 0.0;
        }
        return Matrix.wrap(x.rows(), x.columns(), dX);
    }

    @Override
    public String toString() {
        return "ReLU";
    }
}
