package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

/** The math-aware parser: $…$ and $$…$$ are taken whole, before escapes and emphasis. */
class MarkdownMathTest {

    /** The TeX of every formula in the document, in order. */
    private static List<String> formulas(Node document) {
        List<String> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof InlineMath math) {
                    out.add(math.tex());
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof DisplayMath math) {
                    out.add(math.tex());
                }
                visitChildren(node);
            }
        });
        return out;
    }

    private static String plainCommonMark(String markdown) {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        return TextContentRenderer.builder().build().render(parser.parse(markdown));
    }

    @Test
    void backslashesInsideAFormulaStayAsWritten() {
        String markdown = "$$\ny = \\begin{cases} 1 & s \\ge 0 \\\\ 0 & s < 0 \\end{cases}\n$$\n\n"
                + "갱신은 $w := w - \\alpha \\, \\partial E / \\partial w$ 이고 $\\max(0.1x, \\; x)$ 입니다.\n";
        assertEquals(List.of("y = \\begin{cases} 1 & s \\ge 0 \\\\ 0 & s < 0 \\end{cases}",
                "w := w - \\alpha \\, \\partial E / \\partial w", "\\max(0.1x, \\; x)"), formulas(Markdown.parse(markdown)));
        // what a plain CommonMark parser makes of the same text: the escapes ate the backslashes
        String plain = plainCommonMark(markdown);
        assertTrue(plain.contains("0 \\ 0") || plain.contains("0 \\0"), plain);
        assertTrue(plain.contains("\\alpha , \\partial"), plain);
        assertTrue(plain.contains("0.1x, ; x"), plain);
    }

    @Test
    void underscoresAndStarsInsideAFormulaAreNotEmphasis() {
        Node document = Markdown.parse("최솟값 $a^*$ 와 $b^*$, 그리고 $E_{o1}$ 와 $w_5$ 의 _기울기_.\n");
        assertEquals(List.of("a^*", "b^*", "E_{o1}", "w_5"), formulas(document));
        List<Node> emphasis = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Emphasis node) {
                emphasis.add(node);
            }
        });
        assertEquals(1, emphasis.size(), "only _기울기_ is emphasis");
        assertTrue(plainCommonMark("최솟값 $a^*$ 와 $b^*$ 입니다.\n").contains("$a^$ 와 $b^$"),
                "a plain parser reads the two stars as emphasis");
    }

    @Test
    void dollarsThatDoNotOpenOrCloseAFormulaAreText() {
        assertEquals(List.of(), formulas(Markdown.parse("사과는 5$ 이고 귤은 6$ 입니다. $ 10 $ 도 아닙니다.\n")));
        assertEquals(List.of(), formulas(Markdown.parse("가격 $x$5 는 수식이 아닙니다.\n")));
        assertEquals(List.of("\\$5 + y"), formulas(Markdown.parse("$\\$5 + y$\n")));
        assertEquals(List.of(), formulas(Markdown.parse("`$x$` 는 코드입니다.\n")));
        assertEquals(List.of(), formulas(Markdown.parse("\\$x$ 는 글자입니다.\n")));
    }

    @Test
    void aDisplayBlockTakesItsLinesWholeInsideListsAndQuotes() {
        String markdown = """
                - 항목(item):
                  $$
                  a
                  + b
                  $$
                  뒤의 문장.

                > $$
                > \\frac{1}{2}
                > $$
                """;
        Node document = Markdown.parse(markdown);
        assertEquals(List.of("a\n+ b", "\\frac{1}{2}"), formulas(document));
        BulletList list = (BulletList) document.getFirstChild();
        assertEquals(1, countChildren(list), "the + b line did not start a second list");
    }

    @Test
    void aOneLineDisplayBlockAndDisplayMathInsideAParagraph() {
        Node document = Markdown.parse("$$z_1 = w_1 x_1$$\n\n앞 $$E$$ 뒤\n");
        DisplayMath block = assertInstanceOf(DisplayMath.class, document.getFirstChild());
        assertEquals("z_1 = w_1 x_1", block.tex());
        assertTrue(block.closed());
        Paragraph paragraph = assertInstanceOf(Paragraph.class, document.getLastChild());
        InlineMath inline = assertInstanceOf(InlineMath.class, paragraph.getFirstChild().getNext());
        assertTrue(inline.display());
        assertEquals("E", inline.tex());
    }

    @Test
    void aBlankLineEndsADisplayBlockThatWasNeverClosed() {
        Node document = Markdown.parse("$$\na = b\n\n다음 문단.\n");
        DisplayMath block = assertInstanceOf(DisplayMath.class, document.getFirstChild());
        assertFalse(block.closed());
        assertEquals("a = b", block.tex());
        assertInstanceOf(Paragraph.class, document.getLastChild());
    }

    @Test
    void aListMarkerInsideAnInlineFormulaCutsIt_andTheSourceScanSeesTheDifference() {
        String markdown = "음수 쪽 미분은 $\\alpha e^x = \\mathrm{ELU}(x)\n+ \\alpha$ 로 쓸 수 있습니다.\n";
        assertEquals(List.of("\\alpha e^x = \\mathrm{ELU}(x)\n+ \\alpha"),
                MathSource.formulas(markdown).stream().map(MathSource.Formula::tex).toList());
        Node document = Markdown.parse(markdown);
        assertEquals(List.of(), formulas(document), "CommonMark starts a list at '+ ', so neither half closes");
        List<String> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text.getLiteral());
            }
        });
        assertTrue(texts.stream().anyMatch(t -> t.contains("$")), texts.toString());
        assertInstanceOf(BulletList.class, document.getLastChild());
    }

    private static int countChildren(Node node) {
        int n = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            n++;
        }
        return n;
    }
}
