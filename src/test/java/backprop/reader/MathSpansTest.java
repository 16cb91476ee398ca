package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No Markdown block boundary falls inside a math span: every formula the chapter's text holds
 * (found without CommonMark) comes out of the parser whole, in order, and no dollar sign is left
 * over as text. A line inside a formula that begins with "+ " (a list item), "# " (a heading) or
 * a blank line cuts the formula in two, and this test names it.
 */
class MathSpansTest {

    static List<Path> chapters() {
        return MathSource.chapters();
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void everyFormulaOfTheTextIsOneMathNode(Path chapter) {
        String markdown = MathSource.read(chapter);
        List<String> expected = MathSource.formulas(markdown).stream().map(MathSource.Formula::normalized).toList();
        List<String> parsed = new ArrayList<>();
        List<String> leftovers = new ArrayList<>();
        List<String> unclosed = new ArrayList<>();
        Markdown.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof InlineMath math) {
                    parsed.add(MathSource.normalize(math.tex()));
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof DisplayMath math) {
                    parsed.add(MathSource.normalize(math.tex()));
                    if (!math.closed()) {
                        unclosed.add(math.tex());
                    }
                }
                visitChildren(node);
            }

            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("$")) {
                    leftovers.add(text.getLiteral());
                }
            }
        });
        assertTrue(unclosed.isEmpty(), chapter + ": $$ blocks cut by a blank line: " + unclosed);
        assertTrue(leftovers.isEmpty(), chapter + ": dollar signs left as text, a formula cut in two: " + leftovers);
        for (int i = 0; i < Math.min(expected.size(), parsed.size()); i++) {
            assertEquals(expected.get(i), parsed.get(i), chapter + ": formula " + (i + 1));
        }
        assertEquals(expected.size(), parsed.size(), chapter + ": formulas in the text and formulas parsed");
    }
}
