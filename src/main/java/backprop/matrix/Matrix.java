package backprop.matrix;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import backprop.Format;
import backprop.Require;

/**
 * A matrix of doubles, row-major in one {@code double[]}: entry (r, c) is at {@code r·columns + c}.
 * A batch is a matrix with one example per row, as in numpy: X is N × inputs, W is inputs × units.
 *
 * <p>Only the operations the layers need: the product {@link #dot}, {@link #transpose}, adding a
 * bias to every row, summing the rows, and the element-wise ones. A matrix never changes; every
 * operation returns a new one.
 *
 * <p>The product runs its innermost loop along a row of the result and a row of the right-hand
 * side, over contiguous indices and without a running sum, so that the JIT can turn it into
 * vector instructions. The order of every sum is fixed, so the results are the same bits on
 * every JVM.
 */
public final class Matrix {
    private final int rows;
    private final int columns;
    private final double[] data;

    private Matrix(int rows, int columns, double[] data) {
        this.rows = rows;
        this.columns = columns;
        this.data = data;
    }

    /** A matrix from its rows, {@code values[r][c]}; every row must have the same length. */
    public static Matrix of(double[][] values) {
        Require.notNull("values", values);
        if (values.length == 0) {
            throw new IllegalArgumentException("values must have at least one row, got 0");
        }
        int columns = Require.notNull("values[0]", values[0]).length;
        if (columns == 0) {
            throw new IllegalArgumentException("values[0] must have at least one column, got 0");
        }
        double[] data = new double[values.length * columns];
        for (int r = 0; r < values.length; r++) {
            Require.length("values[" + r + "]", values[r], columns);
            Require.allFinite("values[" + r + "]", values[r]);
            System.arraycopy(values[r], 0, data, r * columns, columns);
        }
        return new Matrix(values.length, columns, data);
    }

    /** A matrix of one row: a single example, or a bias vector seen as a matrix. */
    public static Matrix rowOf(double... values) {
        return of(new double[][] {Require.notNull("values", values)});
    }

    /** The matrix over {@code data}, row-major, without a copy: for this package's layers only. */
    static Matrix wrap(int rows, int columns, double[] data) {
        if (data.length != rows * columns) {
            throw new IllegalArgumentException("data must hold " + rows + "×" + columns + " values, got " + data.length);
        }
        return new Matrix(rows, columns, data);
    }

    /** The entries themselves, row-major, not a copy: for this package's layers, which never change them. */
    double[] data() {
        return data;
    }

