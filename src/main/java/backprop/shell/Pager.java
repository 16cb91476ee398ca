package backprop.shell;

import java.io.IOError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;

/**
 * The shell's way to {@link backprop.reader.Pager}, the companion's one pager: text that fits the
 * screen, or any text without a terminal (piped input, tests), is printed as it is; longer text is
 * paged, with Ctrl-C leaving the pager as q does.
 */
final class Pager {
    private Pager() {}

    /** The pager's keys (JLine's Less, as {@link backprop.reader.Pager} runs it), as /help lists them. */
    static final String KEYS = """
            Space, f   next page              Enter, j   next line
            b          previous page          k          previous line
            /word      search forward         n, N       next, previous match
            g, G       first, last line       q, Ctrl-C  leave
            """;

    /** Shows {@code text} (lines split at newlines; ANSI styles kept), paged when it does not fit. */
    static void page(ShellContext shell, String title, String text) throws IOException {
        List<AttributedString> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(AttributedString.fromAnsi(line));
        }
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        page(shell, title, lines);
    }

    /** Shows {@code lines}, paged when they do not fit the terminal. */
    static void page(ShellContext shell, String title, List<AttributedString> lines) throws IOException {
        if (!shell.interactive() || fits(shell, lines)) {
            for (AttributedString line : lines) {
                shell.out().println(shell.interactive() ? line.toAnsi(shell.terminal()) : line.toString());
            }
            return;
        }
        shell.out().flush();
        Thread pager = Thread.currentThread();
        // Ctrl-C: Less reads its keys with a timeout, and an interrupted read ends it.
        shell.interruptible(pager::interrupt, args -> {
            try {
                backprop.reader.Pager.page(shell.terminal(), title, lines);
            } catch (InterruptedException | IOError stopped) {
                // Ctrl-C: leave the pager, as q does
            } finally {
                Thread.interrupted();
            }
        }, "");
    }

    /** Whether the lines fit the screen as they are, one row each, with a row left for the prompt. */
    private static boolean fits(ShellContext shell, List<AttributedString> lines) {
        int width = shell.terminal().getWidth();
        int height = shell.terminal().getHeight();
        if (height < 3 || width < 10) {
            return true; // no room to page in: print
        }
        if (lines.size() >= height) {
            return false;
        }
        return lines.stream().allMatch(line -> line.columnLength() <= width);
    }
}
