package backprop.reader;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * The block parser for display math. Its lines are taken whole, so no Markdown rule (a list
 * marker, an escape, emphasis) applies inside, as a fenced code block's lines are taken whole.
 * A line that begins with {@code $$} but has text after its closing {@code $$} is not a block:
 * the inline parser reads it as part of a paragraph.
 */
final class DisplayMathParser extends AbstractBlockParser {
    private static final String DELIMITER = "$$";

    private final DisplayMath block = new DisplayMath();
    private final List<String> lines = new ArrayList<>();
    private boolean closed;

    private DisplayMathParser(String firstLine) {
        lines.add(firstLine);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed || state.isBlank()) {
            return BlockContinue.none();
        }
        CharSequence content = state.getLine().getContent();
        String line = content.subSequence(state.getIndex(), content.length()).toString();
        String trimmed = line.stripTrailing();
        if (trimmed.endsWith(DELIMITER)) {
            lines.add(trimmed.substring(0, trimmed.length() - DELIMITER.length()));
            closed = true;
            return BlockContinue.finished();
        }
        lines.add(line);
        return BlockContinue.atIndex(content.length());
    }

    @Override
    public void addLine(SourceLine line) {
        // the lines are kept in tryContinue, where the closing delimiter is seen
    }

    @Override
    public void closeBlock() {
        block.finish(String.join("\n", lines).strip(), closed);
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence content = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            String line = content.subSequence(start, content.length()).toString().stripTrailing();
            if (!line.startsWith(DELIMITER)) {
                return BlockStart.none();
            }
            String rest = line.substring(DELIMITER.length());
            int close = rest.indexOf(DELIMITER);
            if (close < 0) {
                return BlockStart.of(new DisplayMathParser(rest)).atIndex(content.length());
            }
            if (close + DELIMITER.length() != rest.length() || rest.substring(0, close).isBlank()) {
                return BlockStart.none();
            }
            DisplayMathParser parser = new DisplayMathParser(rest.substring(0, close));
            parser.closed = true;
            return BlockStart.of(parser).atIndex(content.length());
        }
    }
}
