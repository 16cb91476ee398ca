package backprop.digits;

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
class DigitsExercisesTest {

    /** The approved answer without its header line and the blank line after it. */
    private static String answer(String name) throws IOException {
        String text = Files.readString(Answers.ROOT.resolve("06-digits").resolve(name + ".approved.txt"),
                StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\n\n") + 2);
    }

    /** The standard run's confusion matrix holds the counts: row sums are the images, the diagonal the right ones. */
    @Test
    void theStandardRunsCountsPrintExercise61sAnswer() throws IOException {
        int[][] counts = DigitTraining.standard().run().confusion();
        int[] right = new int[10];
        int[] total = new int[10];
        for (int t = 0; t < 10; t++) {
            right[t] = counts[t][t];
            for (int p = 0; p < 10; p++) {
                total[t] += counts[t][p];
            }
        }
        assertEquals(answer("exercise-6.1-accuracy"), StandardOutput.capture(() -> DigitsExercises.printAccuracy(right, total)));
    }

    /** 1438 images in batches of 10 are 144 steps an epoch, 720 in five; epoch 5 of the standard run has 93.87%. */
    @Test
    void theHeaderAndTheStandardRowPrintExercise62sLines() throws IOException {
        String printed = StandardOutput.capture(() -> {
            DigitsExercises.printBatchHeader(5);
            DigitsExercises.printBatchRow(10, 2, 720, DigitTraining.standard().withEpochs(5).run().testAccuracy());
        });
        String[] lines = answer("exercise-6.2-batch-size").split("\n");
        assertEquals(lines[0] + "\n" + lines[1] + "\n" + lines[5] + "\n", printed);
    }

    @Test
    void theUntouchedSkeletonsCountsPrintDashesNotADivisionByZero() {
        String out = DigitsExercises.accuracyTable(new int[10], new int[10]);
        assertTrue(out.contains("\n전체        0          0       —\n"), out);
        assertTrue(out.endsWith("틀린 이미지: 0\n"), out);
    }

    @Test
    void countsAddUpOverTheDigits() {
        int[] right = {1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
        int[] total = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        String out = DigitsExercises.accuracyTable(right, total);
        assertTrue(out.contains("\n   9        0          1    0.00%\n"), out);
        assertTrue(out.contains("\n전체        9         10   90.00%\n"), out);
        assertTrue(out.endsWith("틀린 이미지: 1\n"), out);
    }

    @Test
    void badCountsNameTheParameter() {
        var e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.accuracyTable(new int[9], new int[10]));
        assertTrue(e.getMessage().contains("right") && e.getMessage().contains("9"), e.getMessage());
        int[] right = new int[10];
        right[3] = 2;
        e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.accuracyTable(right, new int[10]));
        assertTrue(e.getMessage().contains("right[3]"), e.getMessage());
        int[] negative = new int[10];
        negative[0] = -1;
        e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.accuracyTable(new int[10], negative));
        assertTrue(e.getMessage().contains("total[0]") && e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void aBatchRowPrintsTheStepsAndThePercentage() {
        assertEquals("        10     2     720          93.87%\n", DigitsExercises.batchRow(10, 2.0, 720, 0.9387));
        assertEquals("         1   0.5       0           0.00%\n", DigitsExercises.batchRow(1, 0.5, 0, 0));
    }

    @Test
    void badBatchRowsNameTheParameter() {
        var e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.batchRow(0, 2, 1, 0.5));
        assertTrue(e.getMessage().contains("batchSize"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.batchRow(10, 2, 1, 93.87));
        assertTrue(e.getMessage().contains("testAccuracy") && e.getMessage().contains("93.87"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.batchRow(10, Double.NaN, 1, 0.5));
        assertTrue(e.getMessage().contains("learningRate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DigitsExercises.batchHeader(0));
        assertTrue(e.getMessage().contains("epochs"), e.getMessage());
    }
}
