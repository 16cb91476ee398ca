package backprop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The chapter's printed outputs: what they show, worked out by hand. */
class GraphReportsTest {

    @Test
    void graphListsEveryNodeInTopologicalOrder() {
        Value x = Value.of(2, "x");
        Value y = Value.of(3, "y");
        Value z = x.plus(y).label("t").pow(2).label("z");
        z.backward();
        // z = (2 + 3)² = 25, ∂z/∂t = 2t = 10 = ∂z/∂x = ∂z/∂y; numbers right-aligned on their point.
        String expected = ""
                + "노드  label  연산  입력    data  grad\n"
                + "#1    x      잎               2    10\n"
                + "#2    y      잎               3    10\n"
                + "#3    t      +     #1, #2     5    10\n"
                + "#4    z      ^2    #3        25     1\n";
        assertEquals(expected, GraphReports.graph(z));
    }

    @Test
    void unnamedNodesAreListedByTheirNumber() {
        Value a = Value.of(0.5);
        Value out = a.times(a).plus(1);
        String listing = GraphReports.graph(out);
        // #1 = a, #2 = a × a (both inputs #1), #3 = the constant 1, #4 = #2 + #3.
        assertTrue(listing.contains("#2           ×     #1, #1  0.25"), listing);
        assertTrue(listing.contains("#3    1      잎"), listing);
        assertTrue(listing.contains("#4           +     #2, #3  1.25"), listing);
    }

    @Test
    void badArgumentsAreRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> GraphReports.graph(null));
        assertTrue(e.getMessage().startsWith("output "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphReports.shopping1(null));
        assertTrue(e.getMessage().startsWith("shop "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphReports.shopping2(null));
        assertTrue(e.getMessage().startsWith("shop "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphReports.chainRule(null));
        assertTrue(e.getMessage().startsWith("c "), e.getMessage());
    }

    @Test
    void theTraceRunsTheShopsOwnNodes() {
        // After the report, the shop's multiply nodes remember the slides' inputs, so a backward
        // pass needs no second forward: d(apple price) = 1.1 × 2 = 2.2, d(tax) = 200.
        AppleShopping shop = AppleShopping.slides();
        GraphReports.shopping1(shop);
        AppleShopping.Derivatives d = shop.backward(1);
        assertEquals(2.2, d.dApplePrice(), 1e-12);
        assertEquals(200, d.dTax(), 1e-12);
        assertEquals("MulNode(x=200, y=1.1)", shop.taxNode().toString());
    }
}
