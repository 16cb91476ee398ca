package backprop.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import backprop.jshell.SnippetSplitter.Kind;
import backprop.jshell.SnippetSplitter.Piece;
import jdk.jshell.JShell;

/** Splitting a script into snippets, commands and an incomplete rest, with the lines they start on. */
class SnippetSplitterTest {
    // Completeness is syntax alone: a state that runs nothing in a VM of its own is enough to ask.
    private static JShell shell;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").build();
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    private static List<Piece> split(String source) {
        return SnippetSplitter.split(shell.sourceCodeAnalysis(), source);
    }

    /** What a reader of the script sees: kind, line and text of every piece. */
    private record Seen(Kind kind, int line, String text) {
        static List<Seen> of(List<Piece> pieces) {
            return pieces.stream().map(p -> new Seen(p.kind(), p.line(), p.text())).toList();
        }
    }

    @Test
    void snippetsKeepTheCommentsAboveThemAndTheLineTheyStartOn() {
        String script = """
                // the slides' weights
                var w = Weights.slides();

                /* two lines
                   of comment */
                void greet(String name) {
                    System.out.println(name);
                }
                greet("x")
                """;
        List<Piece> pieces = split(script);
        assertEquals(List.of(
                new Seen(Kind.SNIPPET, 2, "// the slides' weights\nvar w = Weights.slides();"),
                new Seen(Kind.SNIPPET, 6, "/* two lines\n   of comment */\nvoid greet(String name) {\n"
                        + "    System.out.println(name);\n}"),
                new Seen(Kind.SNIPPET, 9, "greet(\"x\")")),
                Seen.of(pieces));
        // What runs starts at the snippet itself, not at the comment above it.
        assertTrue(pieces.get(0).source().startsWith("var w = Weights.slides();"), pieces.get(0).source());
        assertTrue(pieces.get(1).source().startsWith("void greet(String name) {"), pieces.get(1).source());
    }

    @Test
    void twoSnippetsOnOneLineAreTwoPieces() {
        assertEquals(List.of(new Seen(Kind.SNIPPET, 1, "int a = 1;"), new Seen(Kind.SNIPPET, 1, "int b = a;")),
                Seen.of(split("int a = 1; int b = a;\n")));
    }

    @Test
    void aSlashLineWhereASnippetWouldStartIsACommand() {
        List<Piece> pieces = split("int a = 1;\n// done\n/exit\na / 2\n");
        assertEquals(List.of(new Seen(Kind.SNIPPET, 1, "int a = 1;"), new Seen(Kind.COMMAND, 3, "// done\n/exit"),
                        new Seen(Kind.SNIPPET, 4, "a / 2")),
                Seen.of(pieces));
        assertEquals("/exit", pieces.get(1).source());
    }

    @Test
    void anIncompleteRestIsTheLastPiece() {
        List<Piece> pieces = split("int a = 1;\n// open\nvoid f() {\n  a++;\n\nint b = 2;\n");
        assertEquals(List.of(new Seen(Kind.SNIPPET, 1, "int a = 1;"),
                        new Seen(Kind.INCOMPLETE, 3, "// open\nvoid f() {\n  a++;\n\nint b = 2;")),
                Seen.of(pieces));
        assertEquals("void f() {\n  a++;\n\nint b = 2;", pieces.get(1).source());
    }

    @Test
    void blankLinesAndCommentsAloneGiveNoPieces() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split("\n  \n// only a comment\n/* and another */\n"));
    }

    /** /tour shows them with the last snippet, as it always has: JShell's analysis reads them with it. */
    @Test
    void commentsAfterTheLastSnippetStayWithIt() {
        assertEquals(List.of(new Seen(Kind.SNIPPET, 1, "int a = 1;"), new Seen(Kind.SNIPPET, 3, "int b = 2;\n// the end")),
                Seen.of(split("int a = 1;\n\nint b = 2;\n// the end\n")));
    }

    @Test
    void windowsLineEndsCountAsOne() {
        assertEquals(List.of(new Seen(Kind.SNIPPET, 1, "int a = 1;"), new Seen(Kind.SNIPPET, 3, "// b\nint b = 2;")),
                Seen.of(split("int a = 1;\r\n// b\r\nint b = 2;\r\n")));
    }
}
