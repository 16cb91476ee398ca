package backprop.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import backprop.Answers;

/**
 * Seventy-odd kinds of bad input (and of jshell's commands used wrongly or rightly), each answered with a clear message, and the shell still working
 * afterwards. The deterministic ones form an approved transcript; the ones whose output depends
 * on timing are checked by assertion.
 */
// Each case drives a shell of its own: they run side by side.
@Execution(ExecutionMode.CONCURRENT)
class BadInputTest {

    /** The last line of every session: the shell must still evaluate Java after everything else. */
    private static final String STILL_ALIVE = "\"still alive\"\n/exit\n";

    @Test
    void deterministicBadInputs(@TempDir Path home) {
        String input = String.join("\n",
                "int a = ;",                                        // 1 a malformed declaration
                "int b = \"text\";",                                // 2 a type mismatch
                "undefinedName + 1",                                // 3 an unknown symbol
                "Math.max(1, 2));",                                 // 4 an unbalanced parenthesis
                "String s = \"never closed;",                       // 5 an unclosed string literal
                "1 / 0",                                            // 6 an arithmetic exception
                "String nothing = null;",
                "nothing.length()",                                 // 7 a NullPointerException
                "int[] small = new int[2];",
                "small[5]",                                         // 8 an index out of bounds
                "Integer.parseInt(\"x\")",                          // 9 a library method's exception
                "Weights.of(new double[3])",                        // 10 a wrong dimension in the chapter API
                "MlpReports.slidesTrace(Weights.slides(), Sample.slides(), Double.NaN)", // 11 a NaN learning rate
                "Trainer.train(Mlp.slides(), List.of(), 0.5, 10)", // 12 an empty data set
                "int down(int n) { return down(n + 1); }",
                "down(0)",                                          // 13 a stack overflow
                "long[] huge = new long[Integer.MAX_VALUE];",      // 14 out of memory
                "throw new Error(\"boom\")",                        // 15 an Error thrown on purpose
                "void later() { notYetDefined(); }",                // 16 a forward reference
                "later()",                                          // 17 calling it anyway
                "😀 + 1",                                           // 18 a character Java does not allow
                "/foo",                                             // 19 an unknown command
                "/tuor 5",                                          // 20 a mistyped command
                "/read 99",                                         // 21 a chapter that does not exist
                "/tour x",                                          // 22 a chapter that is not a number
                "/read",                                            // 23 a missing argument
                "/grade 9.9",                                       // 24 an exercise that does not exist
                "/hint",                                            // 25 a missing exercise id
                "new java.util.Scanner(System.in).nextLine()",      // 26 reading input that is not there
                "System.exit(3)",                                   // 27 System.exit
                "Runtime.getRuntime().halt(4)",                     // 28 halting the VM
                "/open no-such-file.jsh",                           // 29 a file that is not there
                "/save",                                            // 30 /save without a file
                "int kept = 7;",
                "/save target/bad-input-saved.jsh",                 // 31 saving the snippets
                "/open target/bad-input-saved.jsh",                 // 32 opening them again
                "/drop nosuch",                                     // 33 dropping what is not there
                "/drop kept",                                       // 34 dropping a variable
                "kept",                                             // 35 using the dropped variable
                "/imports",                                         // 36 the imports
                "void h() { throw new IllegalStateException(\"deep\"); }",
                "void g() { h(); }",
                "g()",                                              // 37 a trace through the student's methods
                "Activation.leakyRelu(1.5)",                        // 38 a trace through a chapter's methods
                "/methods",                                         // 39 the methods
                "record Pt(int x) {}",
                "/types",                                           // 40 the types
                "/!",                                               // 41 the last snippet again
                "/2",                                               // 42 snippet 2 again
                "/-1",                                              // 43 the previous snippet again
                "/999",                                             // 44 a snippet that does not exist
                "/edit",                                            // 45 /edit without a terminal
                "/set feedback verbose",                            // 46 a jshell command that means nothing here
                "/debug",                                           // 47 another
                "/?",                                               // 48 jshell's short help
                "/sett",                                            // 49 a typo near /set, not /reset
                "/edti",                                            // 50 a typo near /edit, not /exit
                "/res",                                             // 51 an abbreviation of a destructive command
                "/exit abc",                                        // 52 an exit code that is not a number
                "/list -foo",                                       // 53 an option /list does not have
                "/env --class-path no-such-dir",                    // 54 a class path entry that is not there
                "/env --module-path x",                             // 55 an /env option not offered here
                "/reload -bogus",                                   // 56 an option /reload does not have
                "/plot nosuch",                                     // 57 a picture that does not exist
                "/plot netwrk",                                     // 58 a misspelt picture
                "/tour 99",                                         // 59 a walkthrough that does not exist
                "/grade 1.1 9.9",                                   // 60 a list with an exercise that does not exist
                "class K { static final String A = \"xxxxxxxxxx\", B = A + A + A + A + A + A + A + A + A + A, "
                        + "C = B + B + B + B + B + B + B + B + B + B, D = C + C + C + C + C + C + C + C + C + C, "
                        + "E = D + D + D + D + D + D + D + D + D + D; }", // 61 a constant too long for a class file
                "K.E.length()",                                     // 62 the session after it
                "\"one\\ntwo\\nthree\\n\"",                         // 63 a multi-line String: shown as its text
                "\"x\".repeat(5000)",                                 // 64 a long value: cut as jshell cuts it
                "import no.such.pkg.*;",                            // 65 an import of a package that is not there
                "var v;",                                           // 66 var without a value
                "class C { int f() { return \"s\"; } }",            // 67 an error inside a class
                "new int[-1]",                                      // 68 a negative array size
                "Object o = \"s\";",
                "(Integer) o",                                      // 69 a bad cast
                ";",                                                // 70 an empty statement
                "/reload -restore -quiet",                          // 71 restoring after the VM ended
                "/history",                                         // 72 what was typed
                STILL_ALIVE);
        String transcript = ShellDriver.run(input, Duration.ofSeconds(20), home.resolve("progress.properties"));
        assertTrue(transcript.contains("==> \"still alive\""), transcript);
        Answers.verify(Path.of("src", "test", "resources", "transcripts"), "bad-input", transcript);
    }

