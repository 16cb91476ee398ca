package backprop.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import backprop.Answers;
import backprop.StandardOutput;

/**
 * The exercises' printing helpers, given the right numbers, print the answer key; the numbers
 * come from the chapter's classes, the expected text from {@code answers/05-mlp/}.
 */
@ResourceLock(Resources.SYSTEM_OUT)
class MlpExercisesTest {

    /** The approved answer without its header line and the blank line after it. */
    private static String answer(String name) throws IOException {
        String text = Files.readString(Answers.ROOT.resolve("05-mlp").resolve(name + ".approved.txt"),
                StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\n\n") + 2);
    }

    @Test
    void theHiddenGradientsOfTheSlidesPrintExercise51sAnswer() throws IOException {
        BackwardPass b = SlidesExample.slides().backward();
        String printed = StandardOutput.capture(() -> MlpExercises.printHiddenGradients(b.dEdh1(), b.dEdh2(),
                b.dEdw1(), b.dEdw2(), b.dEdw3(), b.dEdw4()));
        assertEquals(answer("exercise-5.1-hidden-gradient"), printed);
    }

    @Test
    void theTuningRowsOfTheSlidesPrintExercise52sAnswer() throws IOException {
        String printed = StandardOutput.capture(() -> {
            MlpExercises.printTuningHeader();
            for (double rate : new double[] {0.1, 0.5, 1, 2}) {
                double[] errors = LearningRateTuning.slidesErrors(rate, 100);
                WeightMovement movement = WeightMovement.of(Weights.slides(), Sample.slides(), rate, 100);
                int most = 1;
                for (int i = 2; i <= 8; i++) {
                    if (movement.moved(i) > movement.moved(most)) {
                        most = i;
                    }
                }
                MlpExercises.printTuningRow(rate, errors[1], errors[10], errors[100], most, movement.moved(most));
            }
        });
        assertEquals(answer("exercise-5.2-tuning"), printed);
    }

    @Test
    void theSymmetricStartPrintsExercise53sAnswer() throws IOException {
        List<Weights> path = Symmetry.slidesPath(100);
        String printed = StandardOutput.capture(() -> {
            MlpExercises.printSymmetryHeader();
            for (int epoch : new int[] {0, 1, 10, 100}) {
                ForwardPass f = ForwardPass.of(path.get(epoch), Sample.slides());
                BackwardPass b = BackwardPass.of(f);
                MlpExercises.printSymmetryRow(epoch, f.h1(), f.h2(), b.dEdh1(), b.dEdh2());
            }
            MlpExercises.printSymmetryWeights(path.get(100));
        });
        assertEquals(answer("exercise-5.3-symmetric-weights"), printed);
    }

    /** The slides' own weights are not symmetric: h1 ≠ h2, and no pair of weights is equal. */
    @Test
    void unequalValuesAreMarkedNo() {
        ForwardPass f = SlidesExample.slides().forward();
        BackwardPass b = BackwardPass.of(f);
        assertEquals("    0  0.51998934  0.52747230    0.03240681    0.02848945  no\n",
                StandardOutput.capture(() -> MlpExercises.printSymmetryRow(0, f.h1(), f.h2(), b.dEdh1(), b.dEdh2())));
        assertEquals("    0  0.5  0.5           0.1           0.2  no\n",
                StandardOutput.capture(() -> MlpExercises.printSymmetryRow(0, 0.5, 0.5, 0.1, 0.2)));
        String weights = StandardOutput.capture(() -> MlpExercises.printSymmetryWeights(Weights.slides()));
        assertEquals("""
                weights after training:
                  w1 = 0.3
                  w2 = 0.25
                  w3 = 0.4
                  w4 = 0.35
                  w5 = 0.45
                  w6 = 0.4
                  w7 = 0.7
                  w8 = 0.6
                  w1 ≠ w3
                  w2 ≠ w4
                  w5 ≠ w6
                  w7 ≠ w8
                  w1 ≠ w2
                  w5 ≠ w7
                """, weights);
    }
}
