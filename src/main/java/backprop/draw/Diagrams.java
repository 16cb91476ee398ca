package backprop.draw;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import backprop.Format;
import backprop.Require;
import backprop.graph.Value;
import backprop.mlp.BackwardPass;
import backprop.mlp.ForwardPass;
import backprop.mlp.GradientCheck;
import backprop.mlp.Sample;
import backprop.mlp.Weights;

/**
 * Computation graphs drawn for the terminal, left to right as on the slides, at most 80
 * columns wide; and the same graphs in Graphviz's DOT language.
 *
 * <p>One convention everywhere: <b>a box shows a value's name and its forward value</b>
 * (순전파), <b>the number on an edge is the gradient flowing back along it</b> (역전파), toward
 * the input on its left; backward drawings point their arrowheads that way (◄). Rounded boxes
 * are inputs, square boxes operations, with the operation (× + σ …) in the top border.
 *
 * <p>From JShell: {@code System.out.println(Diagrams.shopping2Backward())}, or
 * {@code Diagrams.of(value)} for any autograd {@link Value}.
 */
public final class Diagrams {
    private Diagrams() {}

    static final String BOX_NOTE = "상자: 값의 이름과 순전파(forward) 값 (╭╮ 입력, ┌ × ┐ 연산)";
    static final String EDGE_NOTE = "화살표 위의 수: 그 화살표를 거슬러 왼쪽 입력으로 흐르는 기울기(gradient, ◄)";
    static final String TWICE_NOTE = "두 번 쓰인 값: 그 값의 화살표들로 거슬러 온 기울기의 합";

    // ----- 계산그래프 1 and 2 ---------------------------------------------------------------

    /** 계산그래프 1 as an autograd graph: apples 100 won × 2, tax 1.1. */
    public static Value shopping1Graph() {
        Value applePrice = Value.of(100, "apple price");
        Value appleCount = Value.of(2, "apple count");
        Value tax = Value.of(1.1, "tax");
        Value appleTotal = applePrice.times(appleCount).label("apple total");
        Value paid = appleTotal.times(tax).label("amount paid");
        paid.backward();
        return paid;
    }

    /** 계산그래프 2 as an autograd graph (chapter 4's {@code AutogradExample}); after backward(). */
    public static Value shopping2Graph() {
        Value paid = backprop.graph.AutogradExample.fruitShopping(100, 2, 150, 3, 1.1);
        paid.backward();
        return paid;
    }

    /** 계산그래프 1, forward: every node's value, 220 at the end. */
    public static String shopping1Forward() {
        return shopping(shopping1Graph(), false, "계산그래프 1의 순전파(forward): 사과 100원 × 2, 소비세 × 1.1").render();
    }

    /** 계산그래프 1, backward: 2.2, 110 and 200 on the edges into the inputs. */
    public static String shopping1Backward() {
        return shopping(shopping1Graph(), true, "계산그래프 1의 역전파(backward): 화살표 위는 ∂(amount paid)/∂(입력)").render();
    }

    /** 계산그래프 2, forward: 200, 450, 650 and 715. */
    public static String shopping2Forward() {
        return shopping(shopping2Graph(), false,
                "계산그래프 2의 순전파(forward): 사과 100원 × 2, 귤 150원 × 3, 소비세 × 1.1").render();
    }

    /** 계산그래프 2, backward: 2.2, 110, 3.3, 165 and 650 on the edges into the inputs. */
    public static String shopping2Backward() {
        return shopping2BackwardDiagram().render();
    }

    /** The diagram behind {@link #shopping2Backward()}, to lay out or export. */
    public static Diagram shopping2BackwardDiagram() {
        return shopping(shopping2Graph(), true, "계산그래프 2의 역전파(backward): 화살표 위는 ∂(amount paid)/∂(입력)");
    }

    /** 계산그래프 2, backward, in Graphviz DOT. */
    public static String shopping2BackwardDot() {
        return shopping2BackwardDiagram().dot();
    }

    private static Diagram shopping(Value paid, boolean backward, String title) {
        List<String> notes = new ArrayList<>(List.of(BOX_NOTE));
        if (backward) {
            notes.add(EDGE_NOTE);
            notes.add("오른쪽에서 들어오는 1: ∂(amount paid)/∂(amount paid)");
        }
        return build(paid, backward, false, title, notes);
    }

