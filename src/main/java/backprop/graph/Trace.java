package backprop.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;

import backprop.Format;

/**
 * The lines of a computation-graph trace, shared by the shopping examples so that every node is
 * printed the same way: the expression with its names, then with its numbers, then the result.
 *
 * <p>{@code d(q)} in a trace means ∂(final output)/∂q, the gradient that has reached q.
 */
final class Trace {
    private Trace() {}

    /**
     * A number as the slides write it. Computed values are first rounded to 8 decimals, the
     * precision the slides use everywhere, because binary floating point cannot hold 1.1 exactly:
     * 1.1 × 3 comes out as 3.3000000000000003 and 200 × 1.1 as 220.00000000000003. Rounded, they
     * print as the slides' 3.3 and 220; given data (100, 2, 1.1) prints unchanged.
     */
    static String shown(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        return Format.num(BigDecimal.valueOf(x).setScale(8, RoundingMode.HALF_EVEN).doubleValue());
    }

    /** {@code z = x × y = 100 × 2 = 200} */
    static String mulForward(String z, String x, String y, MulNode node, double result) {
        return "  " + z + " = " + x + " × " + y + " = " + shown(node.x()) + " × " + shown(node.y())
                + " = " + shown(result) + "\n";
    }

    /** {@code z = x + y = 200 + 450 = 650} */
    static String addForward(String z, String x, String y, double xValue, double yValue, double result) {
        return "  " + z + " = " + x + " + " + y + " = " + shown(xValue) + " + " + shown(yValue)
                + " = " + shown(result) + "\n";
    }

    /** A multiply node's backward step: upstream, the two local gradients, the two products. */
    static String mulBackward(String z, String x, String y, MulNode node, double dout, Gradients g) {
        return "  multiply node " + z + " = " + x + " × " + y + "\n"
                + "    upstream    d(" + z + ") = " + shown(dout) + "\n"
                + "    local       ∂(" + z + ")/∂(" + x + ") = " + y + " = " + shown(node.y()) + "\n"
                + "                ∂(" + z + ")/∂(" + y + ") = " + x + " = " + shown(node.x()) + "\n"
                + "    downstream  d(" + x + ") = " + shown(dout) + " × " + shown(node.y()) + " = " + shown(g.dx()) + "\n"
                + "                d(" + y + ") = " + shown(dout) + " × " + shown(node.x()) + " = " + shown(g.dy()) + "\n";
    }

    /** An add node's backward step: the upstream gradient passes to both inputs unchanged. */
    static String addBackward(String z, String x, String y, double dout, Gradients g) {
        return "  add node " + z + " = " + x + " + " + y + "\n"
                + "    upstream    d(" + z + ") = " + shown(dout) + "\n"
                + "    local       ∂(" + z + ")/∂(" + x + ") = 1, ∂(" + z + ")/∂(" + y + ") = 1\n"
                + "    downstream  d(" + x + ") = " + shown(dout) + " × 1 = " + shown(g.dx()) + "\n"
                + "                d(" + y + ") = " + shown(dout) + " × 1 = " + shown(g.dy()) + "\n";
    }
}
