package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The slides' two forms of a number, and the few cases around them. */
class FormatTest {

    @Test
    void givenDataAndExactResultsAreShortAsOnTheSlides() {
        assertEquals("0.3", Format.num(0.3));
        assertEquals("0.25", Format.num(0.25));
        assertEquals("100", Format.num(100));
        assertEquals("220", Format.num(200 * 1.1));        // 220.00000000000003 as a double
        assertEquals("3.3", Format.num(1.1 * 3));          // 3.3000000000000003
        assertEquals("0.08", Format.num(0.3 * 0.1 + 0.25 * 0.2)); // the slides' z1
        assertEquals("-0.5", Format.num(-0.5));
        assertEquals("0.1234", Format.num(0.1234));
    }

    @Test
    void otherComputedValuesHaveTheSlidesEightDecimals() {
        assertEquals("0.51998934", Format.num(1 / (1 + Math.exp(-0.08)))); // the slides' h1
        assertEquals("0.12345000", Format.num(0.12345));
        assertEquals("0.00073556", Format.num(0.000735559));
        assertEquals("-131.18963712", Format.num(-131.189637123));
    }

    @Test
    void zeroHasNoSignAndNonFiniteValuesAreNamed() {
        assertEquals("0", Format.num(-0.0));
        assertEquals("0", Format.num(-1e-10));
        assertEquals("0", Format.num(0));
        assertEquals("NaN", Format.num(Double.NaN));
        assertEquals("-Infinity", Format.num(Double.NEGATIVE_INFINITY));
    }

    @Test
    void scientificAndPercentForms() {
        assertEquals("2.405e-17", Format.sci(2.4047e-17));
        assertEquals("96.38%", Format.percent(0.96378));
        assertEquals("100.00%", Format.percent(1));
    }
}
