package backprop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import backprop.Answers;
import backprop.StandardOutput;

@ResourceLock(Resources.SYSTEM_OUT)
class GraphExercisesTest {

    /** What the answer key holds for an exercise, without its header line and the blank line after it. */
    private static String answerKey(String name) throws IOException {
        String text = Files.readString(Answers.ROOT.resolve("04-graph").resolve(name + ".approved.txt"),
                StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\n\n") + 2);
    }

    /** The slides' gradients of 계산그래프 2, in the helper's order. */
    private static String slidesGradients() {
        return GraphExercises.shopping2Backward(1.1, 650, 1.1, 1.1, 2.2, 110, 3.3, 165);
    }

    @Test
    void theSlidesGradientsPrintTheAnswerKey() throws IOException {
        assertEquals(answerKey("exercise-4.1-shopping-backward"), slidesGradients());
        assertEquals(slidesGradients(), StandardOutput.capture(() ->
                GraphExercises.printShopping2Backward(1.1, 650, 1.1, 1.1, 2.2, 110, 3.3, 165)));
    }

    @Test
    void forgettingToSwapTheInputsIsMarkedWrong() {
        // d(apple price) = d(apple total) × apple price (not swapped) is the usual slip.
        String out = GraphExercises.shopping2Backward(1.1, 650, 1.1, 1.1, 110, 2.2, 165, 3.3);
        assertTrue(out.endsWith("\n4 of 8 gradients are wrong\n"), out);
        assertTrue(out.contains("  d(apple price)   = 110   wrong\n"), out);
        assertTrue(out.contains("  d(tax)           = 650   ok\n"), out);
    }

    @Test
    void aGradientOffInItsSixthDigitIsWrongAndOneOffByRoundingIsRight() {
        // 1.1 × 2 is 2.2000000000000002 in floating point: right. 2.200002 is not the slides' 2.2.
        String rounding = GraphExercises.shopping2Backward(1.1, 650, 1.1, 1.1, 1.1 * 2, 1.1 * 100, 1.1 * 3, 1.1 * 150);
        assertTrue(rounding.endsWith("all 8 gradients are right\n"), rounding);
        // The tolerance is relative: d(tax) = 650 off by 650 × 1e-10 is still 650.
        String large = GraphExercises.shopping2Backward(1.1, 650 * (1 + 1e-10), 1.1, 1.1, 2.2, 110, 3.3, 165);
        assertTrue(large.endsWith("all 8 gradients are right\n"), large);
        String off = GraphExercises.shopping2Backward(1.1, 650, 1.1, 1.1, 2.200002, 110, 3.3, 165);
        assertTrue(off.endsWith("1 of 8 gradients are wrong\n"), off);
    }

    @Test
    void aRightSquareNodePrintsTheAnswerKey() throws IOException {
        double[] t = {0};
        String out = GraphExercises.squareNode(x -> { t[0] = x; return x * x; }, dz -> dz * 2 * t[0]);
        assertEquals(answerKey("exercise-4.2-square-node"), out);
        assertEquals(out, StandardOutput.capture(() ->
                GraphExercises.printSquareNode(x -> { t[0] = x; return x * x; }, dz -> dz * 2 * t[0])));
    }

    @Test
    void aSquareNodeThatForgetsTheFactorTwoIsWrongAtEveryPoint() {
        double[] t = {0};
        String out = GraphExercises.squareNode(x -> { t[0] = x; return x * x; }, dz -> dz * t[0]);
        assertTrue(out.endsWith("\n3 of 3 points are wrong\n"), out);
        // At (2, 3): d(t) = t = 5 instead of 2t = 10.
        assertTrue(out.contains("d(t) = your backward(1) = 5 → add node → d(x) = 5, d(y) = 5"), out);
    }

    @Test
    void aSquareNodeWithTheWrongForwardIsWrongEvenWithTheRightGradient() {
        double[] t = {0};
        // forward returns 2t (the derivative) instead of t²: 2t = t² only at t = 0 and 2, and t is 5, 1.5, -2.5.
        String out = GraphExercises.squareNode(x -> { t[0] = x; return 2 * x; }, dz -> dz * 2 * t[0]);
        assertTrue(out.contains("3 of 3 points are wrong"), out);
    }

    @Test
    void nullNodesAreRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> GraphExercises.squareNode(x -> x, null));
        assertTrue(e.getMessage().contains("backward"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphExercises.squareNode(null, x -> x));
        assertTrue(e.getMessage().contains("forward"), e.getMessage());
    }
}
