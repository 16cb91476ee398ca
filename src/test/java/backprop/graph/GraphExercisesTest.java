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
        return GraphReports.exerciseShopping2Backward(1.1, 650, 1.1, 1.1, 2.2, 110, 3.3, 165);
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
        String out = GraphReports.exerciseShopping2Backward(1.1, 650, 1.1, 1.1, 110, 2.2, 165, 3.3);
        assertTrue(out.endsWith("\n기울기 8개 가운데 4개가 틀렸다\n"), out);
        assertEquals(java.util.List.of("d(apple price)", "110", "틀림"), row(out, "d(apple price)"));
        assertEquals(java.util.List.of("d(tax)", "650", "ok"), row(out, "d(tax)"));
    }

    @Test
    void aGradientOffInItsSixthDigitIsWrongAndOneOffByRoundingIsRight() {
        // 1.1 × 2 is 2.2000000000000002 in floating point: right. 2.200002 is not the slides' 2.2.
        String rounding = GraphReports.exerciseShopping2Backward(1.1, 650, 1.1, 1.1, 1.1 * 2, 1.1 * 100, 1.1 * 3, 1.1 * 150);
        assertTrue(rounding.endsWith("기울기 8개가 모두 맞다\n"), rounding);
        // The tolerance is relative: d(tax) = 650 off by 650 × 1e-10 is still 650.
        String large = GraphReports.exerciseShopping2Backward(1.1, 650 * (1 + 1e-10), 1.1, 1.1, 2.2, 110, 3.3, 165);
        assertTrue(large.endsWith("기울기 8개가 모두 맞다\n"), large);
        String off = GraphReports.exerciseShopping2Backward(1.1, 650, 1.1, 1.1, 2.200002, 110, 3.3, 165);
        assertTrue(off.endsWith("기울기 8개 가운데 1개가 틀렸다\n"), off);
    }

    @Test
    void aRightSquareNodePrintsTheAnswerKey() throws IOException {
        double[] t = {0};
        String out = GraphReports.exerciseSquareNode(x -> { t[0] = x; return x * x; }, dz -> dz * 2 * t[0]);
        assertTrue(out.endsWith("\n모든 점에서 여러분의 제곱노드가 연쇄법칙과 같다\n"), out);
        assertEquals(answerKey("exercise-4.2-square-node"), out);
        assertEquals(out, StandardOutput.capture(() ->
                GraphExercises.printSquareNode(x -> { t[0] = x; return x * x; }, dz -> dz * 2 * t[0])));
    }

    @Test
    void aSquareNodeThatForgetsTheFactorTwoIsWrongAtEveryPoint() {
        double[] t = {0};
        String out = GraphReports.exerciseSquareNode(x -> { t[0] = x; return x * x; }, dz -> dz * t[0]);
        assertTrue(out.endsWith("\n점 3개 가운데 3개가 틀렸다\n"), out);
        // At (2, 3) with c = 1: d(t) = t = 5 instead of 2t = 10.
        assertTrue(out.contains("d(t) = 여러분의 backward(1) = 5 → 덧셈노드 → d(x) = 5, d(y) = 5"), out);
    }

    /**
     * The upstream gradient is not always 1: above the square node sits L = c·z, and a backward
     * that returns 2t whatever d(z) it is given is right only at the point where c = 1.
     */
    @Test
    void aSquareNodeThatIgnoresItsUpstreamGradientIsWrongWhereItIsNotOne() {
        double[] t = {0};
        String out = GraphReports.exerciseSquareNode(x -> { t[0] = x; return x * x; }, dz -> 2 * t[0]);
        assertTrue(out.endsWith("\n점 3개 가운데 2개가 틀렸다\n"), out);
        // At (0.5, 1) with c = 3: d(z) = 3, so d(t) must be 3 × 2 × 1.5 = 9, not 3.
        assertTrue(out.contains("d(z) = 3 → d(t) = 여러분의 backward(3) = 3 → 덧셈노드 → d(x) = 3, d(y) = 3"), out);
        assertTrue(out.contains("∂L/∂x = ∂L/∂y = c · 2(x + y) = 9   틀림"), out);
    }

    @Test
    void aSquareNodeWithTheWrongForwardIsWrongEvenWithTheRightGradient() {
        double[] t = {0};
        // forward returns 2t (the derivative) instead of t²: 2t = t² only at t = 0 and 2, and t is 5, 1.5, -2.5.
        String out = GraphReports.exerciseSquareNode(x -> { t[0] = x; return 2 * x; }, dz -> dz * 2 * t[0]);
        assertTrue(out.contains("점 3개 가운데 3개가 틀렸다"), out);
    }

    /** The cells of the table row for one gradient. */
    private static java.util.List<String> row(String out, String gradient) {
        return out.lines().map(String::trim).filter(l -> l.startsWith(gradient + " "))
                .map(l -> {
                    java.util.List<String> cells = new java.util.ArrayList<>(java.util.List.of(gradient));
                    cells.addAll(java.util.List.of(l.substring(gradient.length()).trim().split(" +")));
                    return cells;
                }).findFirst().orElseThrow();
    }

    @Test
    void nullNodesAreRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> GraphReports.exerciseSquareNode(x -> x, null));
        assertTrue(e.getMessage().contains("backward"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphReports.exerciseSquareNode(null, x -> x));
        assertTrue(e.getMessage().contains("forward"), e.getMessage());
    }
}
