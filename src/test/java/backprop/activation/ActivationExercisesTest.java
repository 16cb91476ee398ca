package backprop.activation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

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
    void theLeftHandSlopeAtTheKinkIsWrong() {
        String out = ActivationReports.exerciseLeakyRelu(x -> Math.max(0.1 * x, x), x -> x > 0 ? 1 : 0.1);
        assertTrue(out.contains("1 of 7 rows differ"), out);
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
