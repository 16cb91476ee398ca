package backprop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A chapter's Markdown as commonmark parses it (GitHub's tables too), with every node's place in
 * the source, for the tests that read the chapters: {@link ChapterCodeQuotesTest},
 * {@link ChapterSnippetsTest}, {@link ChapterMathTest}.
 */
final class ChapterText {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    final Path file;
    final String source;
    final Node document;

    private ChapterText(Path file, String source) {
        this.file = file;
        this.source = source;
        this.document = PARSER.parse(source);
    }

    static ChapterText read(Path chapter) {
        try {
            return new ChapterText(chapter, Files.readString(chapter, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 05-mlp} for {@code chapters/05-mlp.md}. */
    String name() {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    /** The 1-based line of the chapter where {@code node} starts. */
    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** The characters of the chapter that {@code node} was parsed from, its spans joined by newlines. */
    String raw(Node node) {
        return node.getSourceSpans().stream()
                .map(s -> source.substring(s.getInputIndex(), s.getInputIndex() + s.getLength()))
                .collect(Collectors.joining("\n"));
    }

    /** Every node under {@code root}, in document order. */
    static List<Node> descendants(Node root) {
        List<Node> all = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            all.add(child);
            all.addAll(descendants(child));
        }
        return all;
    }

    /**
     * The verdict for one chapter. A chapter in {@code pending} has not been brought up to the
     * test yet (issue 11 does it chapter by chapter): its findings skip the test with a message
     * that lists them, and a pending chapter that has no findings fails, so that its entry is
     * removed as soon as it passes. Every other chapter fails on its findings.
     */
    static void judge(ChapterText chapter, Set<String> pending, String what, List<String> findings) {
        String list = chapter.file + " " + what + ":\n  " + String.join("\n  ", findings);
        if (pending.contains(chapter.name())) {
            Assertions.assertFalse(findings.isEmpty(), () -> chapter.file + " passes now: remove \""
                    + chapter.name() + "\" from the test's PENDING set");
            Assumptions.abort("pending (issue 11): " + list);
        }
        Assertions.assertTrue(findings.isEmpty(), () -> list);
    }
}
