package backprop.graph;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GraphExercisesTest {

    @Test
    void forgettingToSwapTheInputsIsMarkedWrong() {
        // d(apple price) = d(apple total) × apple price (not swapped) is the usual slip.
        String out = GraphExercises.shopping2Backward(1.1, 650, 1.1, 1.1, 110, 2.2, 165, 3.3);
        assertTrue(out.contains("4 of 8 gradients are wrong"), out);
    }

    @Test
    void aSquareNodeThatForgetsTheFactorTwoIsWrongAtEveryPoint() {
        double[] t = {0};
        String out = GraphExercises.squareNode(x -> { t[0] = x; return x * x; }, dz -> dz * t[0]);
        assertTrue(out.contains("3 of 3 points are wrong"), out);
    }

    @Test
    void nullNodesAreRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> GraphExercises.squareNode(x -> x, null));
        assertTrue(e.getMessage().contains("backward"), e.getMessage());
    }
}
