package backprop.jshell;

import java.util.ArrayList;
import java.util.List;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Splits a source text into snippets as jshell reads a script: JShell's own completeness analysis
 * says where each snippet ends, and a line that starts with {@code /} where a snippet would
 * start is a jshell command. The shell's input, {@code /tour} and the script runner all split here.
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
     * the snippet below them; comments after the last snippet belong to it, as JShell's analysis
     * reads them; a source of blank lines and comments alone has no pieces. {@code analysis} may
     * be any JShell state's: completeness is a matter of syntax, not of what was defined.
     */
    public static List<Piece> split(SourceCodeAnalysis analysis, String source) {
        List<Piece> pieces = new ArrayList<>();
        String remaining = source.replace("\r\n", "\n");
        int line = 1;
        while (true) {
            String start = skipBlankAndComments(remaining);
            String above = remaining.substring(0, remaining.length() - start.length());
            if (start.isEmpty()) {
                return pieces;
            }
            int pieceLine = line + count(above, '\n');
            if (start.startsWith("/") && !start.startsWith("/*") && !start.startsWith("//")) {
                int end = start.indexOf('\n');
                String command = end < 0 ? start : start.substring(0, end);
                pieces.add(new Piece(Kind.COMMAND, pieceLine, (above + command).strip(), command.strip()));
                remaining = start.substring(command.length());
                line = pieceLine;
                continue;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(start);
            if (!info.completeness().isComplete()) {
                if (info.completeness() != Completeness.EMPTY) {
                    pieces.add(new Piece(Kind.INCOMPLETE, pieceLine, remaining.strip(), start.strip()));
                }
                return pieces;
            }
            String whole = start.substring(0, start.length() - info.remaining().length());
            pieces.add(new Piece(Kind.SNIPPET, pieceLine, (above + whole).strip(), info.source()));
            remaining = info.remaining();
            line = pieceLine + count(whole, '\n');
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
