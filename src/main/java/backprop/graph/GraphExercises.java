package backprop.graph;

import java.util.function.DoubleUnaryOperator;

/**
 * Printing helpers for the chapter's exercises. They fix the output's format (the text comes from
 * {@link GraphReports}), so that grading compares the gradients a student computed, not the way
 * they were printed.
 */
public final class GraphExercises {
    private GraphExercises() {}

    /** How close a student's gradient must come to the right one to be marked ok. */
    static final double TOLERANCE = 1e-9;

    /**
     * Exercise 4.2: the (x, y) pairs the square node is checked on, and the factor c of the node
     * above it, L = c·z, so that the square node's backward gets the upstream gradient d(z) = c.
     * The first point is the slides' own graph (c = 1); at the others a backward that ignores its
     * upstream gradient gives the wrong d(x) and d(y).
     */
    static final double[][] CHAIN_RULE_POINTS = {{2, 3, 1}, {0.5, 1, 3}, {-4, 1.5, -0.5}};

    /**
     * Exercise 4.1, the slides' 역전파 연습문제: every gradient of computation graph 2, from the
     * output back to the leaves, each marked ok or wrong against autograd ({@link AutogradExample#fruitShopping}).
     */
    public static void printShopping2Backward(double dBeforeTax, double dTax,
                                              double dAppleTotal, double dOrangeTotal,
                                              double dApplePrice, double dAppleCount,
                                              double dOrangePrice, double dOrangeCount) {
        System.out.print(GraphReports.exerciseShopping2Backward(dBeforeTax, dTax, dAppleTotal, dOrangeTotal,
                dApplePrice, dAppleCount, dOrangePrice, dOrangeCount));
    }

    /**
     * Exercise 4.2: a student's square node z = t² (forward remembers t, backward turns the
     * upstream d(z) into d(t)) inside the graph L = c·(x + y)², t = x + y, with an {@link AddNode}
     * for t and a {@link MulNode} for L. For each point the helper calls {@code forward}, then
     * {@code backward(c)}, and compares with 2c(x + y) and with autograd.
     */
    public static void printSquareNode(DoubleUnaryOperator forward, DoubleUnaryOperator backward) {
        System.out.print(GraphReports.exerciseSquareNode(forward, backward));
    }
}
