package backprop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of code a chapter quotes as the project's code stands in {@code src/}. A student who
 * comments the backprop code for the homework looks for the quoted line in the file; a quote that
 * has drifted from the code (issue 11, item 3: {@code activation.derivative(z[j])} where the code
 * passes {@code (z[j], output[j])}) sends them looking for a line that is not there.
 *
 * <p>The rule, for chapter writers:
 * <ul>
 *   <li>A quote of the code is marked by an HTML comment on its own line right before it,
 *       {@code <!-- from: src/main/java/backprop/mlp/Layer.java -->} (a file, or a folder to search
 *       under). The block after the mark is the quote: a fenced code block, each of whose lines is
 *       a quoted line, or a paragraph or list, each of whose code spans is a quoted line.</li>
 *   <li>A quoted line stands in the file as part of one line of it, spaces aside: a quote may leave
 *       out the declared type, the {@code ;} or a trailing comment, but not change a character.
 *       Lines that are only {@code …} or {@code ...} mark an elision and are not looked up.</li>
 *   <li>Unmarked {@code ```java} blocks are JShell snippets, typed at the prompt, not quotes of
 *       the code; {@link ChapterSnippetsTest} runs them.</li>
 *   <li>An unmarked code span that reads like a line of the project's code, an assignment in plain
 *       Java (such as {@code dW[j][i] += delta * input[i]}, not {@code var x = …} at the prompt and
 *       not a formula with ·, × or −), is a finding too: mark it, so that this test checks it.</li>
 * </ul>
 */
class ChapterCodeQuotesTest {

    /** Chapters not yet brought up to this test (see {@link ChapterText#judge}). */
    static final Set<String> PENDING = Set.of();

    static final Path SOURCES = Path.of("src");
    static final Pattern MARK = Pattern.compile("^<!--\\s*from:\\s*(\\S+)\\s*-->\\s*$");
    /**
     * An assignment statement in plain Java: a name (a field or array element) or a declared
     * variable, an assignment operator, and a right-hand side with a call, an index or a {@code ;}.
     */
    static final Pattern CODE_LINE = Pattern.compile(
            "^(?!var\\s)([A-Za-z_][\\w.<>\\[\\]]*\\s+)?[A-Za-z_][\\w.]*(\\[[^\\]]+\\])*\\s*[-+*/]?=\\s*[^=\\s].*[(\\[;].*$");

    static List<Path> chapters() throws IOException {
        return ChapterNumbersTest.chapters();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void everyQuotedLineOfCodeStandsInTheSources(Path file) {
        ChapterText chapter = ChapterText.read(file);
        List<String> findings = new ArrayList<>();
        List<Node> quoted = new ArrayList<>();
        for (Node node : ChapterText.descendants(chapter.document)) {
            if (!(node instanceof HtmlBlock html)) {
                continue;
            }
            Matcher mark = MARK.matcher(html.getLiteral().strip());
            if (!mark.matches()) {
                continue;
            }
            Path where = Path.of(mark.group(1));
            Node quote = node.getNext();
            if (!where.startsWith(SOURCES) || !Files.exists(where)) {
                findings.add("line " + ChapterText.line(node) + ": the mark names " + where
                        + ", which is not a file or folder under " + SOURCES + "/");
                continue;
            }
            if (quote == null) {
                findings.add("line " + ChapterText.line(node) + ": a mark with no quote after it");
                continue;
            }
            List<String> lines = sourceLines(where);
            List<QuotedLine> quotedLines = quotedLines(quote);
            if (quotedLines.isEmpty()) {
                findings.add("line " + ChapterText.line(node) + ": the block after the mark quotes no code");
            }
            for (QuotedLine q : quotedLines) {
                if (!standsIn(q.text, lines)) {
                    findings.add("line " + q.line + ": `" + q.text + "` is not a line of " + where);
                }
            }
            quoted.add(quote);
        }
        for (Node node : ChapterText.descendants(chapter.document)) {
            if (node instanceof Code code && CODE_LINE.matcher(code.getLiteral().strip()).matches()
                    && !isInside(node, quoted)) {
                findings.add("line " + ChapterText.line(node) + ": `" + code.getLiteral()
                        + "` reads like a line of the code: mark it with <!-- from: src/… --> before its block");
            }
        }
        ChapterText.judge(chapter, PENDING, "quotes code that is not in " + SOURCES + "/", findings);
    }

    record QuotedLine(int line, String text) {}

    /** The quoted lines of the block after a mark: a code block's lines, or a block's code spans. */
    static List<QuotedLine> quotedLines(Node quote) {
        List<QuotedLine> lines = new ArrayList<>();
        if (quote instanceof FencedCodeBlock block) {
            int first = ChapterText.line(block) + 1;
            List<String> text = block.getLiteral().lines().toList();
            for (int k = 0; k < text.size(); k++) {
                String line = text.get(k).strip();
                if (!line.isEmpty() && !line.equals("…") && !line.equals("...")) {
                    lines.add(new QuotedLine(first + k, line));
                }
            }
            return lines;
        }
        for (Node node : ChapterText.descendants(quote)) {
            if (node instanceof Code code) {
                lines.add(new QuotedLine(ChapterText.line(code), code.getLiteral().strip()));
            }
        }
        return lines;
    }

    /** Whether {@code quote} is part of one of the lines, runs of whitespace counted as one space. */
    static boolean standsIn(String quote, List<String> lines) {
        String wanted = squeeze(quote);
        return lines.stream().anyMatch(line -> squeeze(line).contains(wanted));
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static boolean isInside(Node node, List<Node> blocks) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (blocks.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Every line of the file, or of every file under the folder. */
    static List<String> sourceLines(Path where) {
        try (Stream<Path> files = Files.walk(where)) {
            List<String> lines = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
