package backprop.shell;

import java.io.ByteArrayInputStream;
import java.io.IOError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.utils.AttributedString;

/**
 * Text longer than a screen, a screen at a time: JLine's {@code less}, with the shell's one set of
 * keys (Space or Enter on, b back, / search, q or Ctrl-C out). Without a terminal the text is
 * printed whole.
 */
final class Pager {
    private Pager() {}

    /** The keys, as /help and the pager's own help (h) list them. */
    static final String KEYS = """
            Space, f   next page              Enter, j   next line
            b          previous page          k          previous line
            /word      search forward         n, N       next, previous match
            g, G       first, last line       q, Ctrl-C  leave
            """;

    /** Shows {@code lines} (styled), paged when they do not fit the terminal. */
    static void page(ShellContext shell, String name, List<AttributedString> lines) throws IOException {
        if (!shell.interactive() || shell.terminal().getHeight() < 3) {
            for (AttributedString line : lines) {
                shell.out().println(shell.interactive() ? line.toAnsi(shell.terminal()) : line.toString());
            }
            return;
        }
        StringBuilder text = new StringBuilder();
        for (AttributedString line : lines) {
            text.append(line.toAnsi(shell.terminal())).append('\n');
        }
        page(shell, name, text.toString());
    }

    /** Shows {@code text} (which may hold ANSI styles), paged when it does not fit the terminal. */
    static void page(ShellContext shell, String name, String text) throws IOException {
        if (!shell.interactive() || shell.terminal().getHeight() < 3) {
            shell.out().print(text);
            return;
        }
        Less less = new Less(shell.terminal(), Path.of("").toAbsolutePath());
        less.quitIfOneScreen = true;
        // The last page stays on the screen after q: a name in /plot's list is there to be typed.
        less.noInit = true;
        less.helpSource(new Source.InputStreamSource(
                new ByteArrayInputStream(("the pager's keys\n\n" + KEYS).getBytes(StandardCharsets.UTF_8)), true, "keys"));
        Source source = new Source.InputStreamSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, name);
        Thread pager = Thread.currentThread();
        shell.out().flush();
        // Ctrl-C: less reads keys with a timeout, and an interrupted read ends it.
        shell.interruptible(pager::interrupt, args -> {
            try {
                less.run(source);
            } catch (InterruptedException | IOError stopped) {
                // Ctrl-C: leave the pager, as q does
            } finally {
                Thread.interrupted();
            }
        }, "");
    }
}
