package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import backprop.StandardOutput;
import backprop.regression.RegressionExercises.Outcome;
import backprop.regression.RegressionExercises.Run;

/** The printing helpers of exercises 1.1 and 1.2: what they print, and what they refuse. */
@ResourceLock(Resources.SYSTEM_OUT)
class RegressionExercisesTest {


    @Test
    void printStepShowsTheStudentsStepAndTheLossesOfBothLines() {
        Line start = Line.of(0, 0);
        Gradient g = Mse.gradient(start, Dataset.studyHours());
        Line next = GradientDescent.step(start, Dataset.studyHours(), 0.1);
        String out = StandardOutput.capture(() -> RegressionExercises.printStep(1, start, 0.1, g.dLda(), g.dLdb(), next));
        // By hand (MseTest): ∂L/∂a = 2/5 × (−70), ∂L/∂b = 2/5 × (−25); a := 0 − 0.1 × (−28); L(2.8, 1) = 23.2 / 5.
        assertTrue(out.contains("∂L/∂a = -28, ∂L/∂b = -10"), out);
        assertTrue(out.contains("a := a − α·∂L/∂a = 0 − 0.1 × (-28) = 2.8\n"), out);
        assertTrue(out.startsWith("1걸음: 출발 y = 0x + 0, 손실 33.8\n"), out);
        assertTrue(out.endsWith("새 직선 y = 2.8x + 1, 손실 4.64\n"), out);
    }

    /** The fastest run is the converged one with the fewest steps, not the largest rate. */
    @Test
    void theFastestConvergedRunIsNamed() {
        String out = StandardOutput.capture(() -> RegressionExercises.printStopping(0.001, 500, List.of(
                new Run(0.13, Outcome.CONVERGED, 63, Line.of(2, 1)),
                new Run(0.145, Outcome.CONVERGED, 176, Line.of(2, 1)),
                new Run(0.2, Outcome.DIVERGING, 1, Line.of(5.6, 2))), 0.145));
        assertTrue(out.contains("가장 적은 걸음으로 수렴한 학습률: 0.13 (63걸음)\n"), out);
    }

    @Test
    void aDivergingRowHidesTheLine() {
        String out = StandardOutput.capture(() -> RegressionExercises.printStopping(0.001, 500,
                List.of(new Run(0.2, Outcome.DIVERGING, 1, Line.of(5.6, 2))), 0));
        String row = out.lines().filter(l -> l.contains("DIVERGING") && !l.contains("→")).findFirst().orElseThrow();
        assertEquals(List.of("0.2", "DIVERGING", "1", "-", "-", "-"), List.of(row.trim().split(" +")), out);
    }

    @Test
    void aBlownUpLineIsPrintedShortNotAsHundredsOfDigits() {
        String out = StandardOutput.capture(() -> RegressionExercises.printStopping(0.001, 500,
                List.of(new Run(0.2, Outcome.OUT_OF_STEPS, 500, Line.of(-1e113, 4e112))), 0));
        String row = out.lines().filter(l -> l.contains("OUT_OF_STEPS") && !l.contains("→")).findFirst().orElseThrow();
        assertTrue(row.contains("-1.000e+113") && row.contains("4.000e+112"), out);
        assertTrue(row.length() < 120, out);
    }

    @Test
    void theAnswerStandsNextToTheTheorysLimit() {
        String out = StandardOutput.capture(() -> RegressionExercises.printStopping(0.001, 500, List.of(), 0.14));
        assertTrue(out.contains("목록에서 수렴한 가장 큰 학습률: 0.14\n"), out);
        assertTrue(out.contains("가장 적은 걸음으로 수렴한 학습률: 없음\n"), out);
        // 2/λmax with λmax = 7 + √41 (GradientDescentTest), to 8 decimals.
        assertTrue(out.endsWith("2/λmax = " + String.format(java.util.Locale.ROOT, "%.8f", 2 / (7 + Math.sqrt(41))) + "\n"), out);
    }

    @Test
    void nullsAreRefusedByName() {
        IllegalArgumentException from = assertThrows(IllegalArgumentException.class,
                () -> RegressionExercises.printStep(1, null, 0.1, 0, 0, Line.of(0, 0)));
        assertTrue(from.getMessage().startsWith("from "), from.getMessage());
        IllegalArgumentException outcome = assertThrows(IllegalArgumentException.class,
                () -> new Run(0.1, null, 1, Line.of(0, 0)));
        assertTrue(outcome.getMessage().startsWith("outcome "), outcome.getMessage());
        IllegalArgumentException runs = assertThrows(IllegalArgumentException.class,
                () -> RegressionExercises.printStopping(0.001, 500, null, 0));
        assertTrue(runs.getMessage().startsWith("runs "), runs.getMessage());
    }
}
