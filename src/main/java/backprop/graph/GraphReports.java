package backprop.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import backprop.Format;
import backprop.Require;
import backprop.Table;
import backprop.activation.NumericalDerivative;

/**
 * The chapter's printed outputs, with the chapter's settings, so that the JShell walkthrough,
 * the tests and the answer key all print the same text.
 *
 * <p>A trace calls the nodes one at a time and prints each call, as Saito's
 * {@code buy_apple.py} does around its layers: forward through every node, then backward in the
 * reverse order. {@code d(q)} in a trace means ∂(final output)/∂q, the gradient that has reached q.
 */
public final class GraphReports {
    private GraphReports() {}

    /** How close autograd must come to the chain rule by hand to count as the same number. */
    public static final double TOLERANCE = 1e-9;

    private static final String ROUNDING =
            "(computed values rounded to 8 decimals, the slides' precision, and printed without trailing zeros)\n\n";

    // ----- 계산그래프 1 and 2, node by node ----------------------------------------------------

    /** {@link #shopping1(AppleShopping)} for the slides' numbers. */
    public static String shopping1() {
        return shopping1(AppleShopping.slides());
    }

    /** Forward, then backward from d(amount paid) = 1, every node's value and gradient shown. */
    public static String shopping1(AppleShopping shop) {
        Require.notNull("shop", shop);
        MulNode appleNode = shop.appleNode();
        MulNode taxNode = shop.taxNode();
        StringBuilder out = new StringBuilder();
        out.append("계산그래프 1 (computation graph 1): apple price ").append(Format.num(shop.applePrice()))
                .append(" won, apple count ").append(Format.num(shop.appleCount()))
                .append(", tax ").append(Format.num(shop.tax())).append(" (10% 소비세 consumption tax)\n");
        out.append(ROUNDING);

        out.append("순전파(forward)\n");
        double appleTotal = appleNode.forward(shop.applePrice(), shop.appleCount());
        out.append(mulForward("apple total", "apple price", "apple count", appleNode, appleTotal));
        double price = taxNode.forward(appleTotal, shop.tax());
        out.append(mulForward("amount paid", "apple total", "tax", taxNode, price));
        out.append("\n");

        double dprice = 1;
        out.append("역전파(backward), d(q) = ∂(amount paid)/∂q, starting from d(amount paid) = ")
                .append(Format.num(dprice)).append("\n");
        Gradients taxStep = taxNode.backward(dprice);
        out.append(mulBackward("amount paid", "apple total", "tax", taxNode, dprice, taxStep));
        Gradients appleStep = appleNode.backward(taxStep.dx());
        out.append(mulBackward("apple total", "apple price", "apple count", appleNode, taxStep.dx(), appleStep));

        out.append("\nresult: amount paid ").append(Format.num(price))
                .append("; d(apple price) ").append(Format.num(appleStep.dx()))
                .append(", d(apple count) ").append(Format.num(appleStep.dy()))
                .append(", d(tax) ").append(Format.num(taxStep.dy())).append("\n");
        return out.toString();
    }

    /** {@link #shopping2(FruitShopping)} for the slides' numbers. */
    public static String shopping2() {
        return shopping2(FruitShopping.slides());
    }

