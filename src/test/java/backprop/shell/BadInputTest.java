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
 * Thirty kinds of bad input, each answered with a clear message, and the shell still working
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
        String transcript = ShellDriver.run("while (true) System.out.println(\"spam spam spam\");\n" + STILL_ALIVE,
                Duration.ofSeconds(60), home.resolve("progress.properties"));
        assertTrue(transcript.contains("output stopped after 2 MB"), transcript.substring(Math.max(0, transcript.length() - 500)));
        assertTrue(transcript.length() < 3_000_000, "printed " + transcript.length() + " characters");
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