    /** {@code rows × columns} zeros. */
    public static Matrix zeros(int rows, int columns) {
        Require.positive("rows", rows);
        Require.positive("columns", columns);
        return new Matrix(rows, columns, new double[rows * columns]);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Entry (r, c), both counted from 0. */
    public double get(int r, int c) {
        checkIndex("r", r, rows);
        checkIndex("c", c, columns);
        return data[r * columns + c];
    }

    /** A copy of row r. */
    public double[] row(int r) {
        checkIndex("r", r, rows);
        return Arrays.copyOfRange(data, r * columns, (r + 1) * columns);
    }

    /** A copy of the entries as rows, {@code [r][c]}. */
    public double[][] toArray() {
        double[][] values = new double[rows][];
        for (int r = 0; r < rows; r++) {
            values[r] = row(r);
        }
        return values;
    }

    /**
     * The matrix product this · other: (N × K)·(K × M) = N × M, entry (i, j) = Σ_k this(i, k)·other(k, j),
     * summed in the order k = 0, 1, …, K − 1.
     */
    public Matrix dot(Matrix other) {
        Require.notNull("other", other);
        if (other.rows != columns) {
            throw new IllegalArgumentException("other must have " + columns + " rows to multiply a " + shape()
                    + " matrix, got " + other.shape());
        }
        return product(data, columns, 1, rows, columns, other.rowArrays(), other.columns, null);
    }

    /**
     * b + this · other, with b added to every row: an Affine layer's X·W + b in one pass. Each
     * entry's sum starts from its bias, b_j + Σ_k x_k·w_kj, the order chapter 5's
     * {@code Layer.forward} adds in.
     */
    Matrix dotPlusRow(Matrix other, double[] b) {
        Require.notNull("other", other);
        if (other.rows != columns) {
            throw new IllegalArgumentException("other must have " + columns + " rows to multiply a " + shape()
                    + " matrix, got " + other.shape());
        }
        Require.length("b", b, other.columns);
        return product(data, columns, 1, rows, columns, other.rowArrays(), other.columns, b);
    }

    /**
     * thisᵀ · other without building the transpose: (N × I)ᵀ·(N × J) = I × J, entry (i, j) =
     * Σ_n this(n, i)·other(n, j) in the order n = 0, 1, …: the same bits as
     * {@code transpose().dot(other)}. For a batch, Xᵀ·dY adds one term per example.
     */
    public Matrix transposeDot(Matrix other) {
        Require.notNull("other", other);
        if (other.rows != rows) {
            throw new IllegalArgumentException("other must have " + rows + " rows like this matrix, got " + other.shape());
        }
        return product(data, 1, columns, columns, rows, other.rowArrays(), other.columns, null);
    }

    /**
     * this · otherᵀ without building the transpose: (N × J)·(I × J)ᵀ = N × I, entry (n, i) =
     * Σ_j this(n, j)·other(i, j) in the order j = 0, 1, …: the same bits as
     * {@code dot(other.transpose())}. For a batch, dY·Wᵀ.
     */
    public Matrix dotTranspose(Matrix other) {
        Require.notNull("other", other);
        if (other.columns != columns) {
            throw new IllegalArgumentException("other must have " + columns + " columns like this matrix, got "
                    + other.shape());
        }
        // Row p of otherᵀ is column p of other.
        double[][] b = new double[other.columns][other.rows];
        for (int i = 0; i < other.rows; i++) {
            for (int p = 0; p < other.columns; p++) {
                b[p][i] = other.data[i * other.columns + p];
            }
        }
        return product(data, columns, 1, rows, columns, b, other.rows, null);
    }

    /** The rows as arrays of their own, copies. */
    private double[][] rowArrays() {
        double[][] b = new double[rows][];
        for (int p = 0; p < rows; p++) {
            b[p] = Arrays.copyOfRange(data, p * columns, (p + 1) * columns);
        }
        return b;
    }

    /**
     * c = a·b for an a of n rows and k columns whose entry (i, p) is
     * {@code a[i·rowStride + p·columnStride]} (so that a transposed a is read in place), and a b
     * given as its k rows, each of length m. Each row of c starts from {@code start} (a bias) or
     * from zeros.
     *
     * <p>Row i of c is Σ_p a(i, p)·(row p of b): the innermost loop runs along a row, over
     * contiguous entries, with no running sum to wait for. Two details are for the JIT. JDK 17's
     * C2 turns such a loop into vector instructions only when both arrays are indexed by the same
     * j, so b comes as separate rows (K·M copies against N·K·M multiplications) and row i is
     * summed in a buffer of its own. And four rows of b are added per pass, in the same order as
     * one at a time (the same bits), so that the buffer is loaded and stored a quarter as often.
     */
    private static Matrix product(double[] a, int rowStride, int columnStride, int n, int k, double[][] b, int m,
                                  double[] start) {
        double[] c = new double[n * m];
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            if (start == null) {
                Arrays.fill(row, 0);
            } else {
                System.arraycopy(start, 0, row, 0, m);
            }
            int ai = i * rowStride;
            int p = 0;
            for (; p + 3 < k; p += 4) {
                double a0 = a[ai + p * columnStride];
                double a1 = a[ai + (p + 1) * columnStride];
                double a2 = a[ai + (p + 2) * columnStride];
                double a3 = a[ai + (p + 3) * columnStride];
                double[] b0 = b[p];
                double[] b1 = b[p + 1];
                double[] b2 = b[p + 2];
                double[] b3 = b[p + 3];
                for (int j = 0; j < m; j++) {
                    row[j] = row[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
                }
            }
            for (; p < k; p++) {
                double aip = a[ai + p * columnStride];
                double[] bp = b[p];
                for (int j = 0; j < m; j++) {
                    row[j] += aip * bp[j];
                }
            }
            System.arraycopy(row, 0, c, i * m, m);
        }
        return new Matrix(n, m, c);
    }

    /** The transpose: rows become columns, (r, c) → (c, r). */
    public Matrix transpose() {
        double[] t = new double[data.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                t[c * rows + r] = data[r * columns + c];
            }
        }
        return new Matrix(columns, rows, t);
    }

    /** {@code b} added to every row, as numpy broadcasts X·W + b: one bias per column. */
    public Matrix plusRow(double[] b) {
        Require.length("b", b, columns);
        double[] out = new double[data.length];
        for (int r = 0; r < rows; r++) {
            int row = r * columns;
            for (int c = 0; c < columns; c++) {
                out[row + c] = data[row + c] + b[c];
            }
        }
        return new Matrix(rows, columns, out);
    }

