package backprop.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void theSlidesStepPrintsExercise51sAnswer() throws IOException {
        SlidesExample slides = SlidesExample.slides();
        ForwardPass f = slides.forward();
        BackwardPass b = slides.backward();
        String printed = StandardOutput.capture(() -> {
            MlpExercises.printForward(f.h1(), f.h2(), f.o1(), f.o2(), f.errorTotal());
            MlpExercises.printStage1(b.dEdz3(), b.dEdz4(), b.dEdw5(), b.dEdw6(), b.dEdw7(), b.dEdw8());
            MlpExercises.printStage2(b.dEdh1(), b.dEdh2(), b.dEdz1(), b.dEdz2(), b.dEdw1(), b.dEdw2(), b.dEdw3(),
                    b.dEdw4());
            MlpExercises.printUpdate(slides.weights(), slides.updated());
            MlpExercises.printDecrease(f.errorTotal(), slides.forwardAgain().errorTotal());
        });
        assertEquals(answer("exercise-5.1-full-step"), printed);
    }

    /** The slides' names and BackwardPass's numbers, layer by layer as the routine runs, give 5.2's answer. */
    @Test
    void theSlidesQuantitiesUnderTheirNamesPrintExercise52sAnswer() throws IOException {
        BackwardPass b = SlidesExample.slides().backward();
        ForwardPass f = b.forward();
        Weights after = SlidesExample.slides().updated();
        String printed = StandardOutput.capture(() -> {
            MlpExercises.Labels labels = MlpExercises.labels();
            labels.label(2, "∂E/∂out", new double[] {b.dEdo1(), b.dEdo2()});
            labels.label(2, "∂out/∂z", new double[] {b.do1dz3(), b.do2dz4()});
            labels.label(2, "δ = ∂E/∂z", new double[] {b.dEdz3(), b.dEdz4()});
            labels.label(2, "∂E/∂w", new double[][] {{b.dEdw5(), b.dEdw6()}, {b.dEdw7(), b.dEdw8()}});
            labels.label(2, "∂E/∂in", new double[] {b.dEdh1(), b.dEdh2()});
            labels.label(1, "∂out/∂z", new double[] {b.dh1dz1(), b.dh2dz2()});
            labels.label(1, "δ = ∂E/∂z", new double[] {b.dEdz1(), b.dEdz2()});
            labels.label(1, "∂E/∂w", new double[][] {{b.dEdw1(), b.dEdw2()}, {b.dEdw3(), b.dEdw4()}});
            // ∂E_total/∂x_i = Σ_j δ_j · w_ji: the slides stop at the weights, the routine does not.
            labels.label(1, "∂E/∂in", new double[] {
                b.dEdz1() * f.weights().w1() + b.dEdz2() * f.weights().w3(),
                b.dEdz1() * f.weights().w2() + b.dEdz2() * f.weights().w4()});
            labels.label(1, "w+", new double[][] {{after.w1(), after.w2()}, {after.w3(), after.w4()}});
            labels.label(2, "w+", new double[][] {{after.w5(), after.w6()}, {after.w7(), after.w8()}});
            labels.print();
        });
        assertEquals(answer("exercise-5.2-comment-backprop"), printed);
    }

    @Test
    void aNameNotInTheListIsPrintedAsWrittenAndALayerOtherThan1Or2IsRefused() {
        String printed = StandardOutput.capture(() -> {
            MlpExercises.Labels labels = MlpExercises.labels();
            labels.label(2, "TODO", new double[] {0.5, 0.25});
            labels.print();
        });
        assertEquals("""
                층  이 줄이 계산하는 것  슬라이드의 이름과 값
                 2  TODO                 [0.5, 0.25]
                """, printed);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MlpExercises.labels().label(3, "w+", new double[] {1, 2}));
        assertEquals("layer must be 1 (hidden) or 2 (output), got 3", e.getMessage());
    }

    /** The experiments of 5.3 through WeightMovement, whose path is the slides' update repeated. */
    @Test
    void theExperimentsThroughWeightMovementPrintExercise53sAnswer() throws IOException {
        String printed = StandardOutput.capture(() -> {
            MlpExercises.Tuning table = MlpExercises.tuning();
            Weights slides = Weights.slides();
            Sample sample = Sample.slides();
            experiment(table, "기준(baseline)", slides, sample, 0.5, 50);
            experiment(table, "학습률 α = 2", slides, sample, 2, 50);
            experiment(table, "에폭 200", slides, sample, 0.5, 200);
            experiment(table, "초기 가중치를 거꾸로", new Weights(0.6, 0.7, 0.4, 0.45, 0.35, 0.4, 0.25, 0.3), sample, 0.5, 50);
            experiment(table, "입력 × 10", slides, new Sample(1, 2, 0.4, 0.6), 0.5, 50);
            experiment(table, "목표값 (0.6, 0.4)", slides, new Sample(0.1, 0.2, 0.6, 0.4), 0.5, 50);
            table.print();
        });
        assertEquals(answer("exercise-5.3-tuning"), printed);
    }

    private static void experiment(MlpExercises.Tuning table, String change, Weights start, Sample sample,
                                   double learningRate, int epochs) {
        WeightMovement movement = WeightMovement.of(start, sample, learningRate, epochs);
        int most = 1;
        for (int i = 2; i <= 8; i++) {
            if (movement.moved(i) > movement.moved(most)) {
                most = i;
            }
        }
        table.row(change, ForwardPass.of(movement.end(), sample).errorTotal(), most, movement.moved(most),
                movement.outputLayer(), movement.hiddenLayer());
    }

    @Test
    void theSymmetricStartPrintsExercise54sAnswer() throws IOException {
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
        assertEquals(answer("exercise-5.4-symmetric-weights"), printed);
    }

    /** The slides' own weights are not symmetric: h1 ≠ h2, and no pair of weights is equal. */
    @Test
    void unequalValuesAreMarkedNo() {
        ForwardPass f = SlidesExample.slides().forward();
        BackwardPass b = BackwardPass.of(f);
        assertEquals("    0  0.51998934  0.52747230    0.03240681    0.02848945  아니요\n",
                StandardOutput.capture(() -> MlpExercises.printSymmetryRow(0, f.h1(), f.h2(), b.dEdh1(), b.dEdh2())));
        assertEquals("    0  0.5  0.5           0.1           0.2  아니요\n",
                StandardOutput.capture(() -> MlpExercises.printSymmetryRow(0, 0.5, 0.5, 0.1, 0.2)));
        String weights = StandardOutput.capture(() -> MlpExercises.printSymmetryWeights(Weights.slides()));
        assertEquals("""
                학습이 끝난 가중치:
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