    /** The slides' chain rule z = (x + y)² = t² with x = 2, y = 3, backward: ∂z/∂x = 2t = 10. */
    public static String chainRule() {
        Value x = Value.of(2, "x");
        Value y = Value.of(3, "y");
        Value t = x.plus(y).label("t");
        Value z = t.pow(2).label("z");
        z.backward();
        String note = "화살표 위의 수: 거슬러 흐르는 기울기, ∂z/∂t = 2t = " + Format.num(z.localGradients().get(0))
                + ", ∂t/∂x = ∂t/∂y = " + Format.num(t.localGradients().get(0));
        return build(z, true, false, "연쇄법칙(chain rule): z = t², t = x + y, x = 2, y = 3에서",
                List.of(BOX_NOTE, note)).render();
    }

    // ----- any autograd Value -----------------------------------------------------------------

    /**
     * The whole graph behind {@code output}, every operation its own box. After
     * {@code output.backward()} the edges carry the gradients; before, only the forward values
     * are drawn. Unnamed values are called #1, #2, … as in {@code GraphReports.graph}.
     */
    public static String of(Value output) {
        return diagram(output).render();
    }

    /** The diagram behind {@link #of(Value)}. */
    public static Diagram diagram(Value output) {
        Require.notNull("output", output);
        boolean backward = hasGradients(output);
        return build(output, backward, false, "", backward ? List.of(BOX_NOTE, EDGE_NOTE, TWICE_NOTE) : List.of(BOX_NOTE));
    }

    /**
     * A shorter drawing of the same graph: only named values get a box; an unnamed step used once
     * is folded into the box that uses it, which shows the folded formula (e.g.
     * {@code w1×x1 + w2×x2} in the box of z1), and constants are written into the formula.
     * An edge then carries everything that flows back from that box to the input.
     */
    public static String labelled(Value output) {
        return labelledDiagram(output, "").render();
    }

    /** {@link #of(Value)} in Graphviz DOT. */
    public static String dot(Value output) {
        return diagram(output).dot();
    }

    private static boolean hasGradients(Value output) {
        for (Value v : output.topologicalOrder()) {
            if (v.grad() != 0) {
                return true;
            }
        }
        return false;
    }

    private static void requireSmall(List<Value> order) {
        if (order.size() > 400) {
            throw new IllegalArgumentException("output must have at most 400 nodes in its graph to be drawn, got "
                    + order.size() + "; print GraphReports.graph(output) for a listing instead");
        }
    }