    /** Forward, then backward from d(amount paid) = 1, every node's value and gradient shown. */
    public static String shopping2(FruitShopping shop) {
        Require.notNull("shop", shop);
        MulNode appleNode = shop.appleNode();
        MulNode orangeNode = shop.orangeNode();
        AddNode fruitNode = shop.fruitNode();
        MulNode taxNode = shop.taxNode();
        StringBuilder out = new StringBuilder();
        out.append("계산그래프 2 (computation graph 2): apple price ").append(Format.num(shop.applePrice()))
                .append(" won × ").append(Format.num(shop.appleCount()))
                .append(", orange price ").append(Format.num(shop.orangePrice()))
                .append(" won × ").append(Format.num(shop.orangeCount()))
                .append(", tax ").append(Format.num(shop.tax())).append(" (10% 소비세 consumption tax)\n");
        out.append(ROUNDING);

        out.append("순전파(forward)\n");
        double appleTotal = appleNode.forward(shop.applePrice(), shop.appleCount());
        out.append(mulForward("apple total", "apple price", "apple count", appleNode, appleTotal));
        double orangeTotal = orangeNode.forward(shop.orangePrice(), shop.orangeCount());
        out.append(mulForward("orange total", "orange price", "orange count", orangeNode, orangeTotal));
        double beforeTax = fruitNode.forward(appleTotal, orangeTotal);
        out.append("  before tax = apple total + orange total = ").append(Format.num(appleTotal)).append(" + ")
                .append(Format.num(orangeTotal)).append(" = ").append(Format.num(beforeTax)).append("\n");
        double price = taxNode.forward(beforeTax, shop.tax());
        out.append(mulForward("amount paid", "before tax", "tax", taxNode, price));
        out.append("\n");

        double dprice = 1;
        out.append("역전파(backward), d(q) = ∂(amount paid)/∂q, starting from d(amount paid) = ")
                .append(Format.num(dprice)).append("\n");
        Gradients taxStep = taxNode.backward(dprice);
        out.append(mulBackward("amount paid", "before tax", "tax", taxNode, dprice, taxStep));
        Gradients fruitStep = fruitNode.backward(taxStep.dx());
        out.append(addBackward("before tax", "apple total", "orange total", taxStep.dx(), fruitStep));
        Gradients appleStep = appleNode.backward(fruitStep.dx());
        out.append(mulBackward("apple total", "apple price", "apple count", appleNode, fruitStep.dx(), appleStep));
        Gradients orangeStep = orangeNode.backward(fruitStep.dy());
        out.append(mulBackward("orange total", "orange price", "orange count", orangeNode, fruitStep.dy(), orangeStep));

        out.append("\nresult: amount paid ").append(Format.num(price))
                .append("; d(apple price) ").append(Format.num(appleStep.dx()))
                .append(", d(apple count) ").append(Format.num(appleStep.dy()))
                .append(", d(orange price) ").append(Format.num(orangeStep.dx()))
                .append(", d(orange count) ").append(Format.num(orangeStep.dy()))
                .append(", d(tax) ").append(Format.num(taxStep.dy())).append("\n");
        return out.toString();
    }

    /** {@code z = x × y = 100 × 2 = 200} */
    private static String mulForward(String z, String x, String y, MulNode node, double result) {
        return "  " + z + " = " + x + " × " + y + " = " + Format.num(node.x()) + " × " + Format.num(node.y())
                + " = " + Format.num(result) + "\n";
    }

    /** A multiply node's backward step: upstream, the two local gradients, the two products. */
    private static String mulBackward(String z, String x, String y, MulNode node, double dout, Gradients g) {
        return "  multiply node " + z + " = " + x + " × " + y + "\n"
                + "    upstream    d(" + z + ") = " + Format.num(dout) + "\n"
                + "    local       ∂(" + z + ")/∂(" + x + ") = " + y + " = " + Format.num(node.y()) + "\n"
                + "                ∂(" + z + ")/∂(" + y + ") = " + x + " = " + Format.num(node.x()) + "\n"
                + "    downstream  d(" + x + ") = " + Format.num(dout) + " × " + Format.num(node.y())
                + " = " + Format.num(g.dx()) + "\n"
                + "                d(" + y + ") = " + Format.num(dout) + " × " + Format.num(node.x())
                + " = " + Format.num(g.dy()) + "\n";
    }

    /** An add node's backward step: the upstream gradient passes to both inputs unchanged. */
    private static String addBackward(String z, String x, String y, double dout, Gradients g) {
        return "  add node " + z + " = " + x + " + " + y + "\n"
                + "    upstream    d(" + z + ") = " + Format.num(dout) + "\n"
                + "    local       ∂(" + z + ")/∂(" + x + ") = 1, ∂(" + z + ")/∂(" + y + ") = 1\n"
                + "    downstream  d(" + x + ") = " + Format.num(dout) + " × 1 = " + Format.num(g.dx()) + "\n"
                + "                d(" + y + ") = " + Format.num(dout) + " × 1 = " + Format.num(g.dy()) + "\n";
    }

