package backprop.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import backprop.Answers;
import backprop.StandardOutput;

@ResourceLock(Resources.SYSTEM_OUT)
class MatrixExercisesTest {

    /** The approved answer without its header line and the blank line after it. */
    private static String answer(String name) throws IOException {
        String text = Files.readString(Answers.ROOT.resolve("07-matrix").resolve(name + ".approved.txt"),
                StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\n\n") + 2);
    }

    /** Exercise 7.1's sums written out by hand, term by term, as a student would. */
    @Test
    void theHandWrittenSumsPrintExercise71sAnswer() throws IOException {
        double[][] x = MatrixExercises.X;
        double[][] w = MatrixExercises.W;
        double[][] dY = MatrixExercises.DY;
        double[][] dW = new double[3][2];
        double[] db = new double[2];
        double[][] dX = new double[2][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                dW[i][j] = x[0][i] * dY[0][j] + x[1][i] * dY[1][j];
            }
        }
        for (int j = 0; j < 2; j++) {
            db[j] = dY[0][j] + dY[1][j];
        }
        for (int n = 0; n < 2; n++) {
            for (int i = 0; i < 3; i++) {
                dX[n][i] = dY[n][0] * w[i][0] + dY[n][1] * w[i][1];
            }
        }
        assertEquals(answer("exercise-7.1-batch-gradient"), MatrixExercises.batchGradients(dW, db, dX));
        assertEquals(MatrixExercises.batchGradients(dW, db, dX),
                StandardOutput.capture(() -> MatrixExercises.printBatchGradients(dW, db, dX)));
    }

    /** The usual slip: dW from one example only, not summed over the batch. */
    @Test
    void dWOfTheFirstExampleAloneIsMarkedWrong() {
        double[][] dW = new double[3][2];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                dW[i][j] = MatrixExercises.X[0][i] * MatrixExercises.DY[0][j];
            }
        }
        String out = MatrixExercises.batchGradients(dW, new double[2], new double[2][3]);
        // The second example has x = 0 at input 0, so dW(0, ·) is right either way; the other four are not.
        assertTrue(out.lines().anyMatch(l -> l.matches("0  0 +0\\.5 +ok")), out);
        assertTrue(out.contains("틀림 (wrong)"), out);
        assertTrue(out.endsWith("14개 중 12개가 틀렸다 (12 of 14 wrong)\n"), out);
    }

    @Test
    void theUntouchedSkeletonIsAllWrongButPrintsItsTables() {
        String out = MatrixExercises.batchGradients(new double[3][2], new double[2], new double[2][3]);
        assertTrue(out.endsWith("14개 중 14개가 틀렸다 (14 of 14 wrong)\n"), out);
        String check = MatrixExercises.softmaxCheck(new double[2][3], new double[2][3]);
        assertTrue(check.endsWith("12개 중 12개가 틀렸다 (12 of 12 wrong)\n"), check);
    }

    /** Exercise 7.2 worked by (y − t)/N and by central differences, in the test's own words. */
    @Test
    void theFormulaAndCentralDifferencesPrintExercise72sAnswer() throws IOException {
        double[][] scores = MatrixExercises.SCORES;
        double[][] t = MatrixExercises.TARGETS;
        double[][] analytic = new double[2][3];
        double[][] numerical = new double[2][3];
        double h = 1e-5;
        for (int r = 0; r < 2; r++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                sum += Math.exp(scores[r][k]);
            }
            for (int k = 0; k < 3; k++) {
                analytic[r][k] = (Math.exp(scores[r][k]) / sum - t[r][k]) / 2;
                double[][] plus = {scores[0].clone(), scores[1].clone()};
                double[][] minus = {scores[0].clone(), scores[1].clone()};
                plus[r][k] += h;
                minus[r][k] -= h;
                numerical[r][k] = (crossEntropy(plus, t) - crossEntropy(minus, t)) / (2 * h);
            }
        }
        assertEquals(answer("exercise-7.2-softmax-gradient"), MatrixExercises.softmaxCheck(analytic, numerical));
    }

    /** The mean over the batch of −log softmax at the target class, without the package's layers. */
    private static double crossEntropy(double[][] scores, double[][] t) {
        double loss = 0;
        for (int r = 0; r < scores.length; r++) {
            double sum = 0;
            for (double s : scores[r]) {
                sum += Math.exp(s);
            }
            for (int k = 0; k < scores[r].length; k++) {
                loss -= t[r][k] * Math.log(Math.exp(scores[r][k]) / sum);
            }
        }
        return loss / scores.length;
    }

    /** Forgetting to divide by N gives twice the gradient: both columns wrong. */
    @Test
    void forgettingTheDivisionByNIsMarkedWrong() {
        double[][] twice = new double[2][3];
        Matrix y = SoftmaxWithLoss.softmax(Matrix.of(MatrixExercises.SCORES));
        for (int r = 0; r < 2; r++) {
            for (int k = 0; k < 3; k++) {
                twice[r][k] = y.get(r, k) - MatrixExercises.TARGETS[r][k];
            }
        }
        String out = MatrixExercises.softmaxCheck(twice, new double[2][3]);
        assertTrue(out.contains("두 기울기의 가장 큰 차이 < 1e-08: 아니오 (no)\n"), out);
        assertTrue(out.endsWith("12개 중 12개가 틀렸다 (12 of 12 wrong)\n"), out);
    }

    @Test
    void badShapesNameTheArgument() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> MatrixExercises.batchGradients(new double[2][3], new double[2], new double[2][3]));
        assertTrue(e.getMessage().contains("dW") && e.getMessage().contains("2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MatrixExercises.batchGradients(new double[3][2], new double[3], new double[2][3]));
        assertTrue(e.getMessage().contains("db") && e.getMessage().contains("3"), e.getMessage());
        double[][] nan = new double[2][3];
        nan[1][2] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class, () -> MatrixExercises.softmaxCheck(new double[2][3], nan));
        assertTrue(e.getMessage().contains("numerical[1]") && e.getMessage().contains("NaN"), e.getMessage());
    }
}