    /** The sum of the rows, one value per column: numpy's {@code np.sum(dY, axis=0)}. */
    public double[] columnSums() {
        double[] sums = new double[columns];
        for (int r = 0; r < rows; r++) {
            int row = r * columns;
            for (int c = 0; c < columns; c++) {
                sums[c] += data[row + c];
            }
        }
        return sums;
    }

    /** this − other, entry by entry. */
    public Matrix minus(Matrix other) {
        checkSameShape(other);
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i] - other.data[i];
        }
        return new Matrix(rows, columns, out);
    }

    /** this − s·other in one pass: a gradient-descent step W − α·dW. */
    public Matrix minusTimes(double s, Matrix other) {
        Require.finite("s", s);
        checkSameShape(other);
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i] - s * other.data[i];
        }
        return new Matrix(rows, columns, out);
    }

    /** Every entry times {@code s}. */
    public Matrix times(double s) {
        Require.finite("s", s);
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i] * s;
        }
        return new Matrix(rows, columns, out);
    }

    /** The element-wise product this ⊙ other (numpy's {@code *}), not the matrix product. */
    public Matrix multiply(Matrix other) {
        checkSameShape(other);
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i] * other.data[i];
        }
        return new Matrix(rows, columns, out);
    }

    /** {@code f} applied to every entry. */
    public Matrix map(DoubleUnaryOperator f) {
        Require.notNull("f", f);
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = f.applyAsDouble(data[i]);
        }
        return new Matrix(rows, columns, out);
    }

    /** For each row, the column of its largest entry (the first one if several are equal). */
    public int[] argmaxOfRows() {
        int[] best = new int[rows];
        for (int r = 0; r < rows; r++) {
            int row = r * columns;
            for (int c = 1; c < columns; c++) {
                if (data[row + c] > data[row + best[r]]) {
                    best[r] = c;
                }
            }
        }
        return best;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of the rows listed in {@code order}. */
    Matrix rows(int[] order, int from, int to) {
        double[] out = new double[(to - from) * columns];
        for (int r = from; r < to; r++) {
            System.arraycopy(data, order[r] * columns, out, (r - from) * columns, columns);
        }
        return new Matrix(to - from, columns, out);
    }

    /** A copy with entry (r, c) set to {@code value}: one weight moved, for central differences. */
    Matrix with(int r, int c, double value) {
        checkIndex("r", r, rows);
        checkIndex("c", c, columns);
        double[] out = data.clone();
        out[r * columns + c] = value;
        return new Matrix(rows, columns, out);
    }

    /** The largest |this(r, c) − other(r, c)|: how far two gradients are apart. */
    public double maxDifference(Matrix other) {
        checkSameShape(other);
        double max = 0;
        for (int i = 0; i < data.length; i++) {
            max = Math.max(max, Math.abs(data[i] - other.data[i]));
        }
        return max;
    }

    /** {@code rows × columns}, e.g. {@code 32×64}. */
    public String shape() {
        return rows + "×" + columns;
    }

    private void checkSameShape(Matrix other) {
        Require.notNull("other", other);
        if (other.rows != rows || other.columns != columns) {
            throw new IllegalArgumentException("other must be " + shape() + " like this matrix, got " + other.shape());
        }
    }

    private static void checkIndex(String name, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(name + " must be between 0 and " + (size - 1) + ", got " + index);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Matrix m && rows == m.rows && columns == m.columns && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(data);
    }

    /**
     * Small matrices in full, {@code [[0.1, 0.2], [0.3, 0.4]]}; a large one by its shape and first
     * entries only, {@code Matrix 1438×64 [[0, 0, 0.3125, …], …]}.
     */
    @Override
    public String toString() {
        if (data.length <= 16) {
            StringBuilder s = new StringBuilder("[");
            for (int r = 0; r < rows; r++) {
                s.append(r == 0 ? "[" : ", [");
                for (int c = 0; c < columns; c++) {
                    s.append(c == 0 ? "" : ", ").append(Format.num(data[r * columns + c]));
                }
                s.append(']');
            }
            return s.append(']').toString();
        }
        StringBuilder s = new StringBuilder("Matrix ").append(shape()).append(" [[");
        for (int c = 0; c < Math.min(3, columns); c++) {
            s.append(c == 0 ? "" : ", ").append(Format.num(data[c]));
        }
        return s.append(columns > 3 ? ", …]" : "]").append(rows > 1 ? ", …]" : "]").toString();
    }
}