    /** Every node of the graph a box, or (folded) only the named ones. */
    private static Diagram build(Value output, boolean backward, boolean folded, String title, List<String> notes) {
        List<Value> order = output.topologicalOrder();
        requireSmall(order);
        Map<Value, String> ids = new IdentityHashMap<>();
        Map<Value, Integer> uses = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ids.put(order.get(i), "n" + (i + 1));
            for (Value child : order.get(i).children()) {
                uses.merge(child, 1, Integer::sum);
            }
        }
        Map<Value, Boolean> boxed = new IdentityHashMap<>();
        for (Value v : order) {
            boxed.put(v, !folded || hasBox(v, output, uses.getOrDefault(v, 0)));
        }
        List<Diagram.Node> nodes = new ArrayList<>();
        List<Diagram.Edge> edges = new ArrayList<>();
        for (Value v : order) {
            if (!boxed.get(v)) {
                continue;
            }
            String name = v.label().isEmpty() ? ids.get(v).replace('n', '#') : v.label();
            List<String> lines = new ArrayList<>();
            lines.add(name);
            if (folded && !v.isLeaf() && hasFoldedChild(v, boxed)) {
                lines.add("= " + formula(v, boxed, true));
            }
            if (!isConstant(v)) {
                lines.add(Format.num(v.data()));
            }
            Diagram.Node node = v.isLeaf()
                    ? new Diagram.Node(ids.get(v), Diagram.Kind.INPUT, "", lines, "")
                    : new Diagram.Node(ids.get(v), Diagram.Kind.OPERATION, symbol(v.op()), lines, "");
            if (v == output && backward) {
                node = node.withExit(Format.num(v.grad()));
            }
            nodes.add(node);
            if (folded) {
                // What flows back from v into each boxed input, summed over every path through
                // v's folded steps: grad(step) × local gradient, edge by edge.
                Map<Value, Double> inflow = new LinkedHashMap<>();
                collectInflow(v, boxed, inflow, true);
                for (Map.Entry<Value, Double> entry : inflow.entrySet()) {
                    String label = backward ? Format.num(entry.getValue()) : "";
                    edges.add(new Diagram.Edge(ids.get(entry.getKey()), ids.get(v), label));
                }
            } else {
                // One edge per operand, so x × x is two edges into one box, each carrying x.
                List<Double> locals = v.localGradients();
                for (int c = 0; c < v.children().size(); c++) {
                    Value child = v.children().get(c);
                    String label = backward ? Format.num(v.grad() * locals.get(c)) : "";
                    edges.add(new Diagram.Edge(ids.get(child), ids.get(v), label));
                }
            }
        }
        return new Diagram(title, nodes, edges, backward, notes);
    }

    /** In a folded drawing: named values, real inputs, the output, and anything used twice. */
    private static boolean hasBox(Value v, Value output, int uses) {
        if (v == output) {
            return true;
        }
        if (isConstant(v)) {
            return uses != 1;
        }
        return v.isLeaf() || !v.label().isEmpty() || uses != 1;
    }

    /** A constant operand such as the 0.5 in {@code x.times(0.5)}: a leaf named by its number. */
    private static boolean isConstant(Value v) {
        return v.isLeaf() && v.label().equals(Format.num(v.data()));
    }

    private static boolean hasFoldedChild(Value v, Map<Value, Boolean> boxed) {
        for (Value child : v.children()) {
            if (!boxed.get(child)) {
                return true;
            }
        }
        return false;
    }

    private static void collectInflow(Value v, Map<Value, Boolean> boxed, Map<Value, Double> inflow, boolean top) {
        if (!top && boxed.get(v)) {
            return;
        }
        List<Double> locals = v.localGradients();
        for (int c = 0; c < v.children().size(); c++) {
            Value child = v.children().get(c);
            if (boxed.get(child)) {
                inflow.merge(child, v.grad() * locals.get(c), Double::sum);
            } else {
                collectInflow(child, boxed, inflow, false);
            }
        }
    }

    /** The folded steps of v written as a formula over boxed names and constants. */
    private static String formula(Value v, Map<Value, Boolean> boxed, boolean top) {
        if ((!top && boxed.get(v)) || v.isLeaf()) {
            return v.label().isEmpty() ? "?" : v.label();
        }
        List<Value> c = v.children();
        String op = v.op();
        if (c.size() == 2) {
            int precedence = precedence(v);
            String a = operand(c.get(0), boxed, precedence, false);
            String b = operand(c.get(1), boxed, precedence, true);
            return switch (op) {
                case "×", "/" -> a + op + b;
                default -> a + " " + op + " " + b;
            };
        }
        if (op.equals("neg")) {
            return "−" + operand(c.get(0), boxed, 3, false);
        }
        if (op.startsWith("^")) {
            return operand(c.get(0), boxed, 4, false) + op;
        }
        return symbol(op) + "(" + formula(c.get(0), boxed, false) + ")";
    }

    /** How tightly an operation binds: + and − loosest, then × and /, then −x, then powers. */
    private static int precedence(Value v) {
        if (v.isLeaf()) {
            return 9;
        }
        return switch (v.op()) {
            case "+", "-" -> 1;
            case "×", "/" -> 2;
            case "neg" -> 3;
            default -> v.op().startsWith("^") ? 4 : 9;
        };
    }

    /** An operand in parentheses only where the order of operations needs them. */
    private static String operand(Value v, Map<Value, Boolean> boxed, int parent, boolean right) {
        String f = formula(v, boxed, false);
        int own = boxed.get(v) ? 9 : precedence(v);
        boolean needs = own < parent || (right && own == parent && parent <= 2);
        return needs ? "(" + f + ")" : f;
    }

    private static String symbol(String op) {
        return op.equals("sigmoid") ? "σ" : op;
    }

    private static Diagram labelledDiagram(Value output, String title) {
        Require.notNull("output", output);
        boolean backward = hasGradients(output);
        List<String> notes = new ArrayList<>(List.of(BOX_NOTE, "상자 안의 =: 이름 없는 중간 단계를 접어 넣은 식"));
        if (backward) {
            notes.add(EDGE_NOTE);
            notes.add(TWICE_NOTE);
        }
        return build(output, backward, true, title, notes);
    }

    // ----- the slides' 2-2-2 network --------------------------------------------------------

    /** The 2-2-2 network with the slides' weights on the edges and z, h, o in the boxes. */
    public static String network() {
        return networkDiagram(Weights.slides(), Sample.slides(), false).render();
    }

    /** The same network with ∂E_total/∂wi on each edge, from the slides' backward pass. */
    public static String networkBackward() {
        return networkDiagram(Weights.slides(), Sample.slides(), true).render();
    }

    /** {@link #network()} in Graphviz DOT. */
    public static String networkDot() {
        return networkDiagram(Weights.slides(), Sample.slides(), false).dot();
    }

    /** {@link #networkBackward()} in Graphviz DOT. */
    public static String networkBackwardDot() {
        return networkDiagram(Weights.slides(), Sample.slides(), true).dot();
    }

    /** The slides' network built from autograd values (chapter 4), each named value a box. */
    public static String networkAutograd() {
        return labelledDiagram(GradientCheck.graph(Weights.slides(), Sample.slides()),
                "2-2-2 네트워크를 자동미분(autograd) 그래프 하나로 (GradientCheck.graph): E_total.backward()").render();
    }

    /** The 2-2-2 network for any weights and sample; with gradients on the edges if {@code backward}. */
    public static Diagram networkDiagram(Weights weights, Sample sample, boolean backward) {
        Require.notNull("weights", weights);
        Require.notNull("sample", sample);
        ForwardPass f = ForwardPass.of(weights, sample);
        BackwardPass b = BackwardPass.of(f);
        double[] w = weights.toArray();
        double[] dEdw = b.gradient();
        List<Diagram.Node> nodes = List.of(
                Diagram.Node.input("x1", "x1 " + Format.num(sample.x1())),
                Diagram.Node.input("x2", "x2 " + Format.num(sample.x2())),
                Diagram.Node.operation("h1", "σ", "z1 " + Format.num(f.z1()), "h1 " + Format.num(f.h1())),
                Diagram.Node.operation("h2", "σ", "z2 " + Format.num(f.z2()), "h2 " + Format.num(f.h2())),
                Diagram.Node.operation("o1", "σ", "z3 " + Format.num(f.z3()), "o1 " + Format.num(f.o1())),
                Diagram.Node.operation("o2", "σ", "z4 " + Format.num(f.z4()), "o2 " + Format.num(f.o2())));
        String[][] wiring = {{"x1", "h1"}, {"x2", "h1"}, {"x1", "h2"}, {"x2", "h2"},
                             {"h1", "o1"}, {"h2", "o1"}, {"h1", "o2"}, {"h2", "o2"}};
        List<Diagram.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String label = "w" + (i + 1) + " " + Format.num(backward ? dEdw[i] : w[i]);
            edges.add(new Diagram.Edge(wiring[i][0], wiring[i][1], label));
        }
        List<String> notes = new ArrayList<>();
        if (backward) {
            notes.add("화살표 wi: 역전파(backward)로 구한 ∂E_total/∂wi, 상자: 순전파 값");
            notes.add("δ3 = ∂E_total/∂z3 = " + Format.num(b.dEdz3()) + ", δ4 = ∂E_total/∂z4 = " + Format.num(b.dEdz4()));
            notes.add("δ1 = ∂E_total/∂z1 = " + Format.num(b.dEdz1()) + ", δ2 = ∂E_total/∂z2 = " + Format.num(b.dEdz2()));
        } else {
            notes.add("화살표 wi: 가중치, 상자: z = 입력의 가중합, h 또는 o = σ(z)");
            notes.add("목표값 " + Format.num(sample.target1()) + ", " + Format.num(sample.target2())
                    + ": E_o1 = " + Format.num(f.errorO1()) + ", E_o2 = " + Format.num(f.errorO2())
                    + ", E_total = " + Format.num(f.errorTotal()));
        }
        String title = backward
                ? "2-2-2 네트워크의 역전파(backward): 화살표 위는 ∂E_total/∂w"
                : "2-2-2 네트워크의 순전파(forward): 화살표 위는 가중치";
        return new Diagram(title, nodes, edges, backward, notes);
    }
}
