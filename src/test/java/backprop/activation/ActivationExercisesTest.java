package backprop.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import backprop.StandardOutput;

@ResourceLock(Resources.SYSTEM_OUT)
class ActivationExercisesTest {

    @Test
    void theClosedFormFromTheOutputIsOkEverywhere() {
        String out = ActivationReports.exerciseDerivative(Activation.SIGMOID, o -> o * (1 - o));
        assertTrue(out.contains("\n모든 점에서 정확한 미분과 1e-12 안에서 같다\n"), out);
        assertEquals(7, rowsMarked(out, "ok").size());
        String other = ActivationReports.exerciseDerivative(Activation.SIGMOID, o -> o - o * o);
        assertEquals(out, other, "a different but exact way to write o(1 − o) prints the same");
        String tanh = ActivationReports.exerciseDerivative(Activation.TANH, t -> (1 - t) * (1 + t));
        assertEquals(List.of(), rowsMarked(tanh, "다름"));
        String elu = ActivationReports.exerciseDerivative(Activation.elu(1), e -> e > 0 ? 1 : e + 1);
        assertEquals(List.of(), rowsMarked(elu, "다름"));
    }

    @Test
    void aWrongDerivativeIsMarked() {
        // A sign slip: o·(1 + o) instead of o·(1 − o); the two agree only at o = 0, nowhere here.
        String out = ActivationReports.exerciseDerivative(Activation.SIGMOID, o -> o * (1 + o));
        assertTrue(out.contains("점 7개 가운데 7개에서 정확한 미분과 1e-12보다 크게 다르다"), out);
    }

    /** The shortcuts 3.1 must refuse: the library's derivative and a central difference, taken at o. */
    @Test
    void theLibraryDerivativeOrACentralDifferenceAtTheOutputIsWrong() {
        String library = ActivationReports.exerciseDerivative(Activation.SIGMOID, Activation.SIGMOID::derivative);
        assertEquals(7, rowsMarked(library, "다름").size(), library);
        String central = ActivationReports.exerciseDerivative(Activation.TANH,
                t -> NumericalDerivative.central(Activation.TANH, t));
        // At x = 0, tanh(0) = 0 makes it the central difference at the right point, but that is
        // still no closer than its rounding error to the exact 1.
        assertEquals(7, rowsMarked(central, "다름").size(), central);
    }

    /**
     * Even a student who turns the output back into x and takes a central difference there, whose
     * 8 printed decimals look right, fails: the check asks for 1e-12, and the central difference is
     * off by about 1e-11.
     */
    @Test
    void aCentralDifferenceAtTheRightXIsStillNotExact() {
        DoubleUnaryOperator numeric = o -> NumericalDerivative.central(Activation.SIGMOID, Math.log(o / (1 - o)));
        String out = ActivationReports.exerciseDerivative(Activation.SIGMOID, numeric);
        String exact = ActivationReports.exerciseDerivative(Activation.SIGMOID, o -> o * (1 - o));
        assertTrue(!rowsMarked(out, "다름").isEmpty(), out);
        // The same 8 decimals in the value column, so only the check tells them apart.
        assertEquals(column(exact, 2), column(out, 2));
    }

    @Test
    void theRightHandSlopeAtTheKinkIsWrong() {
        String out = ActivationReports.exerciseLeakyRelu(x -> Math.max(0.1 * x, x), x -> x >= 0 ? 1 : 0.1);
        assertTrue(out.contains("\n행 7개 가운데 1개가 Activation.leakyRelu(0.1)과 다르다\n"), out);
        // Only the row x = 0 is marked.
        assertEquals(List.of("0"), rowsMarked(out, "틀림"));
        assertEquals(6, rowsMarked(out, "ok").size());
    }

    @Test
    void theRightLeakyReluPassesEveryRow() {
        String out = ActivationReports.exerciseLeakyRelu(x -> Math.max(0.1 * x, x), x -> x > 0 ? 1 : 0.1);
        assertTrue(out.contains("\n모든 행이 Activation.leakyRelu(0.1)과 같다"), out);
        assertEquals(List.of(), rowsMarked(out, "틀림"));
        // At x = -2 ReLU passes back 1 × 0 and Leaky ReLU 1 × 0.1.
        assertTrue(out.contains("  ReLU:       1 × 0 = 0  "), out);
        assertTrue(out.endsWith("  Leaky ReLU: 1 × 0.1 = 0.1\n"), out);
    }

    @Test
    void aWrongValueIsMarkedEvenWithTheRightSlope() {
        // ReLU instead of Leaky ReLU: wrong below 0 (rows -3, -1, -0.5), right from 0 on.
        String out = ActivationReports.exerciseLeakyRelu(x -> Math.max(0, x), x -> x > 0 ? 1 : 0.1);
        assertEquals(List.of("-3", "-1", "-0.5"), rowsMarked(out, "틀림"));
        assertTrue(out.contains("\n행 7개 가운데 3개가"), out);
    }

    @Test
    void withinTheToleranceCountsAsRight() {
        // The step's derivative is exactly 0, so 1e-12 off is exactly the tolerance away.
        assertEquals(List.of(), rowsMarked(ActivationReports.exerciseDerivative(Activation.STEP, o -> 1e-12), "다름"));
        assertEquals(7, rowsMarked(ActivationReports.exerciseDerivative(Activation.STEP, o -> 2e-12), "다름").size());
        // Leaky ReLU(0) is exactly 0: a value 1e-6 there is right, 2e-6 is not.
        DoubleUnaryOperator slope = x -> x > 0 ? 1 : 0.1;
        assertEquals(List.of(), rowsMarked(ActivationReports.exerciseLeakyRelu(
                x -> x == 0 ? 1e-6 : Math.max(0.1 * x, x), slope), "틀림"));
        assertEquals(List.of("0"), rowsMarked(ActivationReports.exerciseLeakyRelu(
                x -> x == 0 ? 2e-6 : Math.max(0.1 * x, x), slope), "틀림"));
    }

    @Test
    void thePrintHelpersPrintTheReports() {
        DoubleUnaryOperator tanhDerivative = t -> 1 - t * t;
        assertEquals(ActivationReports.exerciseDerivative(Activation.TANH, tanhDerivative),
                StandardOutput.capture(() -> ActivationExercises.printDerivativeCheck(Activation.TANH, tanhDerivative)));
        DoubleUnaryOperator leaky = x -> Math.max(0.1 * x, x);
        DoubleUnaryOperator slope = x -> x > 0 ? 1 : 0.1;
        assertEquals(ActivationReports.exerciseLeakyRelu(leaky, slope),
                StandardOutput.capture(() -> ActivationExercises.printLeakyRelu(leaky, slope)));
    }

    /** The cells of one column of every table row (the rows that start with a number). */
    private static List<String> column(String out, int index) {
        return out.lines().map(String::trim).filter(l -> l.matches("-?\\d.*"))
                .map(l -> l.split(" +")[index]).toList();
    }

    /** The x of every table row whose last cell is {@code mark}. */
    private static List<String> rowsMarked(String out, String mark) {
        return out.lines().map(String::trim).filter(l -> l.endsWith("  " + mark))
                .map(l -> l.split(" +")[0]).toList();
    }

    @Test
    void nullFunctionsAreRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ActivationReports.exerciseDerivative(Activation.TANH, null));
        assertTrue(e.getMessage().contains("derivativeFromOutput"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ActivationReports.exerciseLeakyRelu(x -> x, null));
        assertTrue(e.getMessage().contains("leakyDerivative"), e.getMessage());
    }
}