    // ----- 연쇄법칙 --------------------------------------------------------------------------

    /** {@link #chainRule(ChainRule)} at the chapter's x = 2, y = 3. */
    public static String chainRule() {
        return chainRule(ChainRule.example());
    }

    /** ∂z/∂x and ∂z/∂y of z = (x + y)² three ways: by hand, by autograd, by central differences. */
    public static String chainRule(ChainRule c) {
        Require.notNull("c", c);
        double x = c.x();
        double y = c.y();
        double t = c.t();
        StringBuilder out = new StringBuilder();
        out.append("연쇄법칙(chain rule): z = (x + y)², split into z = t² and t = x + y\n");
        out.append("x = ").append(Format.num(x)).append(", y = ").append(Format.num(y)).append("\n\n");

        out.append("순전파(forward)\n");
        out.append("  t = x + y = ").append(Format.num(x)).append(" + ").append(Format.num(y))
                .append(" = ").append(Format.num(t)).append("\n");
        out.append("  z = t² = ").append(Format.num(t)).append("² = ").append(Format.num(c.z())).append("\n\n");

        out.append("역전파(backward): the local derivatives, multiplied along the path\n");
        out.append("  ∂z/∂t = 2t = 2 × ").append(Format.num(t)).append(" = ").append(Format.num(c.dzdt())).append("\n");
        out.append("  ∂t/∂x = 1, ∂t/∂y = 1\n");
        out.append("  ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t × 1 = ").append(Format.num(c.dzdt())).append(" × 1 = ")
                .append(Format.num(c.dzdx())).append("\n");
        out.append("  ∂z/∂y = ∂z/∂t · ∂t/∂y = 2t × 1 = ").append(Format.num(c.dzdt())).append(" × 1 = ")
                .append(Format.num(c.dzdy())).append("\n");
        out.append("  the same as 2(x + y) = 2 × (").append(Format.num(x)).append(" + ").append(Format.num(y))
                .append(") = ").append(Format.num(2 * (x + y))).append("\n\n");

        Value z = c.graph();
        z.backward();
        Value tv = z.children().get(0);
        Value xv = tv.children().get(0);
        Value yv = tv.children().get(1);
        out.append("autograd (Value): t = x.plus(y), z = t.pow(2), then z.backward()\n");
        out.append("  x.grad() = ").append(Format.num(xv.grad()))
                .append(", y.grad() = ").append(Format.num(yv.grad()))
                .append(", t.grad() = ").append(Format.num(tv.grad())).append("\n");
        out.append(graph(z, "  "));
        out.append("  agrees with the chain rule (within ").append(Format.sci(TOLERANCE)).append("): ")
                .append(close(xv.grad(), c.dzdx()) && close(yv.grad(), c.dzdy()) ? "yes" : "NO").append("\n\n");

        out.append("central difference (z(x + h) − z(x − h)) / 2h with h = ")
                .append(Format.sci(NumericalDerivative.DEFAULT_H)).append("\n");
        out.append("  ∂z/∂x ≈ ").append(Format.num(c.centralDzdx()))
                .append(", ∂z/∂y ≈ ").append(Format.num(c.centralDzdy())).append("\n");
        return out.toString();
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    // ----- autograd -------------------------------------------------------------------------

    /** 계산그래프 2 rebuilt with {@link Value}, then a value used in two branches and x × x. */
    public static String autograd() {
        StringBuilder out = new StringBuilder();
        out.append("계산그래프 2 with autograd (Value): the arithmetic records the graph by itself\n");
        out.append(ROUNDING);

        Value price = AutogradExample.fruitShopping(100, 2, 150, 3, 1.1);
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
                out.append("  d(").append(node.label()).append(") = ").append(Format.num(node.grad())).append("\n");
            }
        }
        out.append("  the same gradients as the hand-wired MulNode/AddNode trace\n\n");
        out.append("graph (topological order: every node after its inputs)\n");
        out.append(graph(price, "  "));

