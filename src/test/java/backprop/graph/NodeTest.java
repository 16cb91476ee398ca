package backprop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The multiply and add nodes' forward/backward rules, and the shopping examples' numbers. */
class NodeTest {

    @Test
    void mulNodeSwapsItsInputsInBackward() {
        MulNode node = new MulNode();
        assertEquals(200.0, node.forward(100, 2));
        Gradients g = node.backward(1.1);
        assertEquals(1.1 * 2, g.dx());   // ∂z/∂x = y
        assertEquals(1.1 * 100, g.dy()); // ∂z/∂y = x
    }

    @Test
    void addNodePassesTheUpstreamGradientUnchanged() {
        AddNode node = new AddNode();
        assertEquals(650.0, node.forward(200, 450));
        assertEquals(new Gradients(1.1, 1.1), node.backward(1.1));
    }

    @Test
    void nodesAgreeWithCentralDifferencesOnRandomInputs() {
        Random random = new Random(4);
        double h = 1e-6;
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble() * 20 - 10;
            double y = random.nextDouble() * 20 - 10;
            MulNode node = new MulNode();
            node.forward(x, y);
            Gradients mul = node.backward(1);
            assertEquals(((x + h) * y - (x - h) * y) / (2 * h), mul.dx(), 1e-6);
            assertEquals((x * (y + h) - x * (y - h)) / (2 * h), mul.dy(), 1e-6);
            AddNode add = new AddNode();
            add.forward(x, y);
            Gradients sum = add.backward(1);
            assertEquals(((x + h + y) - (x - h + y)) / (2 * h), sum.dx(), 1e-6);
            assertEquals(((x + y + h) - (x + y - h)) / (2 * h), sum.dy(), 1e-6);
        }
    }

    @Test
    void shoppingExampleOne() {
        AppleShopping shop = AppleShopping.slides();
        assertEquals(220, shop.forward(), 1e-9);
        AppleShopping.Derivatives d = shop.backward(1);
        assertEquals(2.2, d.dApplePrice(), 1e-9);
        assertEquals(110, d.dAppleCount(), 1e-9);
        assertEquals(200, d.dTax(), 1e-9);
        assertEquals("Derivatives(d apple price=2.2, d apple count=110, d tax=200)", d.toString());
    }

    @Test
    void shoppingExampleTwo() {
        FruitShopping shop = FruitShopping.slides();
        assertEquals(715, shop.forward(), 1e-9);
        FruitShopping.Derivatives d = shop.backward(1);
        assertEquals(2.2, d.dApplePrice(), 1e-9);
        assertEquals(110, d.dAppleCount(), 1e-9);
        assertEquals(3.3, d.dOrangePrice(), 1e-9);
        assertEquals(165, d.dOrangeCount(), 1e-9);
        assertEquals(650, d.dTax(), 1e-9);
    }

    @Test
    void shoppingTwoMatchesAutograd() {
        Random random = new Random(42);
        for (int i = 0; i < 100; i++) {
            double[] in = new double[5];
            for (int k = 0; k < in.length; k++) {
                in[k] = Math.round(random.nextDouble() * 500) / 10.0;
            }
            FruitShopping shop = new FruitShopping(in[0], in[1], in[2], in[3], in[4]);
            Value paid = AutogradExample.fruitShopping(in[0], in[1], in[2], in[3], in[4]);
            assertEquals(paid.data(), shop.forward(), 1e-9);
            FruitShopping.Derivatives d = shop.backward(1);
            paid.backward();
            var leaves = paid.topologicalOrder().stream().filter(Value::isLeaf).toList();
            // topological order: apple price, apple count, orange price, orange count, tax
            assertEquals(leaves.get(0).grad(), d.dApplePrice(), 1e-9);
            assertEquals(leaves.get(1).grad(), d.dAppleCount(), 1e-9);
            assertEquals(leaves.get(2).grad(), d.dOrangePrice(), 1e-9);
            assertEquals(leaves.get(3).grad(), d.dOrangeCount(), 1e-9);
            assertEquals(leaves.get(4).grad(), d.dTax(), 1e-9);
        }
    }

    @Test
    void chainRuleIsTwiceTheSum() {
        ChainRule c = new ChainRule(1.5, -4);
        assertEquals(-2.5, c.t());
        assertEquals(6.25, c.z());
        assertEquals(2 * (1.5 - 4), c.dzdx());
        assertEquals(2 * (1.5 - 4), c.dzdy());
        assertTrue(GraphReports.chainRule(c).contains("손으로 쓴 연쇄법칙과 같은가 (1.000e-09 안에서): 같다"));
    }

    @Test
    void whatJShellShowsForTheNodesAndShops() {
        assertEquals("AddNode", new AddNode().toString());
        assertEquals("AppleShopping(apple price=100, apple count=2, tax=1.1)", AppleShopping.slides().toString());
        assertEquals("FruitShopping(apple price=100, apple count=2, orange price=150, orange count=3, tax=1.1)",
                FruitShopping.slides().toString());
        FruitShopping shop = FruitShopping.slides();
        shop.forward();
        assertEquals("Derivatives(d apple price=2.2, d apple count=110, d orange price=3.3, d orange count=165,"
                + " d tax=650)", shop.backward(1).toString());
    }

    // ----- bad input ----------------------------------------------------------------------

    @Test
    void mulNodeRejectsNaNInputs() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MulNode().forward(Double.NaN, 2));
        assertTrue(e.getMessage().contains("x") && e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MulNode().forward(1, Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().startsWith("y ") && e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void addNodeRejectsNaNInputs() {
        var e = assertThrows(IllegalArgumentException.class, () -> new AddNode().forward(1, Double.NaN));
        assertTrue(e.getMessage().startsWith("y ") && e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AddNode().backward(Double.NaN));
        assertTrue(e.getMessage().startsWith("dout "), e.getMessage());
    }

    @Test
    void mulNodeRejectsNaNUpstreamGradient() {
        MulNode node = new MulNode();
        node.forward(1, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> node.backward(Double.NaN));
        assertTrue(e.getMessage().startsWith("dout ") && e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void mulNodeBackwardBeforeForwardIsAnError() {
        var e = assertThrows(IllegalStateException.class, () -> new MulNode().backward(1));
        assertTrue(e.getMessage().contains("before forward"), e.getMessage());
    }

    @Test
    void shoppingBackwardBeforeForwardIsRefusedByTheMultiplyNode() {
        // Backward needs what forward remembered: the multiply nodes' inputs.
        for (Executable backward : List.<Executable>of(() -> AppleShopping.slides().backward(1),
                () -> FruitShopping.slides().backward(1))) {
            var e = assertThrows(IllegalStateException.class, backward);
            assertTrue(e.getMessage().startsWith("MulNode.backward(1.0) called before forward(x, y)")
                    && e.getMessage().contains("run the forward pass first"), e.getMessage());
        }
    }

    @Test
    void shoppingRejectsNonFiniteData() {
        var e = assertThrows(IllegalArgumentException.class, () -> new AppleShopping(100, Double.NaN, 1.1));
        assertTrue(e.getMessage().startsWith("appleCount ") && e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new FruitShopping(100, 2, 150, 3, Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().startsWith("tax ") && e.getMessage().contains("Infinity"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ChainRule(Double.NaN, 1));
        assertTrue(e.getMessage().startsWith("x ") && e.getMessage().contains("NaN"), e.getMessage());
    }
}
