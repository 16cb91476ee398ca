package backprop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Unit tests of the autograd engine: each operation's local rule, accumulation, bad input. */
class ValueTest {

    private static double gradOf(double x, UnaryOperator<Value> f) {
        Value v = Value.of(x, "x");
        f.apply(v).backward();
        return v.grad();
    }

    @Test
    void eachOperationHasItsTextbookDerivative() {
        double x = 0.7;
        assertEquals(1, gradOf(x, v -> v.plus(2)));
        assertEquals(1, gradOf(x, v -> v.minus(2)));
        assertEquals(-1, gradOf(x, v -> Value.of(2).minus(v)));
        assertEquals(3, gradOf(x, v -> v.times(3)));
        assertEquals(1 / 4.0, gradOf(x, v -> v.div(4)), 1e-15);
        assertEquals(-2 / (x * x), gradOf(x, v -> Value.of(2).div(v)), 1e-12);
        assertEquals(3 * x * x, gradOf(x, v -> v.pow(3)), 1e-12);
        assertEquals(0.5 / Math.sqrt(x), gradOf(x, v -> v.pow(0.5)), 1e-12);
        assertEquals(-1, gradOf(x, Value::neg));
        assertEquals(Math.exp(x), gradOf(x, Value::exp), 1e-12);
        assertEquals(1 / x, gradOf(x, Value::log), 1e-12);
        assertEquals(1 - Math.tanh(x) * Math.tanh(x), gradOf(x, Value::tanh), 1e-12);
        assertEquals(1, gradOf(x, Value::relu));
        assertEquals(0, gradOf(-x, Value::relu));
        assertEquals(0, gradOf(0, Value::relu), "left-hand slope at the kink, as micrograd and backprop.activation.ReLU");
    }

    @Test
    void sigmoidGivesTheSlidesO1AndItsSlope() {
        // The slides' z3 = 0.44498412 gives o1 = 0.60944600 and ∂o1/∂z3 = o1(1 − o1) = 0.23802157.
        Value z3 = Value.of(0.44498412, "z3");
        Value o1 = z3.sigmoid();
        o1.backward();
        assertEquals(0.60944600, o1.data(), 5e-9);
        assertEquals(0.23802157, z3.grad(), 5e-9);
        // And a central difference of σ at a point of its own.
        double h = 1e-5;
        double numeric = (Value.of(-1.3 + h).sigmoid().data() - Value.of(-1.3 - h).sigmoid().data()) / (2 * h);
        assertEquals(numeric, gradOf(-1.3, Value::sigmoid), 1e-9);
    }

    @Test
    void forwardValues() {
        Value a = Value.of(3);
        Value b = Value.of(-2);
        assertEquals(1, a.plus(b).data());
        assertEquals(5, a.minus(b).data());
        assertEquals(-6, a.times(b).data());
        assertEquals(-1.5, a.div(b).data());
        assertEquals(9, a.pow(2).data());
        assertEquals(2, b.neg().data());
        assertEquals(0, b.relu().data());
        assertEquals(0.5, Value.of(0).sigmoid().data());
        assertEquals(0, Value.of(-1000).sigmoid().data(), 1e-300, "no overflow for a very negative input");
    }

    @Test
    void aValueUsedTwiceSumsItsGradients() {
        Value x = Value.of(3, "x");
        x.times(x).backward();
        assertEquals(6, x.grad(), "d(x·x)/dx = 2x");

        Value y = Value.of(3, "y");
        y.plus(y).backward();
        assertEquals(2, y.grad(), "d(y + y)/dy = 2");

        // Two branches that meet again: f = (a·b) + (a + b)·a, df/da = b + (a + b) + a
        Value a = Value.of(2, "a");
        Value b = Value.of(5, "b");
        Value f = a.times(b).plus(a.plus(b).times(a));
        f.backward();
        assertEquals(5 + 7 + 2, a.grad());
        assertEquals(2 + 2, b.grad());
    }

    @Test
    void aSharedSubexpressionPassesOnItsCompleteGradient() {
        // s = a·b feeds three nodes; a receives ∂f/∂s · b only once s has collected all three.
        Value a = Value.of(1.5, "a");
        Value b = Value.of(-2, "b");
        Value s = a.times(b).label("s");
        Value f = s.exp().plus(s.pow(2)).plus(s.times(4));
        f.backward();
        double dfds = Math.exp(-3) + 2 * -3 + 4;
        assertEquals(dfds, s.grad(), 1e-12);
        assertEquals(dfds * -2, a.grad(), 1e-12);
        assertEquals(dfds * 1.5, b.grad(), 1e-12);
    }

    @Test
    void zeroGradResetsEveryReachableNode() {
        Value a = Value.of(2, "a");
        Value b = Value.of(-1, "b");
        Value z = a.times(b).tanh().plus(a);
        z.backward();
        assertTrue(a.grad() != 0 && b.grad() != 0);
        z.zeroGrad();
        for (Value node : z.topologicalOrder()) {
            assertEquals(0, node.grad(), node.toString());
        }
        z.backward();
        Value fresh = Value.of(2);
        Value freshB = Value.of(-1);
        fresh.times(freshB).tanh().plus(fresh).backward();
        assertEquals(fresh.grad(), a.grad(), "after zeroGrad a new backward gives the first result again");
    }

