package backprop.shell;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Renders a chapter's Markdown for a terminal: headings, emphasis, code blocks, lists, quotes and
 * tables, with styles where the terminal has them. Math stays as its {@code $…$} source, which
 * reads well enough as text; Mermaid diagrams stay as source with a note.
 */
final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static final AttributedStyle HEADING = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle CODE = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();

    private final List<AttributedString> lines = new ArrayList<>();

    private MarkdownRenderer() {}

    static List<AttributedString> render(String markdown) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        renderer.blocks(PARSER.parse(markdown), "");
        // no trailing blank lines
        while (!renderer.lines.isEmpty() && renderer.lines.get(renderer.lines.size() - 1).length() == 0) {
            renderer.lines.remove(renderer.lines.size() - 1);
        }
        return renderer.lines;
    }

    private void blocks(Node parent, String indent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, indent);
        }
    }

    private void block(Node node, String indent) {
        if (node instanceof Heading heading) {
            AttributedString title = inline(heading, HEADING);
            blank();
            add(indent, title);
            if (heading.getLevel() <= 2) {
                add(indent, new AttributedString((heading.getLevel() == 1 ? "═" : "─").repeat(Math.max(3, title.columnLength())), HEADING));
            }
            blank();
        } else if (node instanceof Paragraph paragraph) {
            for (AttributedString line : splitLines(inline(paragraph, AttributedStyle.DEFAULT))) {
                add(indent, line);
            }
            blank();
        } else if (node instanceof FencedCodeBlock code) {
            if ("mermaid".equalsIgnoreCase(code.getInfo().strip())) {
                add(indent, new AttributedString("(Mermaid diagram: GitHub draws it; its source follows)", DIM));
            }
            codeLines(code.getLiteral(), indent);
        } else if (node instanceof IndentedCodeBlock code) {
            codeLines(code.getLiteral(), indent);
        } else if (node instanceof BlockQuote quote) {
            MarkdownRenderer inner = new MarkdownRenderer();
            inner.blocks(quote, "");
            while (!inner.lines.isEmpty() && inner.lines.get(inner.lines.size() - 1).length() == 0) {
                inner.lines.remove(inner.lines.size() - 1);
            }
            for (AttributedString line : inner.lines) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                b.append("│ ", HEADING).append(alert(line));
                add(indent, b.toAttributedString());
            }
            blank();
        } else if (node instanceof BulletList list) {
            listItems(list, indent, false, 1);
            blank();
        } else if (node instanceof OrderedList list) {
            listItems(list, indent, true, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
            blank();
        } else if (node instanceof TableBlock table) {
            table(table, indent);
            blank();
        } else if (node instanceof ThematicBreak) {
            add(indent, new AttributedString("─".repeat(40), DIM));
            blank();
        } else if (node instanceof HtmlBlock html) {
            if (!html.getLiteral().strip().startsWith("<!--")) {
                codeLines(html.getLiteral(), indent);
            }
        } else {
            blocks(node, indent);
        }
    }

    /** GitHub's alert marker "[!WARNING]" as a word a terminal reader understands. */
    private static AttributedString alert(AttributedString line) {
        String text = line.toString();
        if (text.matches("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\].*")) {
            String kind = text.substring(2, text.indexOf(']'));
            return new AttributedStringBuilder().append("⚠ " + kind, AttributedStyle.BOLD)
                    .append(text.substring(text.indexOf(']') + 1)).toAttributedString();
        }
        return line;
    }

    private void listItems(Node list, String indent, boolean ordered, int start) {
        int number = start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = ordered ? number++ + ". " : "• ";
            MarkdownRenderer inner = new MarkdownRenderer();
            inner.blocks(item, "");
            List<AttributedString> body = inner.lines.stream().filter(l -> l.length() > 0).toList();
            for (int i = 0; i < body.size(); i++) {
                add(indent + (i == 0 ? marker : " ".repeat(marker.length())), body.get(i));
            }
        }
    }

    private void codeLines(String literal, String indent) {
        for (String line : literal.stripTrailing().split("\n", -1)) {
            add(indent + "    ", new AttributedString(line, CODE));
        }
        blank();
    }

    private void table(TableBlock table, String indent) {
        List<List<AttributedString>> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<AttributedString> cells = new ArrayList<>();
                boolean isHeader = false;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tc) {
                        isHeader |= tc.isHeader();
                        cells.add(inline(tc, tc.isHeader() ? AttributedStyle.BOLD : AttributedStyle.DEFAULT));
                    }
                }
                rows.add(cells);
                header.add(isHeader);
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<AttributedString> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).columnLength());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            List<AttributedString> row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                AttributedString cell = c < row.size() ? row.get(c) : AttributedString.EMPTY;
                b.append(c == 0 ? "│ " : " │ ", DIM).append(cell).append(" ".repeat(width[c] - cell.columnLength()));
            }
            b.append(" │", DIM);
            add(indent, b.toAttributedString());
            if (header.get(r)) {
                StringBuilder rule = new StringBuilder("├");
                for (int c = 0; c < columns; c++) {
                    rule.append("─".repeat(width[c] + 2)).append(c == columns - 1 ? "┤" : "┼");
                }
                add(indent, new AttributedString(rule.toString(), DIM));
            }
        }
    }

    /** The inline content of a block, styled. */
    private static AttributedString inline(Node parent, AttributedStyle base) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        inline(parent, b, base);
        return b.toAttributedString();
    }

    private static void inline(Node parent, AttributedStringBuilder b, AttributedStyle style) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                b.append(text.getLiteral(), style);
            } else if (node instanceof Code code) {
                b.append(code.getLiteral(), CODE);
            } else if (node instanceof Emphasis) {
                inline(node, b, style.italic());
            } else if (node instanceof StrongEmphasis) {
                inline(node, b, style.bold());
            } else if (node instanceof SoftLineBreak) {
                b.append("\n", style);
            } else if (node instanceof HardLineBreak) {
                b.append("\n", style);
            } else if (node instanceof Image image) {
                b.append("[그림 figure: ", DIM);
                inline(node, b, DIM);
                b.append("] " + image.getDestination(), DIM);
            } else if (node instanceof Link link) {
                inline(node, b, style.underline());
                if (!link.getDestination().startsWith("#")) {
                    b.append(" (" + link.getDestination() + ")", DIM);
                }
            } else if (node instanceof HtmlInline html) {
                if (!html.getLiteral().startsWith("<!--")) {
                    b.append(html.getLiteral(), style);
                }
            } else {
                inline(node, b, style);
            }
        }
    }

    private static List<AttributedString> splitLines(AttributedString text) {
        List<AttributedString> result = new ArrayList<>();
        int start = 0;
        String plain = text.toString();
        for (int i = 0; i <= plain.length(); i++) {
            if (i == plain.length() || plain.charAt(i) == '\n') {
                result.add(text.subSequence(start, i));
                start = i + 1;
            }
        }
        return result;
    }

    private void add(String indent, AttributedString line) {
        if (indent.isEmpty()) {
            lines.add(line);
        } else {
            lines.add(new AttributedStringBuilder().append(indent).append(line).toAttributedString());
        }
    }

    private void blank() {
        if (!lines.isEmpty() && lines.get(lines.size() - 1).length() > 0) {
            lines.add(AttributedString.EMPTY);
        }
    }
}
