package backprop.reader;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** The one Markdown parser of the project: CommonMark, GitHub's tables, and math. */
public final class Markdown {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), MathExtension.create()))
            .build();

    private Markdown() {}

    /** The document tree of a chapter's text. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
