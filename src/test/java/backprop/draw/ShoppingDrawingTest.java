package backprop.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import backprop.Format;
import backprop.graph.AppleShopping;
import backprop.graph.FruitShopping;

/**
 * The drawing of 계산그래프 2's backward pass shows the slides' 715, 2.2, 110, 3.3, 165 and 650
 * in the right places, read off the picture itself: each gradient sits on an edge whose line
 * leads back to the input it belongs to and forward into the operation that uses that input.
 */
class ShoppingDrawingTest {

    private static void assertEdge(DrawingReader reader, String label, String source, String target) {
        List<int[]> found = reader.find(label);
        assertFalse(found.isEmpty(), label + " is not in the drawing");
        boolean ok = false;
        StringBuilder seen = new StringBuilder();
        for (int[] at : found) {
            Set<String> sources = reader.sourcesOf(at[0], at[1]);
            String into = reader.targetOf(at[0], at[1] + label.length());
            seen.append(sources).append(" → ").append(into).append("; ");
            ok |= sources.equals(Set.of(source)) && into.equals(target);
        }
        assertTrue(ok, label + " must be on the edge " + source + " → " + target + ", found " + seen);
    }

    @Test
    void shopping2BackwardShowsEveryNumberWhereItBelongs() {
        String drawing = Diagrams.shopping2Backward();
        DrawingReader reader = new DrawingReader(drawing);
        // 715 is the forward value inside the "amount paid" box, right under its name.
        int[] name = reader.find("amount paid").stream()
                .filter(at -> "│┤".contains(reader.text(at[0], at[1] - 2, at[1] - 1))) // inside a box
                .findFirst().orElseThrow();
        assertEquals("715", reader.text(name[0] + 1, name[1], name[1] + 3));
        assertEdge(reader, "2.2", "apple price 100", "apple total 200");
        assertEdge(reader, "110", "apple count 2", "apple total 200");
        assertEdge(reader, "3.3", "orange price 150", "orange total 450");
        assertEdge(reader, "165", "orange count 3", "orange total 450");
        assertEdge(reader, "650", "tax 1.1", "amount paid 715");
        assertEdge(reader, "1.1", "before tax 650", "amount paid 715");
        assertEdge(reader, "1.1", "apple total 200", "before tax 650");
        assertEdge(reader, "1.1", "orange total 450", "before tax 650");
    }

    @Test
    void theDrawnGradientsAreChapterFoursGradients() {
        FruitShopping shop = FruitShopping.slides();
        assertEquals(715, shop.forward(), 1e-9);
        FruitShopping.Derivatives d = shop.backward(1);
        String drawing = Diagrams.shopping2Backward();
        for (double g : new double[] {d.dApplePrice(), d.dAppleCount(), d.dOrangePrice(), d.dOrangeCount(), d.dTax()}) {
            assertFalse(new DrawingReader(drawing).find(Format.num(g)).isEmpty(), Format.num(g));
        }
    }

    @Test
    void shopping1BackwardShowsTheSlidesNumbers() {
        DrawingReader reader = new DrawingReader(Diagrams.shopping1Backward());
        AppleShopping shop = AppleShopping.slides();
        shop.forward();
        AppleShopping.Derivatives d = shop.backward(1);
        assertEquals("2.2", Format.num(d.dApplePrice()));
        assertEdge(reader, "2.2", "apple price 100", "apple total 200");
        assertEdge(reader, "110", "apple count 2", "apple total 200");
        assertEdge(reader, "200", "tax 1.1", "amount paid 220");
        assertEdge(reader, "1.1", "apple total 200", "amount paid 220");
    }

    @Test
    void forwardDrawingShowsTheValuesAndNoGradients() {
        String drawing = Diagrams.shopping2Forward();
        for (String value : List.of("100", "2", "150", "3", "1.1", "200", "450", "650", "715")) {
            assertFalse(new DrawingReader(drawing).find(value).isEmpty(), value);
        }
        assertFalse(drawing.contains("◄"), "a forward drawing has no backward arrows");
        assertFalse(drawing.contains("2.2"), "a forward drawing has no gradients");
    }

    @Test
    void networkEdgesCarryTheirWeights() {
        DrawingReader reader = new DrawingReader(Diagrams.network());
        String[][] edges = {{"w1 0.3", "x1 0.1", "z1 0.08 h1 0.51998934"}, {"w2 0.25", "x2 0.2", "z1 0.08 h1 0.51998934"},
                            {"w3 0.4", "x1 0.1", "z2 0.11 h2 0.52747230"}, {"w4 0.35", "x2 0.2", "z2 0.11 h2 0.52747230"},
                            {"w5 0.45", "z1 0.08 h1 0.51998934", "z3 0.44498412 o1 0.60944600"}, {"w6 0.4", "z2 0.11 h2 0.52747230", "z3 0.44498412 o1 0.60944600"},
                            {"w7 0.7", "z1 0.08 h1 0.51998934", "z4 0.68047592 o2 0.66384491"}, {"w8 0.6", "z2 0.11 h2 0.52747230", "z4 0.68047592 o2 0.66384491"}};
        for (String[] e : edges) {
            assertEdge(reader, e[0], e[1], e[2]);
        }
        DrawingReader back = new DrawingReader(Diagrams.networkBackward());
        assertEdge(back, "w1 0.00080888", "x1 0.1", "z1 0.08 h1 0.51998934");
        assertEdge(back, "w5 0.02592286", "z1 0.08 h1 0.51998934", "z3 0.44498412 o1 0.60944600");
    }
}
