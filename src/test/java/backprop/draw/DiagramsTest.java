package backprop.draw;

import static backprop.pictures.PicturesTest.assertFits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import backprop.Columns;
import backprop.graph.Value;
import backprop.mlp.GradientCheck;
import backprop.mlp.Sample;
import backprop.mlp.Weights;

/** Drawings of any graph: within 80 columns, every node drawn, no lines on top of each other. */
class DiagramsTest {

    @Test
    void theWholeChapterFiveGraphFitsToo() {
        Value errorTotal = GradientCheck.graph(Weights.slides(), Sample.slides());
        assertFits("Diagrams.of(E_total)", Diagrams.of(errorTotal));
        assertFits("Diagrams.labelled(E_total)", Diagrams.labelled(errorTotal));
        String labelled = Diagrams.labelled(errorTotal);
        for (String name : List.of("w1", "w8", "x1", "x2", "z1", "h2", "o1", "E_o2", "E_total",
                "0.00080888", "0.02592286", "0.02397190")) {
            assertTrue(labelled.contains(name), name);
        }
    }

    @Test
    void theNetworksLabelledGraphCarriesAutogradsGradients() {
        double[] byAutograd = GradientCheck.autograd(Weights.slides(), Sample.slides());
        Value e = GradientCheck.graph(Weights.slides(), Sample.slides());
        for (Value v : e.topologicalOrder()) {
            if (v.label().matches("w[1-8]")) {
                int i = Integer.parseInt(v.label().substring(1));
                assertEquals(byAutograd[i - 1], v.grad(), 0, v.label());
            }
        }
        assertEquals(0.02397190, e.data(), 5e-9);
    }

    /** Random expressions over a few named inputs, some used more than once. */
    static Value randomGraph(Random random, int operations) {
        List<Value> pool = new ArrayList<>();
        int inputs = 2 + random.nextInt(3);
        for (int i = 0; i < inputs; i++) {
            pool.add(Value.of(Math.round((random.nextDouble() * 4 - 2) * 10) / 10.0, "x" + (i + 1)));
        }
        Value last = pool.get(0);
        for (int k = 0; k < operations; k++) {
            Value a = pool.get(random.nextInt(pool.size()));
            Value b = pool.get(random.nextInt(pool.size()));
            last = switch (random.nextInt(5)) {
                case 0 -> a.plus(b);
                case 1 -> a.times(b);
                case 2 -> a.minus(b);
                case 3 -> a.tanh();
                default -> a.sigmoid();
            };
            if (random.nextBoolean()) {
                last.label("v" + k);
            }
            pool.add(last);
        }
        return last;
    }

    @Test
    void randomGraphsAreDrawnWithinEightyColumnsWithEveryNodeAndNoTangledLines() {
        Random random = new Random(20240502L);
        for (int n = 0; n < 150; n++) {
            Value output = randomGraph(random, 1 + random.nextInt(12));
            if (random.nextBoolean()) {
                output.backward();
            }
            Diagram diagram = Diagrams.diagram(output);
            String drawing = diagram.render();
            int graph = n;
            assertFits("random graph " + n, drawing);
            for (Value v : output.topologicalOrder()) {
                if (!v.label().isEmpty()) {
                    assertTrue(drawing.contains(v.label()), () -> "graph " + graph + " lacks " + v.label() + "\n" + drawing);
                }
            }
            assertEquals(0, DiagramLayout.fitting(diagram, 80).clashes(), () -> "graph " + graph + " has lines on top of each other\n" + drawing);
            assertFits("labelled random graph " + n, Diagrams.labelled(output));
        }
    }

    @Test
    void badDiagramsAreRefused() {
        Diagram.Node a = Diagram.Node.input("a", "a");
        Diagram.Node b = Diagram.Node.operation("b", "+", "b");
        assertThrows(IllegalArgumentException.class,
                () -> new Diagram("t", List.of(a, a), List.of(), false, List.of()), "duplicate id");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new Diagram("t", List.of(a), List.of(new Diagram.Edge("a", "zz", "")), false, List.of()));
        assertTrue(unknown.getMessage().contains("zz"), unknown.getMessage());
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
                () -> new Diagram("t", List.of(a, b), List.of(new Diagram.Edge("a", "b", ""), new Diagram.Edge("b", "a", "")),
                        false, List.of()));
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Diagram("t", List.of(), List.of(), false, List.of()));
        Diagram ok = new Diagram("t", List.of(a, b), List.of(new Diagram.Edge("a", "b", "")), false, List.of());
        IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class, () -> ok.render(20));
        assertTrue(narrow.getMessage().contains("columns") && narrow.getMessage().contains("20"), narrow.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Diagrams.of(null));
    }

    @Test
    void koreanNamesCountTwoColumnsAndKeepTheBoxesStraight() {
        Value price = Value.of(100, "사과 가격");
        Value count = Value.of(2, "개수");
        Value total = price.times(count).label("합계");
        total.backward();
        String drawing = Diagrams.of(total);
        assertFits("Korean labels", drawing);
        // Every row of a box has the same display width: the right border lines up.
        List<Integer> rightBorders = new ArrayList<>();
        for (String line : drawing.split("\n")) {
            int at = line.indexOf("사과 가격");
            if (at >= 0) {
                rightBorders.add(Columns.of(line.substring(0, line.indexOf('│', at))));
            }
            int value = line.indexOf("│ 100");
            if (value >= 0) {
                rightBorders.add(Columns.of(line.substring(0, line.indexOf('│', value + 1))));
            }
        }
        assertEquals(2, rightBorders.size(), drawing);
        assertEquals(rightBorders.get(0), rightBorders.get(1), drawing);
    }

    @Test
    void columnsCountsWideCharactersTwice() {
        assertEquals(5, Columns.of("apple"));
        assertEquals(4, Columns.of("사과"));
        assertEquals(3, Columns.of("─┼►"));
        assertEquals(2, Columns.of("⣿⠁"));
        assertEquals("사", Columns.truncate("사과", 3));
        assertEquals("ab  ", Columns.padRight("ab", 4));
    }
}
