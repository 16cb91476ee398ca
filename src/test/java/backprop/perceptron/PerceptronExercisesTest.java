package backprop.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The printing helpers of exercises 2.1 and 2.2. */
class PerceptronExercisesTest {

    private static String captured(Runnable printing) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            printing.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void differentWeightsForTheSameGatePrintTheSameThing() {
        // Grading compares outputs, so every right choice of weights must print identically.
        String saito = captured(() -> PerceptronExercises.printGate("NAND", Perceptron.nand()));
        String other = captured(() -> PerceptronExercises.printGate("NAND", Perceptron.tlu(1.5, -1, -1)));
        assertEquals(saito, other);
        assertEquals("NAND\nx1 x2 y\n0 0 1\n1 0 1\n0 1 1\n1 1 0\n\n", saito);
    }

    @Test
    void anXorRowReadsLikeTheSlides() {
        assertEquals("1 0 1 1 1\n", captured(() -> PerceptronExercises.printXorRow(1, 0, 1, 1, 1)));
    }

    @Test
    void nullsAreRefusedByName() {
        IllegalArgumentException gate = assertThrows(IllegalArgumentException.class,
                () -> PerceptronExercises.printGate("OR", null));
        assertTrue(gate.getMessage().contains("gate"), gate.getMessage());
    }
}
