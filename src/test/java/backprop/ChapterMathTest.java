package backprop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No Markdown block boundary falls inside a math span. GitHub renders {@code $…$} and
 * {@code $$…$$} only when both dollars stand in the same paragraph, heading or table cell: a line
 * that starts with {@code + \alpha$} inside a formula becomes a list item, and the formula breaks
 * in two (issue 11, item 7). A {@code |} inside an inline formula in a table splits the cell the
 * same way.
 *
 * <p>The rule: the chapter is parsed with commonmark (GitHub's tables too); in every paragraph,
 * heading and table cell, the dollars of its text, read left to right ({@code $$} as one
 * delimiter, {@code \$} as no delimiter, code spans and code blocks skipped), pair up: each span
 * that opens also closes in the same block.
 */
class ChapterMathTest {

    /** Chapters not yet brought up to this test (see {@link ChapterText#judge}). */
    static final Set<String> PENDING = Set.of();

    static List<Path> chapters() throws IOException {
        return ChapterNumbersTest.chapters();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void everyMathSpanOpensAndClosesInOneBlock(Path file) {
        ChapterText chapter = ChapterText.read(file);
        List<String> findings = new ArrayList<>();
        for (Node node : ChapterText.descendants(chapter.document)) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                String open = unclosed(chapter, node);
                if (open != null) {
                    findings.add("line " + ChapterText.line(node) + ": " + open + " that does not close in this "
                            + kind(node) + ": " + firstLine(chapter.raw(node)));
                }
            }
        }
        ChapterText.judge(chapter, PENDING, "has math spans cut by a block boundary", findings);
    }

    /** Null if every span in the block closes, else which delimiter is left open. */
    static String unclosed(ChapterText chapter, Node block) {
        String open = null;
        for (Node node : ChapterText.descendants(block)) {
            // Code spans are Code nodes, not Text: their dollars are not read.
            if (!(node instanceof Text)) {
                continue;
            }
            // The raw source, not the literal: "\$" is an escaped dollar, not a delimiter.
            String text = node.getSourceSpans().isEmpty() ? ((Text) node).getLiteral() : chapter.raw(node);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '$') {
                    String delimiter = text.startsWith("$$", i) ? "$$" : "$";
                    i += delimiter.length() - 1;
                    if (open == null) {
                        open = delimiter;
                    } else if (open.equals(delimiter)) {
                        open = null;
                    }
                    // A lone "$" inside "$$…$$" is part of the display formula.
                }
            }
        }
        return open == null ? null : "a \"" + open + "\"";
    }

    private static String kind(Node node) {
        return node instanceof TableCell ? "table cell" : node instanceof Heading ? "heading" : "paragraph";
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }
}
