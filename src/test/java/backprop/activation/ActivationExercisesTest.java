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
    void theRightDerivativeIsOkEverywhere() {
        String out = ActivationReports.exerciseDerivative(Activation.SIGMOID, Activation.SIGMOID::derivative);
        assertTrue(out.contains("agrees with the central difference at every point"), out);
        assertTrue(!out.contains("differs"), out);
    }

    @Test
    void aWrongDerivativeIsMarked() {
        // The common slip: σ(x)·(1 − x) instead of σ(x)·(1 − σ(x)); right only where x = σ(x), nowhere here.
        DoubleUnaryOperator slip = x -> Activation.SIGMOID.apply(x) * (1 - x);
        String out = ActivationReports.exerciseDerivative(Activation.SIGMOID, slip);
        assertTrue(out.contains("differs from the central difference at 7 of 7 points"), out);
    }

    @Test
    void theRightHandSlopeAtTheKinkIsWrong() {
        String out = ActivationReports.exerciseLeakyRelu(x -> Math.max(0.1 * x, x), x -> x >= 0 ? 1 : 0.1);
        assertTrue(out.contains("\n1 of 7 rows differ from Activation.leakyRelu(0.1)\n"), out);
        // Only the row x = 0 is marked.
        assertEquals(List.of("0"), rowsMarked(out, "wrong"));
        assertEquals(6, rowsMarked(out, "ok").size());
    }

    @Test
    void theRightLeakyReluPassesEveryRow() {
        String out = ActivationReports.exerciseLeakyRelu(x -> Math.max(0.1 * x, x), x -> x > 0 ? 1 : 0.1);
        assertTrue(out.contains("\nevery row agrees with Activation.leakyRelu(0.1)"), out);
        assertEquals(List.of(), rowsMarked(out, "wrong"));
        // At x = -2 ReLU passes back 1 × 0 and Leaky ReLU 1 × 0.1.
        assertTrue(out.contains("  ReLU:       1 × 0 = 0  "), out);
        assertTrue(out.endsWith("  Leaky ReLU: 1 × 0.1 = 0.1\n"), out);
    }

    @Test
    void aWrongValueIsMarkedEvenWithTheRightSlope() {
        // ReLU instead of Leaky ReLU: wrong below 0 (rows -3, -1, -0.5), right from 0 on.
        String out = ActivationReports.exerciseLeakyRelu(x -> Math.max(0, x), x -> x > 0 ? 1 : 0.1);
        assertEquals(List.of("-3", "-1", "-0.5"), rowsMarked(out, "wrong"));
        assertTrue(out.contains("\n3 of 7 rows differ"), out);
    }

    @Test
    void withinTheToleranceCountsAsRight() {
        // Away from 0 the step's central difference is exactly 0, so 1e-6 is exactly the
        // tolerance away; at x = 0 it is 1/2h = 50000, and nothing small agrees with it.
        String out = ActivationReports.exerciseDerivative(Activation.STEP, x -> 1e-6);
        assertEquals(List.of("0"), rowsMarked(out, "differs"));
        assertTrue(out.endsWith("\nyour derivative differs from the central difference at 1 of 7 points\n"), out);
        String off = ActivationReports.exerciseDerivative(Activation.STEP, x -> 2e-6);
        assertTrue(off.endsWith("\nyour derivative differs from the central difference at 7 of 7 points\n"), off);
        // Leaky ReLU(0) is exactly 0: a value 1e-6 there is right, 2e-6 is not.
        DoubleUnaryOperator slope = x -> x > 0 ? 1 : 0.1;
        assertEquals(List.of(), rowsMarked(ActivationReports.exerciseLeakyRelu(
                x -> x == 0 ? 1e-6 : Math.max(0.1 * x, x), slope), "wrong"));
        assertEquals(List.of("0"), rowsMarked(ActivationReports.exerciseLeakyRelu(
                x -> x == 0 ? 2e-6 : Math.max(0.1 * x, x), slope), "wrong"));
    }

    @Test
    void thePrintHelpersPrintTheReports() {
        DoubleUnaryOperator tanhDerivative = x -> 1 - Math.tanh(x) * Math.tanh(x);
        assertEquals(ActivationReports.exerciseDerivative(Activation.TANH, tanhDerivative),
                StandardOutput.capture(() -> ActivationExercises.printDerivativeCheck(Activation.TANH, tanhDerivative)));
        DoubleUnaryOperator leaky = x -> Math.max(0.1 * x, x);
        DoubleUnaryOperator slope = x -> x > 0 ? 1 : 0.1;
        assertEquals(ActivationReports.exerciseLeakyRelu(leaky, slope),
                StandardOutput.capture(() -> ActivationExercises.printLeakyRelu(leaky, slope)));
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
        assertTrue(e.getMessage().contains("derivative"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ActivationReports.exerciseLeakyRelu(x -> x, null));
        assertTrue(e.getMessage().contains("leakyDerivative"), e.getMessage());
    }
}
