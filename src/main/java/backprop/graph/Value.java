package backprop.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import backprop.Format;
import backprop.Require;
import backprop.activation.Sigmoid;

/**
 * A scalar that remembers how it was computed: a small autograd engine in the spirit of
 * Karpathy's micrograd.
 *
 * <p>Every arithmetic method returns a new node of the computation graph whose children are its
 * inputs. At the moment the node is made it also stores its <em>local gradients</em>
 * ∂(this)/∂(child), one per child edge: for {@code a.times(b)} they are b and a, exactly the
 * multiply node's rule; for {@code a.plus(b)} they are 1 and 1. {@link #backward()} then only has
 * to apply the chain rule, grad(child) += grad(node) × local, walking the graph from the output
 * back to the leaves.
 *
 * <p>A value used twice (x·x, x + x, one tax feeding two products) is two edges to the same
 * child, so its gradient is the <em>sum</em> of what arrives along each edge.
 *
 * <p>Every result must be a finite number: a NaN or infinity would silently poison every
 * gradient behind it, so the operation that would produce one throws an
 * {@link IllegalArgumentException} naming itself and its operands.
 */
public final class Value {
    private final double data;
    private double grad;
    private String label;
    private final String op;
    private final List<Value> children;
    private final double[] localGradients;

    private Value(double data, String label, String op, List<Value> children, double[] localGradients) {
        this.data = data;
        this.label = label;
        this.op = op;
        this.children = children;
        this.localGradients = localGradients;
    }

    // ----- leaves -------------------------------------------------------------------------

    /** A leaf: an input or parameter, not computed from other values. */
    public static Value of(double data) {
        return of(data, "");
    }

    /** A named leaf, e.g. {@code Value.of(100, "apple price")}. */
    public static Value of(double data, String label) {
        Require.finite("data", data);
        Require.notNull("label", label);
        return new Value(data, label, "", List.of(), new double[0]);
    }

    /** A constant operand such as the 1.1 in {@code x.times(1.1)}: a leaf labelled with its number. */
    private static Value constant(String operation, double c) {
        if (!Double.isFinite(c)) {
            throw new IllegalArgumentException(operation + ": the operand must be a finite number, got " + c);
        }
        return of(c, Format.num(c));
    }

    // ----- operations ---------------------------------------------------------------------

    /** this + o; local gradients 1 and 1 (the add node passes the gradient on unchanged). */
    public Value plus(Value o) {
        Require.notNull("o", o);
        return binary("+", data + o.data, o, 1, 1);
    }

    public Value plus(double o) {
        return plus(constant("plus", o));
    }

    /** this − o; local gradients 1 and −1. */
    public Value minus(Value o) {
        Require.notNull("o", o);
        return binary("-", data - o.data, o, 1, -1);
    }

    public Value minus(double o) {
        return minus(constant("minus", o));
    }

    /** this · o; local gradients o and this (the multiply node swaps its inputs). */
    public Value times(Value o) {
        Require.notNull("o", o);
        return binary("×", data * o.data, o, o.data, data);
    }

    public Value times(double o) {
        return times(constant("times", o));
    }

    /** this / o; local gradients 1/o and −this/o². Division by zero throws. */
    public Value div(Value o) {
        Require.notNull("o", o);
        if (o.data == 0) {
            throw new IllegalArgumentException("div: cannot divide " + data + " by zero (divisor " + o.describe() + ")");
        }
        return binary("/", data / o.data, o, 1 / o.data, -data / (o.data * o.data));
    }

    public Value div(double o) {
        return div(constant("div", o));
    }

    /** this^exponent for a constant exponent; local gradient exponent · this^(exponent − 1). */
    public Value pow(double exponent) {
        if (!Double.isFinite(exponent)) {
            throw new IllegalArgumentException("pow: exponent must be a finite number, got " + exponent);
        }
        double result = StrictMath.pow(data, exponent);
        double local = exponent == 0 ? 0 : exponent * StrictMath.pow(data, exponent - 1);
        if (Double.isNaN(result) || Double.isNaN(local)) {
            throw new IllegalArgumentException("pow(" + data + ", " + exponent + ") is not a real number"
                    + " (a negative base needs a whole-number exponent)");
        }
        return unary("^" + Format.num(exponent), result, local);
    }

    /** −this; local gradient −1. */
    public Value neg() {
        return unary("neg", -data, -1);
    }

    /** e^this; local gradient e^this, the function is its own derivative. */
    public Value exp() {
        double e = StrictMath.exp(data);
        return unary("exp", e, e);
    }

    /** ln(this) for this &gt; 0; local gradient 1/this. */
    public Value log() {
        if (data <= 0) {
            throw new IllegalArgumentException("log(" + data + "): the logarithm needs a positive argument"
                    + (label.isEmpty() ? "" : " (value " + label + ")"));
        }
        return unary("log", StrictMath.log(data), 1 / data);
    }

    /**
     * σ(this) = 1 / (1 + e^−this), the project's one sigmoid ({@link Sigmoid#sigmoid}); local
     * gradient σ(1 − σ), the slides' "o × (1 − o)".
     */
    public Value sigmoid() {
        double s = Sigmoid.sigmoid(data);
        return unary("sigmoid", s, s * (1 - s));
    }

    /** tanh(this); local gradient 1 − tanh². */
    public Value tanh() {
        double t = StrictMath.tanh(data);
        return unary("tanh", t, 1 - t * t);
    }

