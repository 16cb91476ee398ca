package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Columns;

/** A chapter for the terminal: reflowed by display width, tables fitted, math and diagrams drawn. */
class TerminalRendererTest {
    private static final Links LINKS = new Links(Path.of("chapters"), Path.of(""), false);

    private static String render(String markdown, int width) {
        TerminalRenderer.Page page = TerminalRenderer.render(markdown, width, LINKS);
        assertEquals(List.of(), page.problems());
        return page.text();
    }

    @Test
    void paragraphsAreReflowedByDisplayColumnsHangulTakingTwo() {
        // 19 characters, but 34 columns
        String text = render("가나다 라마바 사아자 차카타\n파하가.\n", 30);
        assertEquals("가나다 라마바 사아자 차카타\n파하가.\n", text);
    }

    @Test
    void aFormulaBreaksAfterItsOperatorsNotInsideASymbol() {
        String text = render("식은 $z = w_1 x_1 + w_2 x_2 + w_3 x_3 + w_4 x_4$ 입니다.\n", 30);
        assertEquals("식은 z = w₁x₁ + w₂x₂ + w₃x₃ +\nw₄x₄ 입니다.\n", text);
    }

    @Test
    void headingsAreUnderlinedAndTheTitleComesFirst() {
        String text = render("# 5장. MLP\n\n본문.\n\n## 절 (section)\n\n끝.\n", 40);
        assertEquals("5장. MLP\n════════\n\n본문.\n\n절 (section)\n────────────\n\n끝.\n", text);
    }

    @Test
    void aTableThatFitsKeepsItsColumnsAndOneThatDoesNotWrapsItsCells() {
        String table = "| 개념 | 코드 |\n|---|---|\n| 가중치 8개 | `Weights.slides()` |\n";
        assertEquals("""
                ┌────────────┬──────────────────┐
                │ 개념       │ 코드             │
                ├────────────┼──────────────────┤
                │ 가중치 8개 │ Weights.slides() │
                └────────────┴──────────────────┘
                """, render(table, 40));
        assertEquals("""
                ┌─────────┬──────────────────┐
                │ 개념    │ 코드             │
                ├─────────┼──────────────────┤
                │ 가중치  │ Weights.slides() │
                │ 8개     │                  │
                └─────────┴──────────────────┘
                """, render(table, 30));
    }

    @Test
    void linksAreShortAndRelativeToTheReader() {
        Links fromRoot = new Links(Path.of("chapters"), Path.of(""), true);
        assertEquals("answers/04-graph/x.approved.txt", fromRoot.show("../answers/04-graph/x.approved.txt"));
        assertEquals("/read 5", fromRoot.show("05-mlp.md"));
        assertEquals("", fromRoot.show("#대칭-가중치"));
        assertEquals("https://wikidocs.net/37406", fromRoot.show("https://wikidocs.net/37406"));
        Links fromAnswers = new Links(Path.of("chapters"), Path.of("answers"), false);
        assertEquals("04-graph/x.approved.txt", fromAnswers.show("../answers/04-graph/x.approved.txt"));
        assertEquals("../chapters/05-mlp.md", fromAnswers.show("05-mlp.md"));
        assertEquals("풀이: answers/04-graph/x.approved.txt, 5장 (chapters/05-mlp.md)\n",
                render("풀이: [`x.approved.txt`](../answers/04-graph/x.approved.txt), [5장](05-mlp.md)\n", 80));
        assertEquals("워크스루: jshell-scripts/05-mlp.jsh · 정답: answers/05-mlp/\n",
                render("워크스루: [`jshell-scripts/05-mlp.jsh`](../jshell-scripts/05-mlp.jsh) · 정답: [`answers/05-mlp/`](../answers/05-mlp/)\n", 80));
    }

    @Test
    void alertsDetailsCodeAndFigures() {
        assertEquals("│ ⚠ 주의(warning)\n│ 정오표(errata) 슬라이드는…\n",
                render("> [!WARNING]\n> **정오표(errata)** 슬라이드는…\n", 40));
        assertEquals("▶ 풀이 보기 (show the solution)\n\n풀이.\n",
                render("<details>\n<summary>풀이 보기 (show the solution)</summary>\n\n풀이.\n\n</details>\n", 40));
        assertEquals("  abcdefghijklmnopqrstuvwxyzAB\n  ↪ CDEFGHIJKLMN\n",
                render("```\nabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN\n```\n", 30));
        assertEquals("[그림(figure): 손실 곡선] chapters/img/a.png\n", render("![손실 곡선](img/a.png)\n", 80));
    }

    @Test
    void aPageNarrowerThanThirtyColumnsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TerminalRenderer.render("x", 29, LINKS));
        assertEquals("width must be at least 30 columns, got 29", e.getMessage());
    }

    static List<Path> chapters() {
        return MathSource.chapters();
    }

    @ParameterizedTest
    @MethodSource("chapters")
    // 80 columns, the terminal, and 40, where tables and diagrams take their narrow forms
    void everyChapterFitsThePageWithItsMathAndDiagramsDrawn(Path chapter) {
        String markdown = MathSource.read(chapter);
        String title = markdown.lines().filter(l -> l.startsWith("# ")).findFirst().orElseThrow().substring(2).strip();
        for (int width : new int[] {80, 40}) {
            TerminalRenderer.Page page = TerminalRenderer.render(markdown, width, LINKS);
            assertEquals(List.of(), page.problems(), chapter + " at " + width);
            List<String> lines = page.text().lines().toList();
            assertTrue(lines.get(0).startsWith(title.substring(0, Math.min(title.length(), 10))), lines.get(0));
            for (String line : lines) {
                assertTrue(Columns.of(line) <= width, chapter + " at " + width + ": " + line);
                assertFalse(ChapterFormulasTest.TEX_LEFT_OVER.matcher(line).find(), chapter + ": TeX left in " + line);
                assertFalse(line.contains("$"), chapter + ": a dollar sign left in " + line);
                assertFalse(line.strip().startsWith("flowchart ") || line.contains("-->"), chapter + ": Mermaid source in " + line);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void everyDiagramIsPrintedAsItsDrawingRowForRowIndentsKept(Path chapter) {
        String markdown = MathSource.read(chapter);
        String text = TerminalRenderer.render(markdown, 80, LINKS).text();
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?m)^```mermaid\n(.*?)^```", java.util.regex.Pattern.DOTALL)
                .matcher(markdown);
        while (block.find()) {
            StringBuilder drawing = new StringBuilder();
            for (String row : Mermaid.parse(block.group(1)).text(80).split("\n")) {
                drawing.append(row.stripTrailing()).append('\n');
            }
            String rows = drawing.toString().replaceAll("^\\n+", "").stripTrailing();
            assertTrue(text.contains("\n" + rows + "\n"), chapter + ": the diagram as drawn:\n" + rows);
        }
    }
}