    @Test
    void anEndlessLoopIsStopped(@TempDir Path home) {                // 29 an endless loop
        String transcript = ShellDriver.run("while (true) { }\n" + STILL_ALIVE, Duration.ofSeconds(2),
                home.resolve("progress.properties"));
        assertTrue(transcript.contains("stopped after 2 s"), transcript);
        assertTrue(transcript.contains("==> \"still alive\""), transcript);
    }

    @Test
    void endlessOutputIsCut(@TempDir Path home) {                    // 30 endless output
        String transcript = ShellDriver.run("while (true) System.out.println(\"spam spam spam\");\n"
                + "System.out.println(\"hello\")\n" + STILL_ALIVE,
                Duration.ofSeconds(60), home.resolve("progress.properties"));
        assertTrue(transcript.contains("output stopped after 2 MB"), transcript.substring(Math.max(0, transcript.length() - 500)));
        assertTrue(transcript.length() < 3_000_000, "printed " + transcript.length() + " characters");
        // Nothing of the cut output leaks into the next snippet's: its prompt is followed by its own line.
        assertTrue(transcript.contains("companion> System.out.println(\"hello\")\nhello\n"),
                transcript.substring(Math.max(0, transcript.length() - 500)));
        assertTrue(transcript.contains("==> \"still alive\""), transcript.substring(transcript.length() - 300));
    }

    @Test
    void binaryJunkOnStdin(@TempDir Path home) {                     // 31 binary junk
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(new byte[] {'a', 'b', 0, 1, 2, 3, 'c', (byte) 0xff, (byte) 0xfe, 0x1b, '[', 'A', 7, 8, 9, 4, '\n'});
        input.writeBytes(new byte[] {4, '\n', 0, 0, 0, '\n', (byte) 0xc3, (byte) 0x28, '\n'});
        input.writeBytes(STILL_ALIVE.getBytes(StandardCharsets.UTF_8));
        String transcript = ShellDriver.run(input.toByteArray(), Duration.ofSeconds(10), home.resolve("progress.properties"));
        assertTrue(transcript.contains("illegal character"), transcript);
        assertTrue(transcript.contains("==> \"still alive\""), transcript);
    }

    /** Past JShell's own cut of a value at 21,844 characters, a text of many lines is shown whole. */
    @Test
    void aLongTextIsShownWhole(@TempDir Path home) {                  // 74 a 30 000-character text
        String transcript = ShellDriver.run("\"ab\\n\".repeat(10_000)\n" + STILL_ALIVE, Duration.ofSeconds(30),
                home.resolve("progress.properties"));
        assertTrue(transcript.contains("$1 ==> \"\"\"\n" + "ab\n".repeat(10_000) + "\"\"\"\n"),
                transcript.substring(0, Math.min(500, transcript.length())));
        assertTrue(transcript.contains("==> \"still alive\""), transcript.substring(transcript.length() - 300));
    }

    @Test
    void aHugeStringLiteral(@TempDir Path home) {                    // 73 a 70 000-character string literal
        String literal = "String big = \"" + "x".repeat(70_000) + "\";\n";
        String transcript = ShellDriver.run(literal + "big\n/vars\n" + STILL_ALIVE, Duration.ofSeconds(30),
                home.resolve("progress.properties"));
        String end = transcript.substring(transcript.lastIndexOf("xxx\";") + 5);
        assertTrue(end.contains("constant string too long"), end);
        assertTrue(end.contains("==> \"still alive\""), end);
    }

    /**
     * 120 000 characters, and 20 000 sums deep: javac needs the session's big stack for it. Nested
     * to the right, (1 + (1 + …)), because javac's work on a sum nested to the left grows with the
     * square of its depth (each node looks for its start down the left operands): the same test
     * then took a minute of compiling.
     */
    @Test
    void aLongLine(@TempDir Path home) {                             // 32 a 100 000-character line
        String sum = "int total = " + "(1 + ".repeat(20_000) + "0" + ")".repeat(20_000) + ";\n";
        assertTrue(sum.length() > 100_000, "the line has " + sum.length() + " characters");
        String transcript = ShellDriver.run(sum + "total\n" + STILL_ALIVE, Duration.ofSeconds(30), home.resolve("progress.properties"));
        assertTrue(transcript.contains("==> 20000"), transcript.substring(Math.max(0, transcript.length() - 300)));
        assertTrue(transcript.contains("==> \"still alive\""));
    }
}
