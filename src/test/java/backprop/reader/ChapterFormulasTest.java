package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Columns;

/**
 * Every formula of every chapter, as the terminal shows it: nothing the renderer could not draw,
 * no TeX control word ({@code \frac}, {@code \partial}, {@code \begin}) or escape left, and a
 * formula set apart no wider than the page. The formulas come from the chapters' text as it is
 * now, so a formula added tomorrow is checked tomorrow.
 */
class ChapterFormulasTest {
    /** A control word or a control symbol: \frac, \alpha, \, \; \\ \{ */
    static final Pattern TEX_LEFT_OVER = Pattern.compile("\\\\([A-Za-z]+|[,;:!{}\\\\ ])");

    static List<Path> chapters() {
        return MathSource.chapters();
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void everyFormulaReadsAsUnicode(Path chapter) {
        List<String> failures = new ArrayList<>();
        List<MathSource.Formula> formulas = MathSource.formulas(MathSource.read(chapter));
        for (MathSource.Formula formula : formulas) {
            List<UnicodeMath.Rendered> renderings = List.of(UnicodeMath.inline(formula.tex()),
                    UnicodeMath.display(formula.tex(), 80), UnicodeMath.display(formula.tex(), 40));
            for (UnicodeMath.Rendered r : renderings) {
                String text = UnicodeMath.plain(r.text());
                if (!r.problems().isEmpty()) {
                    failures.add(formula.tex() + "  →  " + r.problems());
                } else if (TEX_LEFT_OVER.matcher(text).find()) {
                    failures.add(formula.tex() + "  →  TeX left over: " + text);
                }
            }
            for (int k = 1; k <= 2; k++) {
                int width = k == 1 ? 80 : 40;
                for (String row : renderings.get(k).rows()) {
                    if (Columns.of(row) > width) {
                        failures.add(formula.tex() + "  →  wider than " + width + ": " + row);
                    }
                }
            }
        }
        assertEquals(List.of(), failures.stream().distinct().toList(), chapter + ": formulas the terminal cannot show");
        assertTrue(formulas.size() > 0 || !MathSource.read(chapter).contains("$"), chapter + ": its formulas were found");
    }
}
