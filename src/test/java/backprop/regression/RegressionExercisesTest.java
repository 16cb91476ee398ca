package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import backprop.StandardOutput;

/** The printing helpers of exercises 1.1 and 1.2: what they print, and what they refuse. */
@ResourceLock(Resources.SYSTEM_OUT)
class RegressionExercisesTest {


    @Test
    void printStepShowsTheStudentsStepAndTheLossesOfBothLines() {
        Line start = Line.of(0, 0);
        Gradient g = Mse.gradient(start, Dataset.studyHours());
        Line next = GradientDescent.step(start, Dataset.studyHours(), 0.1);
        String out = StandardOutput.capture(() -> RegressionExercises.printStep(1, start, 0.1, g.dLda(), g.dLdb(), next));
        assertTrue(out.contains("∂L/∂a = -28.00000000, ∂L/∂b = -10.00000000"), out);
        assertTrue(out.contains("= 2.80000000\n"), out);
        assertTrue(out.endsWith("loss 4.64000000\n"), out);
    }

    @Test
    void aDivergingRowHidesTheLine() {
        String out = StandardOutput.capture(() -> RegressionExercises.printStoppingRow(0.2,
                RegressionExercises.Outcome.DIVERGING, 1, Line.of(5.6, 2)));
        assertEquals("   0.2  DIVERGING        1             -             -             -\n", out);
    }

    @Test
    void aBlownUpLineIsPrintedShortNotAsHundredsOfDigits() {
        String out = StandardOutput.capture(() -> RegressionExercises.printStoppingRow(0.2,
                RegressionExercises.Outcome.OUT_OF_STEPS, 500, Line.of(-1e113, 4e112)));
        assertTrue(out.contains("-1.000e+113"), out);
        assertTrue(out.length() < 120, out);
    }

    @Test
    void nullsAreRefusedByName() {
        IllegalArgumentException from = assertThrows(IllegalArgumentException.class,
                () -> RegressionExercises.printStep(1, null, 0.1, 0, 0, Line.of(0, 0)));
        assertTrue(from.getMessage().contains("from"), from.getMessage());
        IllegalArgumentException outcome = assertThrows(IllegalArgumentException.class,
                () -> RegressionExercises.printStoppingRow(0.1, null, 1, Line.of(0, 0)));
        assertTrue(outcome.getMessage().contains("outcome"), outcome.getMessage());
    }
}
