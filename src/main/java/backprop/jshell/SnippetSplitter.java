package backprop.jshell;

import java.util.ArrayList;
import java.util.List;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Splits a source text into snippets as the jshell tool reads a script: it reads line by line until
 * what it has read is complete by JShell's own completeness analysis, then evaluates the first
 * snippet of it and goes on with the rest; a line that starts with {@code /} where a snippet would
 * start is a jshell command. So {@code int x = 3} at the end of a line is a snippet of its own, as in
 * jshell, even when the next line goes on. The shell's input, {@code /tour} and the script runners
 * all split here.
 */
public final class SnippetSplitter {
    private SnippetSplitter() {}

    /** What a piece of the source is. */
    public enum Kind {
        /** Java that JShell can evaluate. */
        SNIPPET,
        /** A jshell command such as {@code /exit}: one line. */
        COMMAND,
        /** The rest of the source, which no ending completes: a missing {@code ;}, {@code )} or {@code }}. */
        INCOMPLETE
    }

    /**
     * One piece of the source.
     *
     * @param kind   a snippet, a command, or the incomplete rest
     * @param line   the line (from 1) where the piece itself starts, after the comments above it
     * @param text   the piece as the source has it, with the comments just above it, stripped:
     *               what {@code /tour} shows
     * @param source what to evaluate: the snippet as JShell completed it, the command's line, or the
     *               incomplete rest without the comments above it
     */
    public record Piece(Kind kind, int line, String text, String source) {}

    /**
     * The pieces of {@code source} in order. Blank lines and comments between snippets belong to
     * the snippet below them; comments after the last snippet belong to it; a source of blank lines
     * and comments alone has no pieces. {@code analysis} may be any JShell state's: completeness is
     * a matter of syntax, not of what was defined.
     */
    public static List<Piece> split(SourceCodeAnalysis analysis, String source) {
        Reader reader = new Reader(analysis, source);
        for (Piece piece = reader.next(); piece != null; piece = reader.next()) {
            // read them all
        }
        return reader.pieces;
    }

    /**
     * Reads {@code source} piece by piece as jshell does, for a runner that evaluates each piece
     * before it reads the next: after a snippet that failed (rejected, or it threw), jshell drops
     * what was left of the lines it had read with it, and {@link Reader#dropRest()} does the same.
     */
    public static Reader reader(SourceCodeAnalysis analysis, String source) {
        return new Reader(analysis, source);
    }

    /** The jshell tool's reading loop over a source text. */
    public static final class Reader {
        private final SourceCodeAnalysis analysis;
        private final List<String> lines;
        private final List<Piece> pieces = new ArrayList<>();
        private int next;                 // index of the next line to read
        private String remaining = "";   // what the last snippet left of the lines read with it
        private int remainingLine;       // the line where that rest starts
        private final StringBuilder above = new StringBuilder(); // comments since the last piece

        private Reader(SourceCodeAnalysis analysis, String source) {
            this.analysis = analysis;
            String text = source.replace("\r\n", "\n");
            List<String> all = new ArrayList<>(List.of(text.split("\n", -1)));
            if (text.endsWith("\n") || text.isEmpty()) {
                all.remove(all.size() - 1); // a final newline ends the last line; it starts none
            }
            this.lines = all;
        }

        /**
         * Forgets what was left of the last piece's lines, and returns it: jshell's answer to a
         * failed snippet.
         */
        public String dropRest() {
            String dropped = remaining;
            remaining = "";
            return dropped;
        }

        /** The next piece, or null at the end of the source. */
        public Piece next() {
            while (true) {
                String src = remaining;
                int srcLine = remainingLine;
                remaining = "";
                while (src.isEmpty() || !isComplete(src)) {
                    if (next >= lines.size()) {
                        return end(src, srcLine);
                    }
                    String line = lines.get(next++);
                    if (src.isEmpty()) {
                        if (line.isEmpty()) {
                            above.append('\n'); // jshell skips an empty line where nothing is pending
                            continue;
                        }
                        src = line;
                        srcLine = next;
                    } else {
                        src = src + "\n" + line;
                    }
                }
                if (isCommand(src)) {
                    return add(new Piece(Kind.COMMAND, srcLine, (above + src).strip(), src.strip()));
                }
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(src);
                String whole = src.substring(0, src.length() - info.remaining().length());
                remaining = info.remaining();
                remainingLine = srcLine + count(whole, '\n');
                String start = skipBlankAndComments(whole);
                if (start.isBlank()) {
                    above.append(whole).append('\n'); // blank or comments only
                    continue;
                }
                String snippet = trimEnd(info.source());
                int pieceLine = srcLine + count(whole.substring(0, whole.length() - start.length()), '\n');
                return add(new Piece(Kind.SNIPPET, pieceLine, (above + whole).strip(), snippet));
            }
        }

        /** At the end: the incomplete rest, if any; comments after the last snippet join it. */
        private Piece end(String src, int srcLine) {
            if (!src.isBlank()) {
                String start = skipBlankAndComments(src);
                int pieceLine = srcLine + count(src.substring(0, src.length() - start.length()), '\n');
                return add(new Piece(Kind.INCOMPLETE, pieceLine, (above + src).strip(), start.strip()));
            }
            String trailing = above.toString().strip();
            if (!trailing.isEmpty() && !pieces.isEmpty()) {
                Piece last = pieces.get(pieces.size() - 1);
                pieces.set(pieces.size() - 1, new Piece(last.kind(), last.line(), last.text() + "\n" + trailing,
                        last.source()));
            }
            above.setLength(0);
            return null;
        }

        private Piece add(Piece piece) {
            above.setLength(0);
            pieces.add(piece);
            return piece;
        }

        private boolean isComplete(String src) {
            if (isCommand(src)) {
                return true;
            }
            Completeness completeness = analysis.analyzeCompletion(src).completeness();
            return completeness.isComplete() || completeness == Completeness.EMPTY;
        }

        private static boolean isCommand(String src) {
            return src.startsWith("/") && !src.startsWith("//") && !src.startsWith("/*");
        }

        private static String trimEnd(String s) {
            int end = s.length();
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(0, end);
        }
    }

    /** {@code text} without its leading whitespace, {@code //} comments and {@code /* … *}{@code /} comments. */
    static String skipBlankAndComments(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    break; // an unclosed comment: the analysis reports it as incomplete
                }
                i = end + 2;
            } else {
                break;
            }
        }
        return text.substring(i);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
