package backprop.reader;

import org.commonmark.parser.Parser;

/**
 * Math for commonmark-java through its own extension points: a block parser for {@code $$}
 * lines and an inline parser for {@code $…$}. Both take the TeX whole, before the Markdown rules
 * that would otherwise turn {@code \\} into {@code \} and {@code \,} into {@code ,}.
 */
public final class MathExtension implements Parser.ParserExtension {
    private MathExtension() {}

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DisplayMathParser.Factory());
        builder.customInlineContentParserFactory(new InlineMathParser.Factory());
    }
}
