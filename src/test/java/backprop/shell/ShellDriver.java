package backprop.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import backprop.grading.Progress;
import backprop.jshell.JShellFactory;

/** Runs the companion shell on piped input and a dumb terminal, and returns what it printed. */
final class ShellDriver {
    private ShellDriver() {}

    static final Project PROJECT = new Project(Path.of("").toAbsolutePath());

    /** A pipe does not echo what is typed; neither does this terminal. */
    private static Attributes noEcho() {
        Attributes attributes = new Attributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        return attributes;
    }

    static String run(String input, Duration snippetLimit, Path progressFile) {
        return run(input.getBytes(StandardCharsets.UTF_8), snippetLimit, progressFile);
    }

    static String run(byte[] input, Duration snippetLimit, Path progressFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        // The sessions here are short: a snippets' VM that starts quickly. (Students get the full
        // JIT; nothing these sessions print depends on it.)
        try (Terminal terminal = TerminalBuilder.builder()
                .system(false)
                .streams(new ByteArrayInputStream(input), output)
                .type(Terminal.TYPE_DUMB)
                .attributes(noEcho())
                .encoding(StandardCharsets.UTF_8)
                .build();
             CompanionShell shell = new CompanionShell(PROJECT, terminal, false, snippetLimit, Progress.at(progressFile, PROJECT.root()),
                     JShellFactory.Jit.QUICK_START)) {
            shell.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
