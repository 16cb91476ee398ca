package backprop.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The matrix, operation by operation: small products worked out by hand in the comments, and
 * random products of every shape the layers use against the plain triple loop of the
 * definition, to the last bit (the vectorised product keeps the order of every sum).
 */
class MatrixTest {

    static Matrix random(int rows, int columns, Random random) {
        double[][] v = new double[rows][columns];
        for (double[] row : v) {
            for (int c = 0; c < columns; c++) {
                row[c] = 2 * random.nextDouble() - 1;
            }
        }
        return Matrix.of(v);
    }

    /** The definition: c(i, j) = Σ_k a(i, k)·b(k, j), k in order, one term at a time. */
    static double[][] naiveProduct(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                double sum = 0;
                for (int k = 0; k < b.length; k++) {
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    static double[][] naiveTranspose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[0].length; c++) {
                t[c][r] = a[r][c];
            }
        }
        return t;
    }

    @Test
    void aSmallProductByHand() {
        Matrix a = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        Matrix b = Matrix.of(new double[][] {{1, 0, -1}, {2, 1, 0}});
        // row 0: [1·1 + 2·2, 1·0 + 2·1, 1·(−1) + 2·0] = [5, 2, −1]; row 1: [11, 4, −3]; row 2: [17, 6, −5]
        assertEquals(Matrix.of(new double[][] {{5, 2, -1}, {11, 4, -3}, {17, 6, -5}}), a.dot(b));
        // aᵀ·a: [[1·1 + 3·3 + 5·5, 1·2 + 3·4 + 5·6], [44, 4 + 16 + 36]] = [[35, 44], [44, 56]]
        assertEquals(Matrix.of(new double[][] {{35, 44}, {44, 56}}), a.transposeDot(a));
        // a·aᵀ: row 0 is [1·1 + 2·2, 1·3 + 2·4, 1·5 + 2·6] = [5, 11, 17], row 1 [11, 25, 39], row 2 [17, 39, 61]
        assertEquals(Matrix.of(new double[][] {{5, 11, 17}, {11, 25, 39}, {17, 39, 61}}), a.dotTranspose(a));
        assertEquals(Matrix.of(new double[][] {{1, 3, 5}, {2, 4, 6}}), a.transpose());
    }

    @Test
    void productsOfEveryShapeTheLayersUseAreTheDefinitionToTheLastBit() {
        Random random = new Random(7);
        // (rows, inner, columns): the forward and backward products of 64-32-10 at batches 1, 10, 32,
        // and odd sizes for the unrolled loop's leftovers.
        int[][] shapes = {{32, 64, 32}, {32, 32, 10}, {10, 64, 32}, {1, 64, 32}, {64, 32, 32}, {32, 10, 32},
                          {3, 5, 7}, {5, 3, 1}, {1, 1, 1}, {2, 7, 3}};
        for (int[] s : shapes) {
            Matrix a = random(s[0], s[1], random);
            Matrix b = random(s[1], s[2], random);
            double[][] expected = naiveProduct(a.toArray(), b.toArray());
            assertArrayEquals(expected, a.dot(b).toArray(), () -> "dot " + s[0] + "×" + s[1] + "·" + s[1] + "×" + s[2]);
            // Xᵀ·dY for X of s[1] × s[0] rows: the transpose is read in place.
            Matrix x = Matrix.of(naiveTranspose(a.toArray()));
            assertArrayEquals(expected, x.transposeDot(b).toArray(), () -> "transposeDot " + s[0] + "×" + s[1]);
            Matrix w = Matrix.of(naiveTranspose(b.toArray()));
            assertArrayEquals(expected, a.dotTranspose(w).toArray(), () -> "dotTranspose " + s[1] + "×" + s[2]);
        }
    }

    @Test
    void anAffineForwardAddsTheBiasFirstAsChapter5Does() {
        Random random = new Random(3);
        Matrix x = random(10, 64, random);
        Matrix w = random(64, 32, random);
        double[] b = random(1, 32, random).row(0);
        Matrix y = x.dotPlusRow(w, b);
        for (int n = 0; n < 10; n++) {
            for (int j = 0; j < 32; j++) {
                double sum = b[j];
                for (int i = 0; i < 64; i++) {
                    sum += x.get(n, i) * w.get(i, j);
                }
                assertEquals(sum, y.get(n, j), 0.0, "(" + n + ", " + j + ")");
            }
        }
        assertTrue(x.dot(w).plusRow(b).maxDifference(y) < 1e-14, "the same sum in another order");
    }

    @Test
    void entryByEntryOperations() {
        Matrix a = Matrix.of(new double[][] {{1, -2}, {3, 0.5}});
        Matrix b = Matrix.of(new double[][] {{0.5, 2}, {-1, 4}});
        assertEquals(Matrix.of(new double[][] {{0.5, -4}, {4, -3.5}}), a.minus(b));
        assertEquals(Matrix.of(new double[][] {{0.5, -4}, {-3, 2}}), a.multiply(b));
        assertEquals(Matrix.of(new double[][] {{2, -4}, {6, 1}}), a.times(2));
        // a − 0.5·b = [[1 − 0.25, −2 − 1], [3 + 0.5, 0.5 − 2]]
        assertEquals(Matrix.of(new double[][] {{0.75, -3}, {3.5, -1.5}}), a.minusTimes(0.5, b));
        assertEquals(Matrix.of(new double[][] {{1, 4}, {9, 0.25}}), a.map(v -> v * v));
        assertEquals(Matrix.of(new double[][] {{11, 8}, {13, 10.5}}), a.plusRow(new double[] {10, 10}));
        assertArrayEquals(new double[] {4, -1.5}, a.columnSums());
        assertArrayEquals(new int[] {0, 0}, a.argmaxOfRows());
        assertArrayEquals(new int[] {1, 1}, b.argmaxOfRows());
        assertArrayEquals(new int[] {0}, Matrix.rowOf(2, 2, 1).argmaxOfRows(), "the first of equal entries");
        assertEquals(3, a.maxDifference(b.times(0)), 0.0, "the largest |entry| of a");
        assertEquals(0.0, a.maxDifference(a), 0.0);
    }

    @Test
    void aMatrixNeverChanges() {
        double[][] values = {{1, 2}, {3, 4}};
        Matrix m = Matrix.of(values);
        values[0][0] = 99;
        assertEquals(1, m.get(0, 0), 0.0, "of copies");
        m.toArray()[0][0] = 99;
        m.row(0)[0] = 99;
        assertEquals(1, m.get(0, 0), 0.0, "toArray and row hand out copies");
        Matrix w = m.with(0, 0, 5);
        assertEquals(1, m.get(0, 0), 0.0, "with copies");
        assertEquals(5, w.get(0, 0), 0.0);
        m.minus(m);
        m.dot(m);
        assertEquals(Matrix.of(new double[][] {{1, 2}, {3, 4}}), m);
    }

    @Test
    void shapesAndTheirChecks() {
        Matrix a = Matrix.zeros(2, 3);
        assertEquals(2, a.rows());
        assertEquals(3, a.columns());
        assertEquals("2×3", a.shape());
        assertEquals(Matrix.of(new double[][] {{0, 0, 0}, {0, 0, 0}}), a);
        assertEquals(1, Matrix.rowOf(1, 2, 3).rows());
        assertMessage(() -> a.dot(Matrix.zeros(2, 2)), "other must have 3 rows", "2×2");
        assertMessage(() -> a.transposeDot(Matrix.zeros(3, 2)), "other must have 2 rows", "3×2");
        assertMessage(() -> a.dotTranspose(Matrix.zeros(2, 2)), "other must have 3 columns", "2×2");
        assertMessage(() -> a.minus(Matrix.zeros(3, 2)), "other must be 2×3", "3×2");
        assertMessage(() -> a.multiply(Matrix.zeros(2, 2)), "other must be 2×3", "2×2");
        assertMessage(() -> a.plusRow(new double[2]), "b must have length 3", "2");
        assertMessage(() -> a.get(2, 0), "r must be between 0 and 1", "2");
        assertMessage(() -> a.get(0, -1), "c must be between 0 and 2", "-1");
        assertMessage(() -> a.row(5), "r must be between 0 and 1", "5");
        assertMessage(() -> Matrix.of(new double[][] {{1, 2}, {3}}), "values[1] must have length 2", "1");
        assertMessage(() -> Matrix.of(new double[][] {{1, Double.NaN}}), "values[0][1] must be a finite number", "NaN");
        assertMessage(() -> Matrix.of(new double[0][]), "values must have at least one row", "0");
        assertMessage(() -> Matrix.of(new double[][] {{}}), "values[0] must have at least one column", "0");
        assertMessage(() -> Matrix.zeros(0, 3), "rows must be at least 1", "0");
        assertMessage(() -> a.times(Double.POSITIVE_INFINITY), "s must be a finite number", "Infinity");
        assertMessage(() -> a.dot(null), "other must not be null", "");
    }

    @Test
    void equalityAndWhatJShellShows() {
        Matrix a = Matrix.of(new double[][] {{0.1, 0.2}, {0.3, 0.4}});
        assertEquals(Matrix.of(new double[][] {{0.1, 0.2}, {0.3, 0.4}}), a);
        assertEquals(Matrix.of(new double[][] {{0.1, 0.2}, {0.3, 0.4}}).hashCode(), a.hashCode());
        assertNotEquals(Matrix.of(new double[][] {{0.1, 0.2, 0.3, 0.4}}), a, "same entries, another shape");
        assertNotEquals(a.transpose(), a);
        assertEquals("[[0.1, 0.2], [0.3, 0.4]]", a.toString());
        assertEquals("[[0.51998934]]", Matrix.rowOf(0.519989340).toString());
        Matrix big = Matrix.zeros(1438, 64).plusRow(new double[64]);
        assertEquals("Matrix 1438×64 [[0, 0, 0, …], …]", big.toString());
        assertEquals("Matrix 1×17 [[1, 1, 1, …]]", Matrix.zeros(1, 17).map(v -> 1).toString());
        assertTrue(Matrix.zeros(32, 64).toString().length() < 60, "a batch is shown by its shape");
    }

    static void assertMessage(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + e.getMessage() + "' should contain '" + part + "'");
        }
    }
}
