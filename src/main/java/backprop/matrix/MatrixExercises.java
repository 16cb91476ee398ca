package backprop.matrix;

import static backprop.Format.num;

import backprop.Require;
import backprop.Table;

/**
 * Printing helpers for chapter 7's exercises. They fix the output's format, so that grading
 * compares the numbers a student computed, not the way they were printed; and they mark each
 * number right or wrong against this package's own layers, as chapter 4's helpers do.
 */
public final class MatrixExercises {
    private MatrixExercises() {}

    /** How close a student's number must come to the layers' to be marked right. */
    static final double TOLERANCE = 1e-9;

    /** Exercise 7.1's batch: two examples of three inputs. */
    static final double[][] X = {{1, 2, 0}, {0, 1, 3}};
    /** Exercise 7.1's weights: three inputs to two units. */
    static final double[][] W = {{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}};
    /** Exercise 7.1's upstream gradient ∂L/∂Y: two examples, two units. */
    static final double[][] DY = {{0.5, -1}, {2, 0.25}};

    /** Exercise 7.2's scores: two examples, three classes. */
    static final double[][] SCORES = {{2.0, 1.0, 0.1}, {0.5, 2.5, -1.0}};
    /** Exercise 7.2's one-hot targets. */
    static final double[][] TARGETS = {{1, 0, 0}, {0, 0, 1}};

    /**
     * Exercise 7.1: an Affine layer's gradients for the batch of two, dW = Xᵀ·dY (3×2),
     * db = Σ_n dY_n (2) and dX = dY·Wᵀ (2×3), each entry marked against {@link Affine#backward}.
     */
    public static void printBatchGradients(double[][] dW, double[] db, double[][] dX) {
        System.out.print(batchGradients(dW, db, dX));
    }

    static String batchGradients(double[][] dW, double[] db, double[][] dX) {
        checkShape("dW", dW, 3, 2);
        Require.length("db", db, 2);
        checkShape("dX", dX, 2, 3);
        Affine affine = Affine.of(Matrix.of(W), new double[2]);
        affine.forward(Matrix.of(X));
        Matrix rightDX = affine.backward(Matrix.of(DY));
        StringBuilder out = new StringBuilder();
        out.append("X = ").append(Matrix.of(X)).append(", W = ").append(Matrix.of(W)).append(", dY = ")
           .append(Matrix.of(DY)).append('\n');
        int[] wrong = {0};
        out.append("\ndW = Xᵀ·dY: 가중치 W(i, j)의 기울기, 배치의 두 예제를 더한 것\n");
        out.append(table("i", "j", "dW(i, j)", dW, affine.dW(), wrong));
        out.append("\ndb = Σ_n dY_n: 편향 b_j의 기울기\n");
        Table bias = Table.of("j", "db(j)", "");
        double[] rightDb = affine.db();
        for (int j = 0; j < 2; j++) {
            bias.row(String.valueOf(j), num(db[j]), mark(db[j], rightDb[j], wrong));
        }
        out.append(bias);
        out.append("\ndX = dY·Wᵀ: 아래층으로 내려보내는 입력 x_ni의 기울기\n");
        out.append(table("n", "i", "dX(n, i)", dX, rightDX, wrong));
        out.append('\n').append(verdict(wrong[0], 6 + 2 + 6));
        return out.toString();
    }

    /**
     * Exercise 7.2: the softmax-with-loss gradient for the batch of two, worked out ((y − t)/N) and
     * measured (central differences), side by side, and whether they agree.
     */
    public static void printSoftmaxCheck(double[][] analytic, double[][] numerical) {
        System.out.print(softmaxCheck(analytic, numerical));
    }

    static String softmaxCheck(double[][] analytic, double[][] numerical) {
        checkShape("analytic", analytic, 2, 3);
        checkShape("numerical", numerical, 2, 3);
        SoftmaxWithLoss layer = new SoftmaxWithLoss();
        double loss = layer.forward(Matrix.of(SCORES), Matrix.of(TARGETS));
        Matrix right = layer.backward();
        StringBuilder out = new StringBuilder();
        out.append("점수(scores) = ").append(Matrix.of(SCORES)).append(", t = ").append(Matrix.of(TARGETS))
           .append(", L = ").append(num(loss)).append('\n');
        Table table = Table.of("n", "k", "(y − t)/N", "", "중앙차분(central differences)", "");
        int[] wrong = {0};
        double largest = 0;
        for (int n = 0; n < 2; n++) {
            for (int k = 0; k < 3; k++) {
                table.row(String.valueOf(n), String.valueOf(k), num(analytic[n][k]),
                        mark(analytic[n][k], right.get(n, k), wrong), num(numerical[n][k]),
                        markNumerical(numerical[n][k], right.get(n, k), wrong));
                largest = Math.max(largest, Math.abs(analytic[n][k] - numerical[n][k]));
            }
        }
        out.append(table);
        out.append("두 기울기의 가장 큰 차이 < 1e-08: ").append(largest < 1e-8 ? "예 (yes)" : "아니오 (no)").append('\n');
        out.append(verdict(wrong[0], 12));
        return out.toString();
    }

    private static String table(String row, String column, String name, double[][] mine, Matrix right, int[] wrong) {
        Table table = Table.of(row, column, name, "");
        for (int r = 0; r < mine.length; r++) {
            for (int c = 0; c < mine[r].length; c++) {
                table.row(String.valueOf(r), String.valueOf(c), num(mine[r][c]), mark(mine[r][c], right.get(r, c), wrong));
            }
        }
        return table.toString();
    }

    private static String mark(double mine, double right, int[] wrong) {
        if (Math.abs(mine - right) <= TOLERANCE) {
            return "ok";
        }
        wrong[0]++;
        return "틀림 (wrong)";
    }

    /** Central differences are right to about 1e-10 here, not to the last bit: a looser bound. */
    private static String markNumerical(double mine, double right, int[] wrong) {
        if (Math.abs(mine - right) <= 1e-8) {
            return "ok";
        }
        wrong[0]++;
        return "틀림 (wrong)";
    }

    private static String verdict(int wrong, int of) {
        return wrong == 0 ? of + "개 모두 맞다 (all " + of + " right)\n" : of + "개 중 " + wrong + "개가 틀렸다 (" + wrong + " of " + of + " wrong)\n";
    }

    private static void checkShape(String name, double[][] values, int rows, int columns) {
        Require.notNull(name, values);
        if (values.length != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows, got " + values.length);
        }
        for (int r = 0; r < rows; r++) {
            Require.length(name + "[" + r + "]", values[r], columns);
            Require.allFinite(name + "[" + r + "]", values[r]);
        }
    }
}
