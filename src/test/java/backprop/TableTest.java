package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void numbersLineUpOnTheDecimalPointAndWordsLeftWhereAsked() {
        // -3 and 0 stand with their units digit above the 2 of 2.5; 0.5 is padded after, not before.
        String table = Table.of("x", "σ(x)", "note").left(2)
                .row("-3", "0.04742587", "small")
                .row("0", "0.5", "half")
                .row("2.5", "0.92414182", "")
                .toString();
        assertEquals("""
                   x        σ(x)  note
                -3    0.04742587  small
                 0    0.5         half
                 2.5  0.92414182
                """, table);
    }

    @Test
    void koreanHeadingsCountTwoColumnsAndIndentIsKept() {
        String table = Table.of("가중치", "값").indent("  ").row("w1", "0.3").toString();
        assertEquals("  가중치   값\n      w1  0.3\n", table);
    }

    @Test
    void aRowOfTheWrongLengthIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Table.of("a", "b").row("1"));
        assertEquals("row must have 2 cells, got 1: [1]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Table.of("a").left(1));
    }
}
