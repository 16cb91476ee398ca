package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import backprop.Columns;

/** TeX as Unicode: the forms the issue names, worked out by hand. */
class UnicodeMathTest {

    private static String inline(String tex) {
        UnicodeMath.Rendered r = UnicodeMath.inline(tex);
        assertEquals(List.of(), r.problems(), tex);
        return UnicodeMath.plain(r.rows().get(0));
    }

    private static List<String> display(String tex, int width) {
        UnicodeMath.Rendered r = UnicodeMath.display(tex, width);
        assertEquals(List.of(), r.problems(), tex);
        return r.rows();
    }

    @Test
    void fractionsSubscriptsAndGreekOnOneLine() {
        assertEquals("∂E_total/∂w₅", inline("\\frac{\\partial E_{total}}{\\partial w_5}"));
        assertEquals("∂E_total/∂w₅", inline("\\partial E_{total} / \\partial w_5"));
        assertEquals("σ(x) = 1/(1 + e⁻ˣ)", inline("\\sigma(x) = \\frac{1}{1 + e^{-x}}"));
        assertEquals("e⁻ˣ/(1 + e⁻ˣ)²", inline("\\frac{e^{-x}}{(1 + e^{-x})^2}"));
        assertEquals("w₅⁺ = w₅ − α ∂E_total/∂w₅", inline("w_5^+ = w_5 - \\alpha \\frac{\\partial E_{total}}{\\partial w_5}"));
        assertEquals("½(target_o1 − o₁)²", inline("\\frac{1}{2}(target_{o1} - o_1)^2"));
        assertEquals("Σᵢ₌₁⁶⁴ wᵢxᵢ + b", inline("\\sum_{i=1}^{64} w_i x_i + b"));
        assertEquals("zⱼ = Σᵢ w_ji xᵢ + bⱼ", inline("z_j = \\sum_i w_{ji} x_i + b_j"));
    }

    @Test
    void operatorsRelationsSignsAndText() {
        assertEquals("w · x + b ≥ 0", inline("w \\cdot x + b \\ge 0"));
        assertEquals("0.3 × 0.1 = 0.03", inline("0.3 \\times 0.1 = 0.03"));
        assertEquals("−b > 0", inline("-b > 0"));
        assertEquals("−(0.4 − 0.60944600)", inline("-(0.4 - 0.60944600)"));
        assertEquals("w := w − α ∂E/∂w", inline("w := w - \\alpha \\, \\partial E / \\partial w"));
        assertEquals("max(0.1x, x)", inline("\\max(0.1x, \\; x)"));
        assertEquals("h₁ = sigmoid(z₁)", inline("h_1 = \\text{sigmoid}(z_1)"));
        assertEquals("∂(지불 금액)/∂(입력)", inline("\\frac{\\partial(\\text{지불 금액})}{\\partial(\\text{입력})}"));
        assertEquals("tanh′(x) = 1 − tanh²(x)", inline("\\tanh'(x) = 1 - \\tanh^2(x)"));
        assertEquals("|Δw|", inline("\\lvert \\Delta w \\rvert"));
    }

    @Test
    void accentsCombineWithTheLetterAndTakeNoColumn() {
        assertEquals("x̄", inline("\\bar{x}"));
        assertEquals("ŷ = ax + b", inline("\\hat{y} = ax + b"));
        assertEquals(1, Columns.of(inline("\\bar{x}")));
        assertEquals("a* = ȳ − a*x̄", inline("a^* = \\bar{y} - a^* \\bar{x}"));
    }

    @Test
    void aFormulaInALineMayBreakOnlyAfterAnOperatorOrAComma() {
        String line = UnicodeMath.inline("z_1 = w_1 x_1 + w_2 x_2, z_2").rows().get(0);
        String marked = line.replace(UnicodeMath.GLUE, '~').replace(UnicodeMath.BREAK, '|');
        assertEquals("z₁~=~|w₁x₁~+~|w₂x₂,~|z₂", marked);
    }

