package backprop.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import backprop.Answers;

/** The shell driven through piped input: snippets, commands and errors, as a transcript. */
// Each case drives a shell of its own: they run side by side.
@Execution(ExecutionMode.CONCURRENT)
class ShellTest {
    static final Path TRANSCRIPTS = Path.of("src", "test", "resources", "transcripts");

    @Test
    void snippetsCommandsAndErrors(@TempDir Path home) {
        String input = String.join("\n",
                "int x = 3;",
                "x * 2",
                "var w = Weights.slides();",
                "w.w5()",
                "void greet(String name) {",
                "    System.out.println(\"안녕, \" + name);",
                "}",
                "greet(\"backprop\")",
                "int y = \"s\";",
                "1 / 0",
                "/vars",
                "/list",
                "/chapters",
                "/hint 5.1",
                "/tuor 5",
                "/read 9",
                "/reset",
                "x",
                "/exit",
                "");
        String transcript = ShellDriver.run(input, Duration.ofSeconds(10), home.resolve("progress.properties"));
        Answers.verify(TRANSCRIPTS, "shell-session", transcript);
    }

    @Test
    void aRunawaySnippetIsStoppedAndTheShellGoesOn(@TempDir Path home) {
        String transcript = ShellDriver.run("int kept = 42;\nwhile (true) { }\nkept + 1\n/exit\n",
                Duration.ofSeconds(2), home.resolve("progress.properties"));
        assertTrue(transcript.contains("stopped after 2 s"), transcript);
        assertTrue(transcript.contains("==> 43"), transcript);
    }
}
