package backprop.mlp;

import java.util.Arrays;

import backprop.Format;
import backprop.Require;

/**
 * ∂E/∂W and ∂E/∂b of one {@link Layer}, the pair DLfS's {@code grads} holds per layer:
 * {@code dW[j][i]} = ∂E/∂w_ji for the weight from input i to unit j, {@code db[j]} = ∂E/∂b_j.
 * For a layer without bias, db is all zero.
 */
public record LayerGradient(double[][] dW, double[] db) {

    public LayerGradient {
        Require.notNull("dW", dW);
        Require.notNull("db", db);
        if (dW.length != db.length) {
            throw new IllegalArgumentException("dW must have one row per unit like db (" + db.length + "), got "
                    + dW.length);
        }
        double[][] copy = new double[dW.length][];
        for (int j = 0; j < dW.length; j++) {
            Require.notNull("dW[" + j + "]", dW[j]);
            if (dW[j].length != dW[0].length) {
                throw new IllegalArgumentException("dW[" + j + "] must have length " + dW[0].length + ", got "
                        + dW[j].length);
            }
            copy[j] = dW[j].clone();
        }
        dW = copy;
        db = db.clone();
    }

    @Override
    public double[][] dW() {
        double[][] copy = new double[dW.length][];
        for (int j = 0; j < dW.length; j++) {
            copy[j] = dW[j].clone();
        }
        return copy;
    }

    @Override
    public double[] db() {
        return db.clone();
    }

    /** ∂E/∂w_ji, from input i to unit j. */
    public double dW(int j, int i) {
        return dW[j][i];
    }

    /** ∂E/∂b_j. */
    public double db(int j) {
        return db[j];
    }

    public int units() {
        return db.length;
    }

    public int inputs() {
        return dW.length == 0 ? 0 : dW[0].length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerGradient g && Arrays.deepEquals(dW, g.dW) && Arrays.equals(db, g.db);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(dW) + Arrays.hashCode(db);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("LayerGradient[dW=[");
        for (int j = 0; j < dW.length; j++) {
            s.append(j == 0 ? "[" : ", [");
            for (int i = 0; i < dW[j].length; i++) {
                s.append(i == 0 ? "" : ", ").append(Format.num(dW[j][i]));
            }
            s.append(']');
        }
        s.append("], db=[");
        for (int j = 0; j < db.length; j++) {
            s.append(j == 0 ? "" : ", ").append(Format.num(db[j]));
        }
        return s.append("]]").toString();
    }
}
