package backprop.matrix;

import backprop.Require;

/**
 * The fully connected layer on a batch, DLfS's {@code Affine}: Y = X·W + b, with X of N × inputs
 * (one example per row), W of inputs × units and b one bias per unit, added to every row.
 *
 * <p>Chapter 5 wrote the same layer unit by unit, z_j = Σ_i w_ji·x_i + b_j. Here W(i, j) is the
 * weight from input i to unit j: chapter 6's {@code weights[j][i]}, transposed, so that a batch's
 * rows multiply from the left. Backward, for the upstream gradient dY = ∂L/∂Y (N × units):
 * <pre>
 *   dW = Xᵀ·dY     entry (i, j) = Σ_n x_ni·dY_nj: chapter 5's δ_j·x_i, summed over the batch
 *   db = Σ_n dY_n   the rows of dY added up: each example's δ_j, summed over the batch
 *   dX = dY·Wᵀ     entry (n, i) = Σ_j dY_nj·w_ij: every unit's path back to input i, added up
 * </pre>
 */
public final class Affine implements MatrixLayer {
    private Matrix w;
    private double[] b;
    private final boolean hasBias;

    // The last forward pass's input, and the gradients of the last backward pass.
    private Matrix x;
    private Matrix dW;
    private double[] db;

    private Affine(Matrix w, double[] b, boolean hasBias) {
        this.w = w;
        this.b = b;
        this.hasBias = hasBias;
    }

    /** A layer with weights {@code w} (inputs × units) and biases {@code b}, or null for none. */
    public static Affine of(Matrix w, double[] b) {
        Require.notNull("w", w);
        double[] biases = new double[w.columns()];
        if (b != null) {
            Require.length("b", b, w.columns());
            biases = Require.allFinite("b", b).clone();
        }
        return new Affine(w, biases, b != null);
    }

    public int inputs() {
        return w.rows();
    }

    public int units() {
        return w.columns();
    }

    public boolean hasBias() {
        return hasBias;
    }

    /** The weights, inputs × units. */
    public Matrix W() {
        return w;
    }

    /** A copy of the biases; all zero for a layer without bias. */
    public double[] b() {
        return b.clone();
    }

    /** Y = X·W + b; remembers X for {@link #backward}. */
    @Override
    public Matrix forward(Matrix x) {
        Require.notNull("x", x);
        if (x.columns() != inputs()) {
            throw new IllegalArgumentException("x must have " + inputs() + " columns (one per input), got " + x.shape());
        }
        this.x = x;
        return hasBias ? x.dotPlusRow(w, b) : x.dot(w);
    }

    /** dW = Xᵀ·dY and db = Σ_n dY_n, kept for {@link #dW()} and {@link #db()}; returns dX = dY·Wᵀ. */
    @Override
    public Matrix backward(Matrix dY) {
        backwardToWeights(dY);
        // The weights of this forward pass, before any update: the error flows back the way it came.
        return dY.dotTranspose(w);
    }

    /**
     * dW and db only, without dX: for the first layer, whose input (the pixels) has nothing to
     * learn, so that its dX would go nowhere.
     */
    void backwardToWeights(Matrix dY) {
        if (x == null) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        Require.notNull("dY", dY);
        if (dY.rows() != x.rows() || dY.columns() != units()) {
            throw new IllegalArgumentException("dY must be " + x.rows() + "×" + units() + " like the output, got "
                    + dY.shape());
        }
        dW = x.transposeDot(dY);
        db = dY.columnSums();
    }

    /** ∂L/∂W of the last backward pass, inputs × units. */
    public Matrix dW() {
        checkBackward();
        return dW;
    }

    /** ∂L/∂b of the last backward pass (computed for a layer without bias too, and never used there). */
    public double[] db() {
        checkBackward();
        return db.clone();
    }

    /**
     * One gradient-descent step, W ← W − α·dW and b ← b − α·db (b only if the layer has biases),
     * as DLfS's {@code params[key] -= learning_rate * grads[key]}.
     */
    void update(Matrix dW, double[] db, double learningRate) {
        if (dW.rows() != inputs() || dW.columns() != units()) {
            throw new IllegalArgumentException("dW must be " + w.shape() + " like W, got " + dW.shape());
        }
        Require.length("db", db, units());
        w = w.minusTimes(learningRate, dW);
        if (hasBias) {
            double[] next = new double[b.length];
            for (int j = 0; j < b.length; j++) {
                next[j] = b[j] - learningRate * db[j];
            }
            b = next;
        }
    }

    /** A fresh layer with the same weights: no forward pass remembered, no gradient. */
    Affine copy() {
        return new Affine(w, b.clone(), hasBias);
    }

    private void checkBackward() {
        if (dW == null) {
            throw new IllegalStateException("there is no gradient before a backward pass");
        }
    }

    /** Its shape, e.g. {@code Affine 64 → 32 (with bias)}. */
    @Override
    public String toString() {
        return "Affine " + inputs() + " → " + units() + (hasBias ? " (with bias)" : " (no bias)");
    }
}
