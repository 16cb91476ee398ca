package backprop.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

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
            "(계산한 값은 슬라이드처럼 소수점 8자리에서 반올림하고, 끝의 0은 적지 않는다)\n\n";

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
        out.append("계산그래프 1 (computation graph 1): 사과 가격(apple price) ").append(Format.num(shop.applePrice()))
                .append("원, 사과 개수(apple count) ").append(Format.num(shop.appleCount()))
                .append(", 소비세(tax) ").append(Format.num(shop.tax())).append(" (소비세 10%)\n");
        out.append(ROUNDING);

        out.append("순전파(forward propagation)\n");
        double appleTotal = appleNode.forward(shop.applePrice(), shop.appleCount());
        out.append(mulForward("apple total", "apple price", "apple count", appleNode, appleTotal));
        double price = taxNode.forward(appleTotal, shop.tax());
        out.append(mulForward("amount paid", "apple total", "tax", taxNode, price));
        out.append("\n");

        double dprice = 1;
        out.append("역전파(backpropagation), d(q) = ∂(amount paid)/∂q, 출발은 d(amount paid) = ")
                .append(Format.num(dprice)).append("\n");
        Gradients taxStep = taxNode.backward(dprice);
        out.append(mulBackward("amount paid", "apple total", "tax", taxNode, dprice, taxStep));
        Gradients appleStep = appleNode.backward(taxStep.dx());
        out.append(mulBackward("apple total", "apple price", "apple count", appleNode, taxStep.dx(), appleStep));

        out.append("\n결과: amount paid ").append(Format.num(price))
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
        out.append("계산그래프 2 (computation graph 2): 사과(apple) ").append(Format.num(shop.applePrice()))
                .append("원 × ").append(Format.num(shop.appleCount()))
                .append(", 귤(orange) ").append(Format.num(shop.orangePrice()))
                .append("원 × ").append(Format.num(shop.orangeCount()))
                .append(", 소비세(tax) ").append(Format.num(shop.tax())).append(" (소비세 10%)\n");
        out.append(ROUNDING);

        out.append("순전파(forward propagation)\n");
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
        out.append("역전파(backpropagation), d(q) = ∂(amount paid)/∂q, 출발은 d(amount paid) = ")
                .append(Format.num(dprice)).append("\n");
        Gradients taxStep = taxNode.backward(dprice);
        out.append(mulBackward("amount paid", "before tax", "tax", taxNode, dprice, taxStep));
        Gradients fruitStep = fruitNode.backward(taxStep.dx());
        out.append(addBackward("before tax", "apple total", "orange total", taxStep.dx(), fruitStep));
        Gradients appleStep = appleNode.backward(fruitStep.dx());
        out.append(mulBackward("apple total", "apple price", "apple count", appleNode, fruitStep.dx(), appleStep));
        Gradients orangeStep = orangeNode.backward(fruitStep.dy());
        out.append(mulBackward("orange total", "orange price", "orange count", orangeNode, fruitStep.dy(), orangeStep));

        out.append("\n결과: amount paid ").append(Format.num(price))
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
        return "  곱셈노드 " + z + " = " + x + " × " + y + "\n"
                + "    상류(upstream)       d(" + z + ") = " + Format.num(dout) + "\n"
                + "    국소적 미분          ∂(" + z + ")/∂(" + x + ") = " + y + " = " + Format.num(node.y()) + "\n"
                + "                         ∂(" + z + ")/∂(" + y + ") = " + x + " = " + Format.num(node.x()) + "\n"
                + "    하류(downstream)     d(" + x + ") = " + Format.num(dout) + " × " + Format.num(node.y())
                + " = " + Format.num(g.dx()) + "\n"
                + "                         d(" + y + ") = " + Format.num(dout) + " × " + Format.num(node.x())
                + " = " + Format.num(g.dy()) + "\n";
    }

    /** An add node's backward step: the upstream gradient passes to both inputs unchanged. */
    private static String addBackward(String z, String x, String y, double dout, Gradients g) {
        return "  덧셈노드 " + z + " = " + x + " + " + y + "\n"
                + "    상류(upstream)       d(" + z + ") = " + Format.num(dout) + "\n"
                + "    국소적 미분          ∂(" + z + ")/∂(" + x + ") = 1, ∂(" + z + ")/∂(" + y + ") = 1\n"
                + "    하류(downstream)     d(" + x + ") = " + Format.num(dout) + " × 1 = " + Format.num(g.dx()) + "\n"
                + "                         d(" + y + ") = " + Format.num(dout) + " × 1 = " + Format.num(g.dy()) + "\n";
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
        out.append("연쇄법칙(chain rule): z = (x + y)²를 z = t²와 t = x + y로 나눈다\n");
        out.append("x = ").append(Format.num(x)).append(", y = ").append(Format.num(y)).append("\n\n");

        out.append("순전파(forward propagation)\n");
        out.append("  t = x + y = ").append(Format.num(x)).append(" + ").append(Format.num(y))
                .append(" = ").append(Format.num(t)).append("\n");
        out.append("  z = t² = ").append(Format.num(t)).append("² = ").append(Format.num(c.z())).append("\n\n");

        out.append("역전파(backpropagation): 길을 따라 국소적 미분(local derivative)을 곱한다\n");
        out.append("  ∂z/∂t = 2t = 2 × ").append(Format.num(t)).append(" = ").append(Format.num(c.dzdt())).append("\n");
        out.append("  ∂t/∂x = 1, ∂t/∂y = 1\n");
        out.append("  ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t × 1 = ").append(Format.num(c.dzdt())).append(" × 1 = ")
                .append(Format.num(c.dzdx())).append("\n");
        out.append("  ∂z/∂y = ∂z/∂t · ∂t/∂y = 2t × 1 = ").append(Format.num(c.dzdt())).append(" × 1 = ")
                .append(Format.num(c.dzdy())).append("\n");
        out.append("  2(x + y) = 2 × (").append(Format.num(x)).append(" + ").append(Format.num(y))
                .append(") = ").append(Format.num(2 * (x + y))).append("와 같다\n\n");

        Value z = c.graph();
        z.backward();
        Value tv = z.children().get(0);
        Value xv = tv.children().get(0);
        Value yv = tv.children().get(1);
        out.append("자동미분(autograd, Value): t = x.plus(y), z = t.pow(2), 그다음 z.backward()\n");
        out.append("  x.grad() = ").append(Format.num(xv.grad()))
                .append(", y.grad() = ").append(Format.num(yv.grad()))
                .append(", t.grad() = ").append(Format.num(tv.grad())).append("\n");
        out.append(graph(z, "  "));
        out.append("  손으로 쓴 연쇄법칙과 같은가 (").append(Format.sci(TOLERANCE)).append(" 안에서): ")
                .append(close(xv.grad(), c.dzdx()) && close(yv.grad(), c.dzdy()) ? "같다" : "다르다!").append("\n\n");

        out.append("중심 차분(central difference) (z(x + h) − z(x − h)) / 2h, h = ")
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
        out.append("자동미분(autograd, Value)으로 다시 만든 계산그래프 2: 계산을 하면 그래프가 저절로 기록된다\n");
        out.append(ROUNDING);

        Value price = AutogradExample.fruitShopping(100, 2, 150, 3, 1.1);
        out.append("순전파(forward propagation)\n");
        for (Value node : price.topologicalOrder()) {
            if (!node.isLeaf()) {
                out.append("  ").append(equation(node)).append("\n");
            }
        }
        price.backward();
        out.append("\n역전파(backpropagation): amountPaid.backward(), 잎(leaf)마다 grad = ∂(amount paid)/∂(잎)\n");
        for (Value node : price.topologicalOrder()) {
            if (node.isLeaf()) {
                out.append("  d(").append(node.label()).append(") = ").append(Format.num(node.grad())).append("\n");
            }
        }
        out.append("  손으로 이은 MulNode/AddNode 추적과 같은 기울기다\n\n");
        out.append("그래프 (위상 정렬(topological order): 모든 노드가 자기 입력 뒤에 온다)\n");
        out.append(graph(price, "  "));

        out.append("\n같은 값을 두 번 사용(a value used twice): 소비세를 과일마다 따로 곱한다\n");
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
        out.append("  tax는 곱셈노드 두 개에 들어가므로, 그 기울기는 두 화살표에서 온 기울기의 합이다:\n");
        out.append("  d(tax) = d(apple taxed) × apple total + d(orange taxed) × orange total\n");
        out.append("         = ").append(Format.num(appleTaxed.grad())).append(" × ")
                .append(Format.num(appleTaxed.localGradients().get(1))).append(" + ")
                .append(Format.num(orangeTaxed.grad())).append(" × ")
                .append(Format.num(orangeTaxed.localGradients().get(1))).append(" = ")
                .append(Format.num(viaApple)).append(" + ").append(Format.num(viaOrange)).append(" = ")
                .append(Format.num(tax.grad())).append("\n");
        out.append(graph(paid, "  "));

        out.append("\nx × x: 곱셈노드 하나의 두 입력이 같은 x다\n");
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

    // ----- the exercises ----------------------------------------------------------------------

    /**
     * Exercise 4.1: the student's gradients of computation graph 2 as a table, each marked ok or
     * wrong against autograd ({@link AutogradExample#fruitShopping}), which also has the inner
     * nodes' gradients.
     */
    public static String exerciseShopping2Backward(double dBeforeTax, double dTax,
                                                   double dAppleTotal, double dOrangeTotal,
                                                   double dApplePrice, double dAppleCount,
                                                   double dOrangePrice, double dOrangeCount) {
        Value paid = AutogradExample.fruitShopping(100, 2, 150, 3, 1.1);
        paid.backward();
        Map<String, Double> grad = new java.util.LinkedHashMap<>();
        for (Value node : paid.topologicalOrder()) {
            grad.put(node.label(), node.grad());
        }
        String[] labels = {"before tax", "tax", "apple total", "orange total",
                           "apple price", "apple count", "orange price", "orange count"};
        double[] yours = {dBeforeTax, dTax, dAppleTotal, dOrangeTotal, dApplePrice, dAppleCount, dOrangePrice, dOrangeCount};
        StringBuilder out = new StringBuilder();
        out.append("계산그래프 2: amount paid = (100 × 2 + 150 × 3) × 1.1 = ").append(Format.num(paid.data()))
                .append(", d(amount paid) = 1\n");
        out.append("역전파(backpropagation), 출력에서 입력 쪽으로:\n");
        Table table = Table.of("기울기", "여러분의 값", "검사").left(0, 2).indent("  ");
        int wrong = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean ok = close(yours[i], grad.get(labels[i]), GraphExercises.TOLERANCE);
            wrong += ok ? 0 : 1;
            table.row("d(" + labels[i] + ")", Format.num(yours[i]), ok ? "ok" : "틀림");
        }
        out.append(table);
        out.append(wrong == 0 ? "기울기 8개가 모두 맞다\n" : "기울기 8개 가운데 " + wrong + "개가 틀렸다\n");
        return out.toString();
    }

    /**
     * Exercise 4.2: the student's square node z = t² in L = c·(x + y)² at each of
     * {@link GraphExercises#CHAIN_RULE_POINTS}: forward through an add node, the square node and
     * a multiply node by c; backward from d(L) = 1, so that the square node gets d(z) = c.
     */
    public static String exerciseSquareNode(DoubleUnaryOperator forward, DoubleUnaryOperator backward) {
        Require.notNull("forward", forward);
        Require.notNull("backward", backward);
        StringBuilder out = new StringBuilder("연쇄법칙(chain rule) L = c·(x + y)², 여러분의 제곱노드로: ")
                .append("t = x + y, z = t², L = c × z\n");
        out.append("제곱노드의 backward는 위의 곱셈노드에서 상류 기울기 d(z) = c를 받는다\n");
        int wrong = 0;
        for (double[] point : GraphExercises.CHAIN_RULE_POINTS) {
            double x = point[0];
            double y = point[1];
            double c = point[2];
            AddNode add = new AddNode();
            MulNode scale = new MulNode();
            double t = add.forward(x, y);
            double z = forward.applyAsDouble(t);
            double loss = scale.forward(z, c);
            double dz = scale.backward(1).dx();
            double dt = backward.applyAsDouble(dz);
            Gradients g = add.backward(dt);

            Value xv = Value.of(x, "x");
            Value yv = Value.of(y, "y");
            Value lv = xv.plus(yv).pow(2).times(Value.of(c, "c"));
            lv.backward();

            boolean ok = close(z, (x + y) * (x + y), GraphExercises.TOLERANCE)
                    && close(g.dx(), xv.grad(), GraphExercises.TOLERANCE)
                    && close(g.dy(), yv.grad(), GraphExercises.TOLERANCE);
            wrong += ok ? 0 : 1;
            String cs = Format.num(c);
            out.append("\n(x, y) = (").append(Format.num(x)).append(", ").append(Format.num(y))
                    .append("), c = ").append(cs).append('\n');
            out.append("  순전파   t = ").append(Format.num(x)).append(" + ").append(Format.num(y))
                    .append(" = ").append(Format.num(t)).append(", z = 여러분의 forward(t) = ").append(Format.num(z))
                    .append(", L = ").append(cs).append(" × z = ").append(Format.num(loss)).append('\n');
            out.append("  역전파   d(L) = 1 → 곱셈노드 → d(z) = ").append(Format.num(dz))
                    .append(" → d(t) = 여러분의 backward(").append(Format.num(dz)).append(") = ").append(Format.num(dt))
                    .append(" → 덧셈노드 → d(x) = ").append(Format.num(g.dx()))
                    .append(", d(y) = ").append(Format.num(g.dy())).append('\n');
            out.append("  정답     z = ").append(Format.num((x + y) * (x + y)))
                    .append(", ∂L/∂x = ∂L/∂y = c · 2(x + y) = ").append(Format.num(xv.grad()))
                    .append(ok ? "   ok" : "   틀림").append('\n');
        }
        out.append(wrong == 0 ? "\n모든 점에서 여러분의 제곱노드가 연쇄법칙과 같다\n"
                : "\n점 " + GraphExercises.CHAIN_RULE_POINTS.length + "개 가운데 " + wrong + "개가 틀렸다\n");
        return out.toString();
    }

    private static boolean close(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
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
        Table table = Table.of("노드", "label", "연산", "입력", "data", "grad").left(0, 1, 2, 3).indent(indent);
        for (Value node : order) {
            List<String> inputs = new ArrayList<>();
            for (Value child : node.children()) {
                inputs.add(names.get(child));
            }
            table.row(names.get(node), node.label(), node.isLeaf() ? "잎" : node.op(),
                    String.join(", ", inputs), Format.num(node.data()), Format.num(node.grad()));
        }
        return table.toString();
    }
}
