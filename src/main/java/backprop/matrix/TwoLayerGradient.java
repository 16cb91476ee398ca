package backprop.matrix;

import java.util.Arrays;

import backprop.Format;
import backprop.Require;

/**
 * ∂L/∂W and ∂L/∂b of a {@link TwoLayerNet}'s two Affine layers, DLfS's {@code grads['W1']},
 * {@code grads['b1']}, {@code grads['W2']}, {@code grads['b2']}.
 */
public record TwoLayerGradient(Matrix dW1, double[] db1, Matrix dW2, double[] db2) {

    public TwoLayerGradient {
        Require.notNull("dW1", dW1);
        Require.length("db1", db1, dW1.columns());
        Require.notNull("dW2", dW2);
        Require.length("db2", db2, dW2.columns());
        db1 = db1.clone();
        db2 = db2.clone();
    }

    @Override
    public double[] db1() {
        return db1.clone();
    }

    @Override
    public double[] db2() {
        return db2.clone();
    }

    /** The largest |difference| from {@code other} in dW1, db1, dW2 and db2, in that order. */
    public double[] differences(TwoLayerGradient other) {
        Require.notNull("other", other);
        return new double[] {dW1.maxDifference(other.dW1), maxDifference(db1, other.db1),
                             dW2.maxDifference(other.dW2), maxDifference(db2, other.db2)};
    }

    private static double maxDifference(double[] a, double[] b) {
        Require.length("other's biases", b, a.length);
        double max = 0;
        for (int j = 0; j < a.length; j++) {
            max = Math.max(max, Math.abs(a[j] - b[j]));
        }
        return max;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TwoLayerGradient g && dW1.equals(g.dW1) && Arrays.equals(db1, g.db1)
                && dW2.equals(g.dW2) && Arrays.equals(db2, g.db2);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * dW1.hashCode() + Arrays.hashCode(db1)) + dW2.hashCode()) + Arrays.hashCode(db2);
    }

    @Override
    public String toString() {
        return "TwoLayerGradient[dW1 " + dW1.shape() + ", db1 " + vector(db1) + ", dW2 " + dW2.shape() + ", db2 "
                + vector(db2) + "]";
    }

    private static String vector(double[] v) {
        if (v.length > 4) {
            return v.length + " values";
        }
        StringBuilder s = new StringBuilder("[");
        for (int j = 0; j < v.length; j++) {
            s.append(j == 0 ? "" : ", ").append(Format.num(v[j]));
        }
        return s.append(']').toString();
    }
}
