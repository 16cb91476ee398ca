package backprop.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The layout's row placement and its cells, on graphs small enough to work out by hand. */
class DiagramLayoutTest {

    @Test
    void isotonicKeepsTopsThatAlreadyFit() {
        // Boxes of height 3 with a gap of 1 need their tops 4 apart: 0 and 10 are.
        assertArrayEquals(new int[] {0, 10}, DiagramLayout.isotonic(new double[] {0, 10}, new int[] {3, 3}, 1));
    }

    @Test
    void isotonicSplitsAConflictEvenly() {
        // Both want row 0, they need 4 rows between tops: t1 = t0 + 4 minimising t0² + t1² is t0 = -2.
        assertArrayEquals(new int[] {-2, 2}, DiagramLayout.isotonic(new double[] {0, 0}, new int[] {3, 3}, 1));
    }

    @Test
    void isotonicPoolsOnlyTheBoxesInConflict() {
        // Heights 2, gap 1: tops 3 apart. The first two want 0 and 1 (1 short: each gives way by
        // 1), the third wants 20 and is free: -1, 2, 20.
        assertArrayEquals(new int[] {-1, 2, 20},
                DiagramLayout.isotonic(new double[] {0, 1, 20}, new int[] {2, 2, 2}, 1));
    }

    @Test
    void isotonicRoundsAHalfRowUp() {
        // Height 1, gap 1: tops 2 apart; wanted 0 and 1 pool to a shift of -0.5, rounded to 0.
        assertArrayEquals(new int[] {0, 2}, DiagramLayout.isotonic(new double[] {0, 1}, new int[] {1, 1}, 1));
        assertArrayEquals(new int[] {}, DiagramLayout.isotonic(new double[] {}, new int[] {}, 1));
    }

    /** a → b, one edge labelled 2, backward, and the output's gradient 1 leaving b. */
    private static Diagram smallest(boolean backward) {
        Diagram.Node a = Diagram.Node.input("a", "a");
        Diagram.Node b = Diagram.Node.operation("b", "+", "b");
        return new Diagram("", List.of(a, backward ? b.withExit("1") : b),
                List.of(new Diagram.Edge("a", "b", backward ? "2" : "")), backward, List.of());
    }

    @Test
    void theSmallestBackwardDrawingCellByCell() {
        Diagram.Geometry g = DiagramLayout.of(smallest(true)).geometry();
        // a: "a" + 2 borders + 2 spaces = 5 wide; b: " + " in its top border needs 6; both 3 high.
        // Channel: 1 + no track + the label's 1 + 2 = 4, so b starts at 5 + 4 = 9; the exit "◄─1"
        // needs 3 + 1 more: 9 + 6 + 4 = 19 columns.
        assertEquals(19, g.columns());
        assertEquals(3, g.rows());
        assertEquals(List.of(0, 9), g.boxes().stream().map(Diagram.Box::x).toList());
        assertEquals(List.of(5, 6), g.boxes().stream().map(Diagram.Box::width).toList());
        assertEquals(List.of(new Diagram.Path(List.of(new int[] {15, 1}, new int[] {17, 1}), true, false),
                new Diagram.Path(List.of(new int[] {5, 1}, new int[] {9, 1}), true, false)), g.paths());
        assertEquals(List.of(new Diagram.Text("1", 17, 1), new Diagram.Text("2", 7, 1)), g.labels());
        assertEquals(List.of(new Diagram.Layer(0, 5), new Diagram.Layer(9, 19)), g.layers());
        assertEquals("""

                ╭───╮    ┌ + ─┐
                │ a │◄─2─┤ b  │◄─1
                ╰───╯    └────┘
                """, smallest(true).render());
    }

    @Test
    void theSmallestForwardDrawingCellByCell() {
        Diagram.Geometry g = DiagramLayout.of(smallest(false)).geometry();
        // No label: the channel is 1 + 1 + 1 (room for the arrowhead) = 3, so b starts at 8.
        assertEquals(List.of(new Diagram.Path(List.of(new int[] {4, 1}, new int[] {7, 1}), false, true)), g.paths());
        assertEquals(14, g.columns());
        assertEquals("""

                ╭───╮   ┌ + ─┐
                │ a ├──►│ b  │
                ╰───╯   └────┘
                """, smallest(false).render());
    }
}
