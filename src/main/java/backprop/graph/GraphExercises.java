package backprop.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import backprop.Format;
import backprop.Require;

/**
 * Printing helpers for the chapter's exercises. They fix the output's format, so that grading
 * compares the gradients a student computed, not the way they were printed.
 *
 * <p>Numbers go through {@link Format#num}, as in the shopping traces, so that
 * 1.1 × 100 = 110.00000000000001 prints as the slides' 110.
 */
public final class GraphExercises {
    private GraphExercises() {}

    /** How close a student's gradient must come to the right one to be marked ok. */
    static final double TOLERANCE = 1e-9;

    /**
     * Exercise 4.1, the slides' 역전파 연습문제: every gradient of computation graph 2, from the
     * output back to the leaves, each marked ok or wrong against autograd ({@link AutogradExample#fruitShopping}).
     */
    public static void printShopping2Backward(double dBeforeTax, double dTax,
                                              double dAppleTotal, double dOrangeTotal,
                                              double dApplePrice, double dAppleCount,
                                              double dOrangePrice, double dOrangeCount) {
        System.out.print(shopping2Backward(dBeforeTax, dTax, dAppleTotal, dOrangeTotal,
                dApplePrice, dAppleCount, dOrangePrice, dOrangeCount));
    }

    /** The text {@link #printShopping2Backward} prints. */
    public static String shopping2Backward(double dBeforeTax, double dTax,
                                           double dAppleTotal, double dOrangeTotal,
                                           double dApplePrice, double dAppleCount,
                                           double dOrangePrice, double dOrangeCount) {
        // The expected gradients come from autograd, which also has the inner nodes' gradients.
        Value paid = AutogradExample.fruitShopping(100, 2, 150, 3, 1.1);
        paid.backward();
        Map<String, Double> grad = new LinkedHashMap<>();
        for (Value node : paid.topologicalOrder()) {
            grad.put(node.label(), node.grad());
        }
        StringBuilder out = new StringBuilder();
        out.append("계산그래프 2: amount paid = (100 × 2 + 150 × 3) × 1.1 = ").append(Format.num(paid.data()))
                .append(", d(amount paid) = 1\n");
        out.append("역전파(backward), from the output back to the leaves:\n");
        int[] wrong = {0};
        line(out, wrong, "before tax", dBeforeTax, grad);
        line(out, wrong, "tax", dTax, grad);
        line(out, wrong, "apple total", dAppleTotal, grad);
        line(out, wrong, "orange total", dOrangeTotal, grad);
        line(out, wrong, "apple price", dApplePrice, grad);
        line(out, wrong, "apple count", dAppleCount, grad);
        line(out, wrong, "orange price", dOrangePrice, grad);
        line(out, wrong, "orange count", dOrangeCount, grad);
        out.append(wrong[0] == 0 ? "all 8 gradients are right\n" : wrong[0] + " of 8 gradients are wrong\n");
        return out.toString();
    }

    private static void line(StringBuilder out, int[] wrong, String label, double yours, Map<String, Double> grad) {
        boolean ok = close(yours, grad.get(label));
        String name = "d(" + label + ")";
        wrong[0] += ok ? 0 : 1;
        out.append("  ").append(name).append(" ".repeat(Math.max(1, 17 - name.length())))
                .append("= ").append(Format.num(yours)).append(ok ? "   ok" : "   wrong").append('\n');
    }

    /** Exercise 4.2: the (x, y) pairs the square node is checked on. */
    static final double[][] CHAIN_RULE_POINTS = {{2, 3}, {0.5, 1}, {-4, 1.5}};

    /**
     * Exercise 4.2: a student's square node z = t² (forward remembers t, backward turns d(z) into
     * d(t)) inside the slides' chain-rule graph z = (x + y)², t = x + y, with an {@link AddNode}
     * for t. For each (x, y) the helper calls {@code forward} then {@code backward(1)}, and
     * compares with 2(x + y) and with autograd ({@link Value#pow(double)}).
     */
    public static void printSquareNode(DoubleUnaryOperator forward, DoubleUnaryOperator backward) {
        System.out.print(squareNode(forward, backward));
    }

    /** The text {@link #printSquareNode} prints. */
    public static String squareNode(DoubleUnaryOperator forward, DoubleUnaryOperator backward) {
        Require.notNull("forward", forward);
        Require.notNull("backward", backward);
        StringBuilder out = new StringBuilder("연쇄법칙(chain rule) z = (x + y)² with your square node: t = x + y, z = t²\n");
        int wrong = 0;
        for (double[] point : CHAIN_RULE_POINTS) {
            double x = point[0];
            double y = point[1];
            AddNode add = new AddNode();
            double t = add.forward(x, y);
            double z = forward.applyAsDouble(t);
            double dt = backward.applyAsDouble(1);
            Gradients g = add.backward(dt);

            Value xv = Value.of(x, "x");
            Value yv = Value.of(y, "y");
            Value zv = xv.plus(yv).pow(2);
            zv.backward();

            boolean ok = close(z, zv.data()) && close(g.dx(), xv.grad()) && close(g.dy(), yv.grad());
            wrong += ok ? 0 : 1;
            out.append("\n(x, y) = (").append(Format.num(x)).append(", ").append(Format.num(y)).append(")\n");
            out.append("  순전파(forward)   t = ").append(Format.num(x)).append(" + ").append(Format.num(y))
                    .append(" = ").append(Format.num(t)).append(", z = your forward(t) = ").append(Format.num(z)).append('\n');
            out.append("  역전파(backward)  d(z) = 1 → d(t) = your backward(1) = ").append(Format.num(dt))
                    .append(" → add node → d(x) = ").append(Format.num(g.dx()))
                    .append(", d(y) = ").append(Format.num(g.dy())).append('\n');
            out.append("  expected        z = ").append(Format.num(zv.data()))
                    .append(", ∂z/∂x = ∂z/∂y = 2(x + y) = ").append(Format.num(xv.grad()))
                    .append(ok ? "   ok" : "   wrong").append('\n');
        }
        out.append(wrong == 0 ? "\nyour square node agrees with the chain rule at every point\n"
                : "\n" + wrong + " of " + CHAIN_RULE_POINTS.length + " points are wrong\n");
        return out.toString();
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