    @Test
    void casesAreAlignedRowsBehindOneBrace() {
        assertEquals(List.of(
                "              ⎧ 1   s ≥ 0",
                "y = step(s) = ⎨",
                "              ⎩ 0   s < 0"),
                display("y = \\text{step}(s) = \\begin{cases} 1 & s \\ge 0 \\\\ 0 & s < 0 \\end{cases}", 80));
        assertEquals("{1, x ≥ 0; 0, x < 0}", inline("\\begin{cases} 1 & x \\geq 0 \\\\ 0 & x < 0 \\end{cases}"));
    }

    @Test
    void aFormulaSetApartStacksItsFractions() {
        assertEquals(List.of(
                "∂E_total   ∂E_total   ∂o₁   ∂z₃",
                "──────── = ──────── × ─── × ───",
                "  ∂w₅        ∂o₁      ∂z₃   ∂w₅"),
                display("\\frac{\\partial E_{total}}{\\partial w_5} = \\frac{\\partial E_{total}}{\\partial o_1}"
                        + " \\times \\frac{\\partial o_1}{\\partial z_3} \\times \\frac{\\partial z_3}{\\partial w_5}", 80));
        assertEquals(List.of(
                "          1",
                "σ(x) = ───────",
                "       1 + e⁻ˣ"), display("\\sigma(x) = \\frac{1}{1 + e^{-x}}", 80));
    }

    @Test
    void aMatrixStandsInTallParentheses() {
        assertEquals(List.of(
                "H = 2 ⎛ x̅²̅  x̄ ⎞",
                "      ⎝ x̄   1 ⎠"),
                display("H = 2 \\begin{pmatrix} \\overline{x^2} & \\bar{x} \\\\ \\bar{x} & 1 \\end{pmatrix}", 80));
    }

    @Test
    void aFormulaTooWideBreaksAtItsCommaFirstThenBeforeARelation() {
        String tex = "z_1 = w_1 x_1 + w_2 x_2 = 0.3 \\times 0.1 + 0.25 \\times 0.2 = 0.08, \\quad z_2 = 0.11";
        assertEquals(List.of("z₁ = w₁x₁ + w₂x₂ = 0.3 × 0.1 + 0.25 × 0.2 = 0.08,  z₂ = 0.11"), display(tex, 80));
        assertEquals(List.of(
                "z₁ = w₁x₁ + w₂x₂ = 0.3 × 0.1 + 0.25 × 0.2 = 0.08,",
                "    z₂ = 0.11"), display(tex, 50));
        assertEquals(List.of(
                "z₁ = w₁x₁ + w₂x₂",
                "    = 0.3 × 0.1 + 0.25 × 0.2 = 0.08,",
                "    z₂ = 0.11"), display(tex, 40));
        for (int width = 10; width <= 60; width++) {
            for (String row : display(tex, width)) {
                assertTrue(Columns.of(row) <= width, width + ": " + row);
            }
        }
    }

    @Test
    void whatTheRendererDoesNotKnowIsReportedAndKeptAsWritten() {
        UnicodeMath.Rendered r = UnicodeMath.inline("\\mathcal{L} = \\frac{1}{2}");
        assertEquals(List.of("cannot render \\mathcal"), r.problems());
        assertTrue(r.text().contains("\\mathcal"), r.text());
        assertEquals(List.of("cannot render \\begin{align}a &= b\\end{align}"),
                UnicodeMath.display("\\begin{align}a &= b\\end{align}", 80).problems());
        assertEquals(List.of("cannot render { without its }"), UnicodeMath.inline("\\frac{1}{2").problems());
    }

    @Test
    void aPageNarrowerThanTenColumnsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnicodeMath.display("x", 9));
        assertEquals("width must be at least 10 columns, got 9", e.getMessage());
    }
}
