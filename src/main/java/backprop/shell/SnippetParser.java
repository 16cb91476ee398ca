package backprop.shell;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Tells JLine when the input is a whole snippet. Until it is (an open brace, a method without its
 * body), Enter gives a continuation prompt instead of running it, as in jshell.
 */
final class SnippetParser implements Parser {
    private final Session session;

    SnippetParser(Session session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        boolean command = line.stripLeading().startsWith("/") && !line.stripLeading().startsWith("//")
                && !line.stripLeading().startsWith("/*");
        if (context == ParseContext.ACCEPT_LINE && !command && !line.isBlank() && incomplete(line)) {
            throw new EOFError(-1, -1, "incomplete snippet");
        }
        int start = Math.min(cursor, line.length());
        while (start > 0 && isWordPart(line.charAt(start - 1), command)) {
            start--;
        }
        return new Line(line, cursor, start);
    }

    private boolean incomplete(String source) {
        try {
            Completeness completeness = session.completeness(source);
            return completeness == Completeness.DEFINITELY_INCOMPLETE
                    || completeness == Completeness.CONSIDERED_INCOMPLETE;
        } catch (RuntimeException cannotTell) {
            return false; // let evaluation report what is wrong with it
        }
    }

    private static boolean isWordPart(char c, boolean command) {
        return Character.isJavaIdentifierPart(c) || (command && (c == '/' || c == '.'));
    }

    /** The whole buffer, with the word being completed: the identifier (or command) before the cursor. */
    private record Line(String line, int cursor, int wordStart) implements CompletingParsedLine {
        @Override
        public String word() {
            return line.substring(wordStart, Math.min(cursor, line.length()));
        }

        @Override
        public int wordCursor() {
            return Math.min(cursor, line.length()) - wordStart;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
