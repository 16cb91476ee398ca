package backprop.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import backprop.StandardOutput;

/** The printing helpers of exercises 2.1 and 2.2. */
@ResourceLock(Resources.SYSTEM_OUT)
class PerceptronExercisesTest {


    @Test
    void differentWeightsForTheSameGatePrintTheSameThing() {
        // Grading compares outputs, so every right choice of weights must print identically.
        String saito = StandardOutput.capture(() -> PerceptronExercises.printGate("NAND", Perceptron.nand()));
        String other = StandardOutput.capture(() -> PerceptronExercises.printGate("NAND", Perceptron.tlu(1.5, -1, -1)));
        assertEquals(saito, other);
        assertEquals("NAND\nx1 x2 y\n0 0 1\n1 0 1\n0 1 1\n1 1 0\n\n", saito);
    }

    @Test
    void anXorRowReadsLikeTheSlides() {
        assertEquals("1 0 1 1 1\n", StandardOutput.capture(() -> PerceptronExercises.printXorRow(1, 0, 1, 1, 1)));
    }

    @Test
    void theSlidesWiringPrintsTheSlidesTable() {
        String out = StandardOutput.capture(() -> {
            PerceptronExercises.printXorHeaderNandOr();
            for (double[] x : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                double s1 = Perceptron.nand().output(x);
                double s2 = Perceptron.or().output(x);
                PerceptronExercises.printXorRow(x[0], x[1], s1, s2, Perceptron.and().output(s1, s2));
            }
        });
        // The slides' XOR table, row for row.
        assertEquals("XOR, 슬라이드의 방법: s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2)\n"
                + "x1 x2 s1 s2 y\n0 0 1 0 0\n1 0 1 1 1\n0 1 1 1 1\n1 1 0 1 0\n", out);
    }

    @Test
    void theSecondWiringStartsAfterABlankLine() {
        String out = StandardOutput.capture(PerceptronExercises::printXorHeaderAndNot);
        assertEquals("\nXOR, 다른 방법: s1 = x1 AND NOT x2, s2 = NOT x1 AND x2, y = OR(s1, s2)\nx1 x2 s1 s2 y\n", out);
    }

    @Test
    void nullsAreRefusedByName() {
        IllegalArgumentException gate = assertThrows(IllegalArgumentException.class,
                () -> PerceptronExercises.printGate("OR", null));
        assertTrue(gate.getMessage().contains("gate"), gate.getMessage());
    }
}
