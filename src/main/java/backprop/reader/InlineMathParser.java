package backprop.reader;

import java.util.Set;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * The inline parser for {@code $…$} and {@code $$…$$}. It runs when the inline parser meets a
 * dollar sign, before any backslash escape or emphasis rule sees what follows, and takes the
 * whole formula as one node: {@code \\}, {@code \,} and {@code a_1 … b_2} stay as written.
 *
 * <p>The rules are GitHub's and pandoc's: an opening {@code $} is not followed by a space, a
 * closing one is not preceded by a space nor followed by a digit (so "5$ and 6$" is text), and a
 * backslash protects the character after it ({@code \$} inside a formula does not close it).
 */
final class InlineMathParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next();
        boolean display = scanner.next('$');
        if (!display && (!scanner.hasNext() || Character.isWhitespace(scanner.peek()))) {
            return ParsedInline.none();
        }
        Position contentStart = scanner.position();
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                if (scanner.hasNext()) {
                    scanner.next();
                }
                continue;
            }
            if (c != '$') {
                scanner.next();
                continue;
            }
            Position contentEnd = scanner.position();
            boolean spaceBefore = Character.isWhitespace(scanner.peekPreviousCodePoint());
            scanner.next();
            if (display) {
                if (scanner.next('$')) {
                    String tex = scanner.getSource(contentStart, contentEnd).getContent();
                    return tex.isBlank() ? ParsedInline.none()
                            : ParsedInline.of(new InlineMath(tex.strip(), true), scanner.position());
                }
                continue;
            }
            if (!spaceBefore && !Character.isDigit(scanner.peek())) {
                String tex = scanner.getSource(contentStart, contentEnd).getContent();
                return ParsedInline.of(new InlineMath(tex, false), scanner.position());
            }
        }
        return ParsedInline.none();
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new InlineMathParser();
        }
    }
}