    /**
     * Gradients accumulate: a second backward() without zeroGrad() adds the same gradients again,
     * so every grad (the output's, intermediate ones, the leaves') is exactly doubled.
     */
    @Test
    void backwardTwiceWithoutZeroGradDoublesEveryGrad() {
        Value a = Value.of(2, "a");
        Value b = Value.of(3, "b");
        Value c = Value.of(-4, "c");
        Value m = a.times(b).label("m");
        Value z = m.times(c).sigmoid().plus(m).label("z");
        z.backward();
        List<Value> nodes = z.topologicalOrder();
        double[] once = nodes.stream().mapToDouble(Value::grad).toArray();
        z.backward();
        for (int i = 0; i < nodes.size(); i++) {
            assertEquals(2 * once[i], nodes.get(i).grad(), 1e-12, nodes.get(i).toString());
        }
        assertEquals(2, z.grad());
    }

    @Test
    void topologicalOrderPutsEveryNodeAfterItsInputsOnce() {
        Value x = Value.of(0.5, "x");
        Value t = x.times(x).plus(x).label("t");
        Value z = t.times(t.exp()).minus(x).label("z");
        List<Value> order = z.topologicalOrder();
        assertSame(z, order.get(order.size() - 1));
        assertEquals(order.size(), order.stream().distinct().count());
        for (int i = 0; i < order.size(); i++) {
            for (Value child : order.get(i).children()) {
                assertTrue(order.indexOf(child) < i, "child after parent at " + i);
            }
        }
    }

    @Test
    void aVeryDeepGraphNeedsNoRecursion() {
        Value x = Value.of(1, "x");
        Value y = x;
        for (int i = 0; i < 50_000; i++) { // recursion would overflow the stack long before this
            y = y.plus(0);
        }
        y.backward();
        assertEquals(1, x.grad());
        y.zeroGrad();
        assertEquals(0, x.grad());
    }

    @Test
    void labelsAndToString() {
        Value w1 = Value.of(0.3, "w1");
        Value x1 = Value.of(0.1, "x1");
        Value z1 = w1.times(x1).plus(Value.of(0.25).times(0.2)).label("z1");
        assertEquals("z1", z1.label());
        assertEquals("+", z1.op());
        assertEquals("Value(label=z1, data=0.08, grad=0)", z1.toString());
        assertEquals("Value(data=2, grad=0)", Value.of(2).toString());
        assertEquals("", Value.of(2).op());
        assertEquals(List.of(w1, x1), w1.times(x1).children());
        assertEquals(List.of(0.1, 0.3), w1.times(x1).localGradients());
        assertEquals("^2", w1.pow(2).op());
        assertEquals("1.1", Value.of(1).times(1.1).children().get(1).label(), "a constant is labelled with its number");
    }

    // ----- bad input ----------------------------------------------------------------------

    private static void assertRejected(String mustMention, Executable call) {
        var e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(mustMention), () -> "message should mention '" + mustMention + "': " + e.getMessage());
    }

    @Test
    void nonFiniteLeavesAreRejected() {
        assertRejected("data", () -> Value.of(Double.NaN));
        assertRejected("NaN", () -> Value.of(Double.NaN, "x"));
        assertRejected("Infinity", () -> Value.of(Double.POSITIVE_INFINITY));
        assertRejected("label", () -> Value.of(1, null));
        assertRejected("label", () -> Value.of(1).label(null));
    }

    @Test
    void nonFiniteConstantOperandsAreRejected() {
        assertRejected("plus", () -> Value.of(1).plus(Double.NaN));
        assertRejected("times", () -> Value.of(1).times(Double.POSITIVE_INFINITY));
        assertRejected("minus", () -> Value.of(1).minus(Double.NaN));
        assertRejected("div", () -> Value.of(1).div(Double.NaN));
        assertRejected("exponent", () -> Value.of(1).pow(Double.NaN));
        assertRejected("o", () -> Value.of(1).plus(null));
    }

    @Test
    void logOfANonPositiveValueIsRejected() {
        assertRejected("log(0.0): the logarithm needs a positive argument", () -> Value.of(0).log());
        assertRejected("log(-1.0)", () -> Value.of(-1).log());
        assertRejected("value loss", () -> Value.of(-1, "loss").log());
    }

    @Test
    void powThatIsNotARealNumberIsRejected() {
        assertRejected("pow(-2.0, 0.5)", () -> Value.of(-2).pow(0.5));
        assertRejected("(0.0)^-1 gives Infinity", () -> Value.of(0).pow(-1));
        assertRejected("derivative", () -> Value.of(0).pow(0.5)); // √x has no finite slope at 0
    }

    @Test
    void divisionByZeroAndOverflowAreRejected() {
        assertRejected("div", () -> Value.of(1).div(0));
        assertRejected("cannot divide 1.0 by zero (divisor b = 0.0)", () -> Value.of(1).div(Value.of(0, "b")));
        assertRejected("(divisor 0.0)", () -> Value.of(1).div(Value.of(0)));
        // 1e-150 / 1e-200 = 1e50 and ∂/∂this = 1e200 are finite, but ∂/∂o = −1e-150 / (1e-200)²
        // divides by an o² that underflows to 0: the message names that derivative.
        assertRejected("(1.0E-150) / (1.0E-200) has no finite derivative (-Infinity)",
                () -> Value.of(1e-150).div(Value.of(1e-200)));
        assertRejected("exp(1000.0)", () -> Value.of(1000).exp());
        assertRejected("×", () -> Value.of(1e300).times(1e300));
    }
}
