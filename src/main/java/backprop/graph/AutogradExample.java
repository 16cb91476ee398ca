package backprop.graph;

import java.util.List;

/**
 * The shopping example rebuilt with {@link Value}: no node objects wired by hand, the arithmetic
 * records the graph by itself, and one {@code backward()} call gives every gradient. Also the
 * case the hand-wired nodes make easy to get wrong: a value used twice.
 */
public final class AutogradExample {
    private AutogradExample() {}

    /**
     * 계산그래프 2 as a {@link Value} graph with labelled nodes; its output is the amount paid.
     * Call {@code backward()} on it, then read the leaves' grads.
     */
    public static Value fruitShopping(double applePrice, double appleCount, double orangePrice,
                                      double orangeCount, double tax) {
        Value apple = Value.of(applePrice, "apple price");
        Value apples = Value.of(appleCount, "apple count");
        Value orange = Value.of(orangePrice, "orange price");
        Value oranges = Value.of(orangeCount, "orange count");
        Value taxRate = Value.of(tax, "tax");
        Value appleTotal = apple.times(apples).label("apple total");
        Value orangeTotal = orange.times(oranges).label("orange total");
        Value beforeTax = appleTotal.plus(orangeTotal).label("before tax");
        return beforeTax.times(taxRate).label("amount paid");
    }

    public static String report() {
        StringBuilder out = new StringBuilder();
        out.append("계산그래프 2 with autograd (Value): the arithmetic records the graph by itself\n");
        out.append("(computed values rounded to 8 decimals, the slides' precision, and printed without trailing zeros)\n\n");

        Value price = fruitShopping(100, 2, 150, 3, 1.1);
        out.append("순전파(forward)\n");
        for (Value node : price.topologicalOrder()) {
            if (!node.isLeaf()) {
                out.append("  ").append(equation(node)).append("\n");
            }
        }
        price.backward();
        out.append("\n역전파(backward): amountPaid.backward(), every leaf's grad = ∂(amount paid)/∂(leaf)\n");
        for (Value node : price.topologicalOrder()) {
            if (node.isLeaf()) {
                out.append("  d(").append(node.label()).append(") = ").append(Trace.shown(node.grad())).append("\n");
            }
        }
        out.append("  the same gradients as the hand-wired MulNode/AddNode trace\n\n");
        out.append("graph (topological order: every node after its inputs)\n");
        out.append(ChainRule.indent(price.graph(), "  "));

        out.append("\n같은 값을 두 번 사용(a value used twice): the tax applied to each fruit separately\n");
        Value apple = Value.of(100, "apple price");
        Value apples = Value.of(2, "apple count");
        Value orange = Value.of(150, "orange price");
        Value oranges = Value.of(3, "orange count");
        Value tax = Value.of(1.1, "tax");
        Value appleTotal = apple.times(apples).label("apple total");
        Value orangeTotal = orange.times(oranges).label("orange total");
        Value appleTaxed = appleTotal.times(tax).label("apple taxed");
        Value orangeTaxed = orangeTotal.times(tax).label("orange taxed");
        Value paid = appleTaxed.plus(orangeTaxed).label("amount paid");
        for (Value node : List.of(appleTotal, orangeTotal, appleTaxed, orangeTaxed, paid)) {
            out.append("  ").append(equation(node)).append("\n");
        }
        paid.backward();
        // What reaches tax along each of its two edges: the upstream grad × the local gradient.
        double viaApple = appleTaxed.grad() * appleTaxed.localGradients().get(1);
        double viaOrange = orangeTaxed.grad() * orangeTaxed.localGradients().get(1);
        out.append("  tax feeds two multiply nodes, so its gradient is the sum over both edges:\n");
        out.append("  d(tax) = d(apple taxed) × apple total + d(orange taxed) × orange total\n");
        out.append("         = ").append(Trace.shown(appleTaxed.grad())).append(" × ")
                .append(Trace.shown(appleTaxed.localGradients().get(1))).append(" + ")
                .append(Trace.shown(orangeTaxed.grad())).append(" × ")
                .append(Trace.shown(orangeTaxed.localGradients().get(1))).append(" = ")
                .append(Trace.shown(viaApple)).append(" + ").append(Trace.shown(viaOrange)).append(" = ")
                .append(Trace.shown(tax.grad())).append("\n");
        out.append(ChainRule.indent(paid.graph(), "  "));

        out.append("\nx × x: both inputs of one multiply node are the same x\n");
        Value x = Value.of(3, "x");
        Value square = x.times(x).label("z");
        square.backward();
        out.append("  ").append(equation(square)).append("\n");
        out.append("  d(x) = ∂z/∂(first x) + ∂z/∂(second x) = x + x = ")
                .append(Trace.shown(square.localGradients().get(0))).append(" + ")
                .append(Trace.shown(square.localGradients().get(1))).append(" = ")
                .append(Trace.shown(x.grad())).append(" = 2x\n");
        return out.toString();
    }

    /** {@code apple total = apple price × apple count = 100 × 2 = 200}, read off a binary node. */
    private static String equation(Value node) {
        Value a = node.children().get(0);
        Value b = node.children().get(1);
        return node.label() + " = " + a.label() + " " + node.op() + " " + b.label()
                + " = " + Trace.shown(a.data()) + " " + node.op() + " " + Trace.shown(b.data())
                + " = " + Trace.shown(node.data());
    }
}