    /**
     * max(0, this); local gradient 1 for this &gt; 0, else 0. At the kink 0 the left-hand slope 0,
     * as micrograd ({@code (out.data > 0) * out.grad}) and {@code backprop.activation.ReLU}.
     */
    public Value relu() {
        return unary("relu", Math.max(0, data), data > 0 ? 1 : 0);
    }

    private Value binary(String op, double result, Value o, double localThis, double localOther) {
        if (!Double.isFinite(result) || !Double.isFinite(localThis) || !Double.isFinite(localOther)) {
            throw notFinite("(" + data + ") " + op + " (" + o.data + ")", result, localThis, localOther);
        }
        return new Value(result, "", op, List.of(this, o), new double[] {localThis, localOther});
    }

    private Value unary(String op, double result, double local) {
        if (!Double.isFinite(result) || !Double.isFinite(local)) {
            // pow's name is its exponent, "^2": written after the operand, every other name before it.
            String operation = op.startsWith("^") ? "(" + data + ")" + op : op + "(" + data + ")";
            throw notFinite(operation, result, local);
        }
        return new Value(result, "", op, List.of(this), new double[] {local});
    }

    /** The error for an operation whose result or one of its local gradients is NaN or infinite. */
    private static IllegalArgumentException notFinite(String operation, double result, double... locals) {
        if (!Double.isFinite(result)) {
            return new IllegalArgumentException(operation + " gives " + result + ", not a finite number");
        }
        double local = Arrays.stream(locals).filter(l -> !Double.isFinite(l)).findFirst().orElseThrow();
        return new IllegalArgumentException(operation + " has no finite derivative (" + local + ")");
    }

    // ----- naming and reading -------------------------------------------------------------

    /** Names this node, e.g. {@code x.times(w).label("z1")}; returns this, so calls chain. */
    public Value label(String label) {
        this.label = Require.notNull("label", label);
        return this;
    }

    public double data() {
        return data;
    }

    /** ∂(output)/∂(this), filled in by {@link #backward()} on an output that depends on this. */
    public double grad() {
        return grad;
    }

    /** The name given with {@link #of(double, String)} or {@link #label(String)}; "" if none. */
    public String label() {
        return label;
    }

    /** The operation that made this node: "+", "-", "×", "/", "^2", "exp", …; "" for a leaf. */
    public String op() {
        return op;
    }

    /** The inputs of the operation, in order; the same value twice for x·x. Empty for a leaf. */
    public List<Value> children() {
        return children;
    }

    /** ∂(this)/∂(child) for each entry of {@link #children()}, computed when this node was made. */
    public List<Double> localGradients() {
        return Arrays.stream(localGradients).boxed().toList();
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    // ----- backpropagation ----------------------------------------------------------------

    /**
     * Every node this one depends on, each once, in topological order: a node's children come
     * before it, and this node comes last.
     *
     * <p>An iterative depth-first search with an explicit stack, so that a chain of a million
     * operations does not overflow the Java call stack.
     */
    public List<Value> topologicalOrder() {
        List<Value> order = new ArrayList<>();
        Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Frame> stack = new ArrayDeque<>();
        visited.add(this);
        stack.push(new Frame(this));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.children().hasNext()) {
                Value child = frame.children().next();
                if (visited.add(child)) {
                    stack.push(new Frame(child));
                }
            } else {
                stack.pop();
                order.add(frame.node()); // all its children are already in the list: post-order
            }
        }
        return order;
    }

    /** A node on the depth-first search's stack, with the children it has yet to visit. */
    private record Frame(Value node, Iterator<Value> children) {
        Frame(Value node) {
            this(node, node.children.iterator());
        }
    }

    /**
     * Backpropagation: adds ∂(this)/∂(node) to the grad of every node this one depends on
     * (∂this/∂this = 1 for this node itself).
     *
     * <p>Why reverse topological order: a node may feed several others, and its gradient is the
     * sum over all of them. It may pass its gradient on to its own children only once that sum is
     * complete, that is, after every node that uses it has been processed. Reverse topological
     * order guarantees exactly this.
     *
     * <p>Gradients <em>accumulate</em>: calling backward() twice without {@link #zeroGrad()}
     * doubles every grad, as in PyTorch. Each call computes this pass's gradients separately and
     * then adds them, so that the doubling is exact for every node; micrograd instead sets the
     * output's grad to 1 and lets intermediate nodes re-send their old grads, which makes a second
     * call give neither the same nor twice the first result.
     */
    public void backward() {
        List<Value> order = topologicalOrder();
        Map<Value, Double> upstream = new IdentityHashMap<>();
        upstream.put(this, 1.0);
        for (int i = order.size() - 1; i >= 0; i--) {
            Value node = order.get(i);
            double g = upstream.getOrDefault(node, 0.0);
            node.grad += g;
            for (int c = 0; c < node.children.size(); c++) {
                // The chain rule: upstream gradient × local gradient, summed over every edge.
                upstream.merge(node.children.get(c), g * node.localGradients[c], Double::sum);
            }
        }
    }

    /** Sets the grad of this node and of every node it depends on back to 0. */
    public void zeroGrad() {
        for (Value node : topologicalOrder()) {
            node.grad = 0;
        }
    }

    // ----- printing -----------------------------------------------------------------------

    /** How this node appears in an error message: its label and data. */
    private String describe() {
        return (label.isEmpty() ? "" : label + " = ") + data;
    }

    /** e.g. {@code Value(label=z1, data=0.08, grad=0)}; no label part if unnamed. */
    @Override
    public String toString() {
        return "Value(" + (label.isEmpty() ? "" : "label=" + label + ", ")
                + "data=" + Format.num(data) + ", grad=" + Format.num(grad) + ")";
    }
}