        out.append("\n같은 값을 두 번 사용(a value used twice): the tax applied to each fruit separately\n");
        Value paid = AutogradExample.taxPerFruit(100, 2, 150, 3, 1.1);
        Value appleTaxed = paid.children().get(0);
        Value orangeTaxed = paid.children().get(1);
        Value tax = appleTaxed.children().get(1);
        // Both fruits first, then the two taxed amounts: the order a person writes them down.
        for (Value node : List.of(appleTaxed.children().get(0), orangeTaxed.children().get(0),
                appleTaxed, orangeTaxed, paid)) {
            out.append("  ").append(equation(node)).append("\n");
        }
        paid.backward();
        // What reaches tax along each of its two edges: the upstream grad × the local gradient.
        double viaApple = appleTaxed.grad() * appleTaxed.localGradients().get(1);
        double viaOrange = orangeTaxed.grad() * orangeTaxed.localGradients().get(1);
        out.append("  tax feeds two multiply nodes, so its gradient is the sum over both edges:\n");
        out.append("  d(tax) = d(apple taxed) × apple total + d(orange taxed) × orange total\n");
        out.append("         = ").append(Format.num(appleTaxed.grad())).append(" × ")
                .append(Format.num(appleTaxed.localGradients().get(1))).append(" + ")
                .append(Format.num(orangeTaxed.grad())).append(" × ")
                .append(Format.num(orangeTaxed.localGradients().get(1))).append(" = ")
                .append(Format.num(viaApple)).append(" + ").append(Format.num(viaOrange)).append(" = ")
                .append(Format.num(tax.grad())).append("\n");
        out.append(graph(paid, "  "));

        out.append("\nx × x: both inputs of one multiply node are the same x\n");
        Value x = Value.of(3, "x");
        Value square = x.times(x).label("z");
        square.backward();
        out.append("  ").append(equation(square)).append("\n");
        out.append("  d(x) = ∂z/∂(first x) + ∂z/∂(second x) = x + x = ")
                .append(Format.num(square.localGradients().get(0))).append(" + ")
                .append(Format.num(square.localGradients().get(1))).append(" = ")
                .append(Format.num(x.grad())).append(" = 2x\n");
        return out.toString();
    }

    /** {@code apple total = apple price × apple count = 100 × 2 = 200}, read off a binary node. */
    private static String equation(Value node) {
        Value a = node.children().get(0);
        Value b = node.children().get(1);
        return node.label() + " = " + a.label() + " " + node.op() + " " + b.label()
                + " = " + Format.num(a.data()) + " " + node.op() + " " + Format.num(b.data())
                + " = " + Format.num(node.data());
    }

    // ----- the listing of any graph ---------------------------------------------------------

    /**
     * A plain-text listing of the graph behind {@code output}, one node per line in topological
     * order (inputs before the nodes that use them): number, label, operation, inputs, data and
     * grad. Unlabelled nodes are referred to by their number, e.g. {@code #3}.
     */
    public static String graph(Value output) {
        return graph(output, "");
    }

    private static String graph(Value output, String indent) {
        Require.notNull("output", output);
        List<Value> order = output.topologicalOrder();
        Map<Value, String> names = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            names.put(order.get(i), "#" + (i + 1));
        }
        Table table = Table.of("node", "label", "op", "inputs", "data", "grad").left(0, 1, 2, 3).indent(indent);
        for (Value node : order) {
            List<String> inputs = new ArrayList<>();
            for (Value child : node.children()) {
                inputs.add(names.get(child));
            }
            table.row(names.get(node), node.label(), node.isLeaf() ? "leaf" : node.op(),
                    String.join(", ", inputs), Format.num(node.data()), Format.num(node.grad()));
        }
        return table.toString();
    }
}
