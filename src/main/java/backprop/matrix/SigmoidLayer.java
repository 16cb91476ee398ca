package backprop.matrix;

import backprop.Require;
import backprop.activation.Sigmoid;

/**
 * y = σ(x) for every entry of the batch, with chapter 3's sigmoid. Backward multiplies entry by
 * entry by σ'(x) = y(1 − y), which needs only the output it remembered: chapter 5's o(1 − o).
 */
public final class SigmoidLayer implements MatrixLayer {
    private Matrix y;

    @Override
    public Matrix forward(Matrix x) {
        Require.notNull("x", x);
        double[] in = x.data();
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Sigmoid.sigmoid(in[i]);
        }
        y = Matrix.wrap(x.rows(), x.columns(), out);
        return y;
    }

    /** dX = dY ⊙ y ⊙ (1 − y). */
    @Override
    public Matrix backward(Matrix dY) {
        if (y == null) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        checkShape(dY, y);
        double[] up = dY.data();
        double[] out = y.data();
        double[] dX = new double[up.length];
        for (int i = 0; i < up.length; i++) {
            dX[i] = up[i] * (out[i] * (1.0 - out[i]));
        }
        return Matrix.wrap(y.rows(), y.columns(), dX);
    }

    static void checkShape(Matrix dY, Matrix output) {
        Require.notNull("dY", dY);
        if (dY.rows() != output.rows() || dY.columns() != output.columns()) {
            throw new IllegalArgumentException("dY must be " + output.shape() + " like the output, got " + dY.shape());
        }
    }

    @Override
    public String toString() {
        return "Sigmoid";
    }
}
