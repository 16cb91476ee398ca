package backprop.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
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
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import backprop.Columns;

/**
 * A chapter for a terminal of a given width: every line at most that many display columns
 * ({@link Columns}: a Hangul syllable takes two). Paragraphs are reflowed, tables fitted or
 * wrapped cell by cell, formulas drawn in Unicode ({@link UnicodeMath}), Mermaid diagrams drawn
 * as boxes ({@link Mermaid}), links shown short ({@link Links}). Styles (bold headings, green
 * code) are attributes of the lines; printed with {@code toString()} the lines are plain text.
 *
 * <p>What cannot be shown as it should (a formula with an unknown command, a diagram that is not
 * a flowchart) is still printed as written, and named in {@link Page#problems()}, so that a test
 * can fail on it.
 */
public final class TerminalRenderer {
    /** The narrowest page: a formula or a diagram needs some room, and a table its borders. */
    public static final int MIN_WIDTH = 30;

    static final AttributedStyle HEADING = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    static final AttributedStyle CODE = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle MATH = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    static final AttributedStyle BORDER = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);

    private static final char GLUE = UnicodeMath.GLUE;
    private static final char BREAK = UnicodeMath.BREAK;
    private static final Pattern SUMMARY = Pattern.compile("(?s).*<summary>(.*?)</summary>.*");

    /**
     * The chapter as lines.
     *
     * @param lines    each at most the page's width, no trailing blank line
     * @param problems what could not be rendered as it should, in order; empty when all was
     */
    public record Page(List<AttributedString> lines, List<String> problems) {
        public Page {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        /** The lines as plain text, each ended by a newline. */
        public String text() {
            StringBuilder out = new StringBuilder();
            for (AttributedString line : lines) {
                out.append(line).append('\n');
            }
            return out.toString();
        }
    }

    private final Links links;
    private final List<String> problems = new ArrayList<>();

    private TerminalRenderer(Links links) {
        this.links = links;
    }

    /** The chapter's Markdown at {@code width} columns. */
    public static Page render(String markdown, int width, Links links) {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + " columns, got " + width);
        }
        TerminalRenderer renderer = new TerminalRenderer(links);
        List<AttributedString> lines = renderer.blocks(Markdown.parse(markdown), width);
        return new Page(lines, renderer.problems);
    }

    // ----- blocks -----------------------------------------------------------------------------

    /** The blocks inside {@code parent}, a blank line between two. */
    private List<AttributedString> blocks(Node parent, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            List<AttributedString> block = block(node, width);
            if (block.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(AttributedString.EMPTY);
            }
            out.addAll(block);
        }
        return out;
    }

    private List<AttributedString> block(Node node, int width) {
        if (node instanceof Heading heading) {
            return heading(heading, width);
        } else if (node instanceof Paragraph paragraph) {
            return paragraph(paragraph, width);
        } else if (node instanceof DisplayMath math) {
            return displayMath(math.tex(), math.closed(), width);
        } else if (node instanceof FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo().strip();
            return info.equalsIgnoreCase("mermaid") ? mermaid(code.getLiteral(), width) : code(code.getLiteral(), width);
        } else if (node instanceof IndentedCodeBlock code) {
            return code(code.getLiteral(), width);
        } else if (node instanceof BlockQuote quote) {
            return quote(quote, width);
        } else if (node instanceof ListBlock list) {
            return list(list, width);
        } else if (node instanceof TableBlock table) {
            return table(table, width);
        } else if (node instanceof ThematicBreak) {
            return List.of(new AttributedString("─".repeat(Math.min(width, 40)), BORDER));
        } else if (node instanceof HtmlBlock html) {
            return html(html.getLiteral(), width);
        }
        return blocks(node, width);
    }

    private List<AttributedString> heading(Heading heading, int width) {
        AttributedStyle style = heading.getLevel() <= 2 ? HEADING : AttributedStyle.BOLD;
        List<AttributedString> lines = new ArrayList<>(reflow(inline(heading, style), width));
        if (heading.getLevel() <= 2) {
            int longest = 3;
            for (AttributedString line : lines) {
                longest = Math.max(longest, Columns.of(line.toString()));
            }
            lines.add(new AttributedString((heading.getLevel() == 1 ? "═" : "─").repeat(longest), HEADING));
        }
        return lines;
    }

    private List<AttributedString> paragraph(Paragraph paragraph, int width) {
        Node only = paragraph.getFirstChild();
        if (only instanceof InlineMath math && math.display() && only.getNext() == null) {
            return displayMath(math.tex(), true, width);
        }
        return reflow(inline(paragraph, AttributedStyle.DEFAULT), width);
    }

    /** A formula set apart, indented four columns. */
    private List<AttributedString> displayMath(String tex, boolean closed, int width) {
        if (!closed) {
            problems.add("$$ without its closing $$: " + firstLine(tex));
        }
        UnicodeMath.Rendered rendered = UnicodeMath.display(tex, width - 4);
        problems.addAll(rendered.problems());
        List<AttributedString> lines = new ArrayList<>();
        for (String row : rendered.rows()) {
            lines.add(new AttributedStringBuilder().append("    ").append(row, MATH).toAttributedString());
        }
        return lines;
    }

    private List<AttributedString> mermaid(String source, int width) {
        Mermaid diagram = Mermaid.parse(source);
        if (!diagram.problems().isEmpty()) {
            for (String p : diagram.problems()) {
                problems.add("Mermaid: " + p);
            }
            List<AttributedString> lines = new ArrayList<>();
            lines.add(new AttributedString("(Mermaid 그림(diagram)의 원문(source))", DIM));
            lines.addAll(code(source, width));
            return lines;
        }
        List<AttributedString> lines = new ArrayList<>();
        // blank lines around the drawing go, but not the first row's indent: the boxes line up by it
        for (String line : diagram.text(width).replaceAll("^(?:[ \t]*\n)+", "").stripTrailing().split("\n", -1)) {
            lines.add(new AttributedString(line.stripTrailing()));
        }
        return lines;
    }

    /** Code as written, indented two columns; a line too long goes on in the next, after a ↪. */
    private static List<AttributedString> code(String literal, int width) {
        List<AttributedString> lines = new ArrayList<>();
        for (String line : literal.stripTrailing().split("\n", -1)) {
            String rest = line.replace("\t", "    ").stripTrailing();
            boolean first = true;
            do {
                AttributedStringBuilder b = new AttributedStringBuilder().append("  ");
                if (!first) {
                    b.append("↪ ", DIM);
                }
                int cut = cutAt(rest, width - (first ? 2 : 4));
                lines.add(b.append(rest.substring(0, cut), CODE).toAttributedString());
                rest = rest.substring(cut);
                first = false;
            } while (!rest.isEmpty());
        }
        return lines;
    }

    private List<AttributedString> quote(BlockQuote quote, int width) {
        List<AttributedString> inner = blocks(quote, width - 2);
        List<AttributedString> lines = new ArrayList<>();
        for (AttributedString line : inner) {
            lines.add(new AttributedStringBuilder().append("│ ", BORDER).append(line).toAttributedString());
        }
        return lines;
    }

    private List<AttributedString> list(ListBlock list, int width) {
        List<AttributedString> lines = new ArrayList<>();
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        int last = number + count(list) - 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList
                    ? Columns.padRight(number++ + ".", String.valueOf(last).length() + 1) + " " : "• ";
            int hang = Columns.of(marker);
            List<AttributedString> body = tight(list) ? tightBlocks(item, width - hang) : blocks(item, width - hang);
            if (!lines.isEmpty() && !tight(list)) {
                lines.add(AttributedString.EMPTY);
            }
            for (int i = 0; i < body.size(); i++) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                if (i == 0) {
                    b.append(marker, BORDER);
                } else if (body.get(i).length() > 0) {
                    b.append(" ".repeat(hang));
                }
                lines.add(b.append(body.get(i)).toAttributedString());
            }
        }
        return lines;
    }

    private static boolean tight(ListBlock list) {
        return list.isTight();
    }

    /** The blocks of a tight list item: no blank line between its paragraph and a list inside it. */
    private List<AttributedString> tightBlocks(Node item, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (Node node = item.getFirstChild(); node != null; node = node.getNext()) {
            out.addAll(block(node, width));
        }
        return out;
    }

    private static int count(Node parent) {
        int n = 0;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            n++;
        }
        return n;
    }

    /** {@code <details><summary>…</summary>} shows its summary as a heading; other HTML as its text. */
    private List<AttributedString> html(String literal, int width) {
        String text = literal.strip();
        if (text.startsWith("<!--")) {
            return List.of();
        }
        Matcher summary = SUMMARY.matcher(text);
        if (summary.matches()) {
            AttributedString title = new AttributedStringBuilder().append("▶ ", BORDER)
                    .append(summary.group(1).replaceAll("<[^>]+>", "").strip(), AttributedStyle.BOLD).toAttributedString();
            return reflow(title, width);
        }
        String plain = text.replaceAll("<[^>]+>", "").strip();
        if (plain.isEmpty()) {
            return List.of();
        }
        return reflow(new AttributedString(plain), width);
    }

    // ----- tables -----------------------------------------------------------------------------

    /**
     * A table in box-drawing lines, as wide as its content if that fits; otherwise the widest
     * columns are narrowed and their cells wrapped, each cell within its own column.
     */
    private List<AttributedString> table(TableBlock table, int width) {
        List<List<AttributedString>> rows = new ArrayList<>();
        List<TableCell.Alignment> alignments = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<AttributedString> cells = new ArrayList<>();
                boolean header = false;
                int c = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                    if (cell instanceof TableCell tc) {
                        header |= tc.isHeader();
                        cells.add(inline(tc, tc.isHeader() ? AttributedStyle.BOLD : AttributedStyle.DEFAULT));
                        if (alignments.size() <= c) {
                            alignments.add(tc.getAlignment());
                        }
                    }
                }
                rows.add(cells);
                if (header) {
                    headerRows++;
                }
            }
        }
        int columns = 0;
        for (List<AttributedString> row : rows) {
            columns = Math.max(columns, row.size());
        }
        int[] natural = new int[columns];
        int[] longestWord = new int[columns];
        for (List<AttributedString> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String plain = UnicodeMath.plain(row.get(c).toString());
                natural[c] = Math.max(natural[c], Columns.of(plain));
                for (String word : row.get(c).toString().split("[ \u200b]")) {
                    longestWord[c] = Math.max(longestWord[c], Columns.of(UnicodeMath.plain(word)));
                }
            }
        }
        int[] widths = fitColumns(natural, longestWord, width - (3 * columns + 1));
        if (sum(widths) > width - (3 * columns + 1)) {
            return records(rows, headerRows, width);
        }
        List<List<List<AttributedString>>> wrapped = new ArrayList<>();
        boolean anyWrapped = false;
        for (List<AttributedString> row : rows) {
            List<List<AttributedString>> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                List<AttributedString> lines = c < row.size() ? reflow(row.get(c), widths[c]) : List.of();
                anyWrapped |= lines.size() > 1;
                cells.add(lines);
            }
            wrapped.add(cells);
        }
        List<AttributedString> out = new ArrayList<>();
        out.add(rule("┌", "┬", "┐", widths));
        for (int r = 0; r < wrapped.size(); r++) {
            List<List<AttributedString>> cells = wrapped.get(r);
            int height = 1;
            for (List<AttributedString> cell : cells) {
                height = Math.max(height, cell.size());
            }
            for (int line = 0; line < height; line++) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                for (int c = 0; c < columns; c++) {
                    List<AttributedString> cell = cells.get(c);
                    AttributedString text = line < cell.size() ? cell.get(line) : AttributedString.EMPTY;
                    b.append(c == 0 ? "│ " : " │ ", BORDER);
                    align(b, text, widths[c], c < alignments.size() ? alignments.get(c) : null);
                }
                out.add(b.append(" │", BORDER).toAttributedString());
            }
            if (r == headerRows - 1 || anyWrapped && r + 1 < wrapped.size() && r >= headerRows - 1) {
                out.add(rule("├", "┼", "┤", widths));
            }
        }
        out.add(rule("└", "┴", "┘", widths));
        return out;
    }

    /**
     * A table too wide for the page even with its columns at their narrowest: each row as a
     * record, its first cell as a title and every other cell under its column's heading.
     */
    private static List<AttributedString> records(List<List<AttributedString>> rows, int headerRows, int width) {
        List<AttributedString> header = headerRows > 0 ? rows.get(0) : List.of();
        List<AttributedString> out = new ArrayList<>();
        for (int r = headerRows; r < rows.size(); r++) {
            List<AttributedString> row = rows.get(r);
            if (!out.isEmpty()) {
                out.add(AttributedString.EMPTY);
            }
            for (int c = 0; c < row.size(); c++) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                if (c == 0) {
                    b.append("▪ ", BORDER).append(row.get(c).toString(), AttributedStyle.BOLD);
                } else {
                    b.append(c < header.size() ? header.get(c).toString() : "", AttributedStyle.BOLD).append(": ").append(row.get(c));
                }
                List<AttributedString> lines = reflow(b.toAttributedString(), width - (c == 0 ? 0 : 2));
                for (int i = 0; i < lines.size(); i++) {
                    out.add(c == 0 && i == 0 ? lines.get(i)
                            : new AttributedStringBuilder().append("  ").append(lines.get(i)).toAttributedString());
                }
            }
        }
        return out;
    }

    /**
     * Column widths summing to at most {@code available}: the natural ones if they fit; else the
     * widest column gives a column at a time, first down to its longest word, then below it.
     */
    static int[] fitColumns(int[] natural, int[] longestWord, int available) {
        int[] widths = natural.clone();
        for (int pass = 0; pass < 2; pass++) {
            while (sum(widths) > available) {
                int widest = -1;
                for (int c = 0; c < widths.length; c++) {
                    int floor = pass == 0 ? Math.max(longestWord[c], 4) : 4;
                    if (widths[c] > floor && (widest < 0 || widths[c] > widths[widest])) {
                        widest = c;
                    }
                }
                if (widest < 0) {
                    break;
                }
                widths[widest]--;
            }
        }
        return widths;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static AttributedString rule(String left, String middle, String right, int[] widths) {
        StringBuilder b = new StringBuilder(left);
        for (int c = 0; c < widths.length; c++) {
            b.append("─".repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : middle);
        }
        return new AttributedString(b.toString(), BORDER);
    }

    private static void align(AttributedStringBuilder b, AttributedString text, int width, TableCell.Alignment alignment) {
        int free = Math.max(0, width - Columns.of(text.toString()));
        int left = alignment == TableCell.Alignment.RIGHT ? free : alignment == TableCell.Alignment.CENTER ? free / 2 : 0;
        b.append(" ".repeat(left)).append(text).append(" ".repeat(free - left));
    }

    // ----- inline content ---------------------------------------------------------------------

    /** The inline content of a block as one styled text: ' ' and {@link UnicodeMath#BREAK} may break, '\n' must. */
    private AttributedString inline(Node parent, AttributedStyle style) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        inline(parent, b, style);
        return b.toAttributedString();
    }

    private void inline(Node parent, AttributedStringBuilder b, AttributedStyle style) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                String literal = text.getLiteral();
                Matcher alert = Markdown.ALERT.matcher(literal);
                if (parent instanceof Paragraph && parent.getParent() instanceof BlockQuote
                        && node == parent.getFirstChild() && alert.lookingAt()) {
                    b.append("⚠ " + Markdown.alertTitle(alert.group(1)), style.bold()).append("\n");
                    literal = literal.substring(alert.end()).stripLeading();
                    if (node.getNext() instanceof SoftLineBreak) {
                        node = node.getNext();
                    }
                }
                b.append(literal, style);
            } else if (node instanceof InlineMath math) {
                UnicodeMath.Rendered rendered = UnicodeMath.inline(math.tex());
                problems.addAll(rendered.problems());
                b.append(rendered.rows().get(0), style.foreground(AttributedStyle.YELLOW));
            } else if (node instanceof Code code) {
                b.append(breakable(code.getLiteral()), CODE);
            } else if (node instanceof Emphasis) {
                inline(node, b, style.italic());
            } else if (node instanceof StrongEmphasis) {
                inline(node, b, style.bold());
            } else if (node instanceof SoftLineBreak) {
                b.append(" ", style);
            } else if (node instanceof HardLineBreak) {
                b.append("\n", style);
            } else if (node instanceof Image image) {
                b.append("[그림(figure): ", DIM);
                inline(node, b, DIM);
                b.append("] ", DIM).append(breakable(links.show(image.getDestination())), DIM);
            } else if (node instanceof Link link) {
                link(link, b, style);
            } else if (node instanceof HtmlInline html) {
                String tag = html.getLiteral().toLowerCase(Locale.ROOT);
                if (tag.startsWith("<br")) {
                    b.append("\n", style);
                }
                // other tags (<sub>, <kbd>, comments) leave their text, which comes as Text nodes
            } else {
                inline(node, b, style);
            }
        }
    }

    /** The link's text, then where it goes, short; a link whose text is its file name shows the path alone. */
    private void link(Link link, AttributedStringBuilder b, AttributedStyle style) {
        String shown = links.show(link.getDestination());
        AttributedString text = inline(link, style.underline());
        // the text without the marks where a code span may break, to compare it with the path
        String plain = text.toString().replace(String.valueOf(BREAK), "").replace(String.valueOf(GLUE), " ");
        String file = shown.replaceAll("/$", "");
        file = file.substring(file.lastIndexOf('/') + 1);
        if (!shown.isEmpty() && (plain.equals(link.getDestination()) || plain.equals(file)
                || plain.replaceAll("/$", "").equals(shown.replaceAll("/$", "")) || plain.endsWith("/" + file)
                || plain.endsWith("/" + file + "/"))) {
            b.append(breakable(shown), CODE.underline());
            return;
        }
        b.append(text);
        if (!shown.isEmpty()) {
            b.append(" (" + breakable(shown) + ")", DIM);
        }
    }

    /** A path that a narrow page may break after each slash, not inside a name. */
    private static String breakable(String path) {
        return path.replaceAll("/(?=.)", "/" + BREAK);
    }

    // ----- reflow -----------------------------------------------------------------------------

    /** One word of a paragraph and what stood before it: a space, a break mark (nothing), or neither. */
    private record Word(AttributedString text, boolean spaceBefore) {}

    /**
     * The text in lines of at most {@code width} columns, broken at spaces and at break marks;
     * a word wider than the line is cut. Glue becomes a space.
     */
    static List<AttributedString> reflow(AttributedString text, int width) {
        List<AttributedString> lines = new ArrayList<>();
        String plain = text.toString();
        int start = 0;
        for (int i = 0; i <= plain.length(); i++) {
            if (i == plain.length() || plain.charAt(i) == '\n') {
                lines.addAll(reflowLine(text.subSequence(start, i), width));
                start = i + 1;
            }
        }
        return lines;
    }

    private static List<AttributedString> reflowLine(AttributedString text, int width) {
        List<Word> words = new ArrayList<>();
        String plain = text.toString();
        int start = 0;
        boolean spaceBefore = false;
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (c == ' ' || c == BREAK) {
                if (i > start) {
                    words.add(new Word(text.subSequence(start, i), spaceBefore));
                    spaceBefore = false;
                }
                spaceBefore |= c == ' ';
                start = i + 1;
            }
        }
        List<AttributedString> lines = new ArrayList<>();
        AttributedStringBuilder line = new AttributedStringBuilder();
        int used = 0;
        for (Word word : words) {
            int columns = Columns.of(word.text().toString());
            int gap = used == 0 ? 0 : word.spaceBefore() ? 1 : 0;
            if (used > 0 && used + gap + columns > width) {
                lines.add(finish(line));
                line = new AttributedStringBuilder();
                used = 0;
                gap = 0;
            }
            if (gap == 1) {
                line.append(" ");
            }
            AttributedString rest = word.text();
            while (used + gap + Columns.of(rest.toString()) > width) {
                // a word wider than the line: cut it by columns
                int cut = cutAt(rest.toString(), width - used - gap);
                line.append(rest.subSequence(0, cut));
                lines.add(finish(line));
                line = new AttributedStringBuilder();
                used = 0;
                gap = 0;
                rest = rest.subSequence(cut, rest.length());
            }
            line.append(rest);
            used += Columns.of(rest.toString()) + gap;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(finish(line));
        }
        return lines;
    }

    /** The index in {@code text} up to which it takes at most {@code columns} columns (at least one character). */
    private static int cutAt(String text, int columns) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int w = Columns.of(c);
            if (used + w > columns && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(c);
        }
        return i;
    }

    /** Glue printed as a space, break marks dropped, no trailing spaces. */
    private static AttributedString finish(AttributedStringBuilder line) {
        AttributedString text = line.toAttributedString();
        AttributedStringBuilder out = new AttributedStringBuilder();
        String plain = text.toString();
        int end = plain.length();
        while (end > 0 && (plain.charAt(end - 1) == ' ' || plain.charAt(end - 1) == GLUE || plain.charAt(end - 1) == BREAK)) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = plain.charAt(i);
            if (c == BREAK) {
                continue;
            }
            out.style(text.styleAt(i)).append(c == GLUE ? ' ' : c);
        }
        return out.toAttributedString();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }
}
