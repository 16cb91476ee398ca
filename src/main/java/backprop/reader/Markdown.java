package backprop.reader;

import java.util.List;
import java.util.regex.Pattern;

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

    /** The marker of a GitHub alert ({@code > [!WARNING]}), its kind as group 1. */
    static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]");

    /** An alert kind's title in the project's Korean, English beside: the same in every output. */
    static String alertTitle(String kind) {
        return switch (kind) {
            case "NOTE" -> "참고(note)";
            case "TIP" -> "도움말(tip)";
            case "IMPORTANT" -> "중요(important)";
            case "WARNING" -> "주의(warning)";
            default -> "경고(caution)";
        };
    }
}
