package backprop.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.NonBlockingReader;

import backprop.jshell.SnippetSplitter;

/**
 * {@code /tour N}: a walkthrough snippet by snippet: show it, wait for a key, run it, show its
 * output. The keys are the pager's: Space or Enter on, q leave; {@code /} types a command, which
 * runs before the tour goes on.
 */
final class TourCommand {
    /** The keys, as /help lists them. */
    static final String KEYS = "Space, Enter  run the next snippet     q, Ctrl-C  leave the tour     /  type a command (e.g. /vars)";

    private final ShellContext shell;

    TourCommand(ShellContext shell) {
        this.shell = shell;
    }

    void run(String args) throws IOException {
        Optional<Integer> n = ReadingCommands.chapterArgument(shell, "/tour", args);
        if (n.isEmpty()) {
            return;
        }
        Optional<Path> script = shell.project().walkthrough(n.get());
        if (script.isEmpty()) {
            shell.out().println("|  chapter " + n.get() + " has no walkthrough");
            return;
        }
        List<String> snippets = shell.session().split(Files.readString(script.get(), StandardCharsets.UTF_8)).stream()
                .map(SnippetSplitter.Piece::text).toList();
        if (shell.interactive()) {
            shell.out().println("|  " + snippets.size() + " snippets from " + shell.project().root().relativize(script.get())
                    + ". Space or Enter runs the next one, q leaves, / types a command; the objects stay for you afterwards.");
        }
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            shell.out().println(styled("── " + (i + 1) + "/" + snippets.size() + " ──", AttributedStyle.DEFAULT.faint()));
            for (String line : shown(snippet).strip().split("\n")) {
                shell.out().println(styled(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)));
            }
            if (shell.interactive() && !awaitNext()) {
                shell.out().println("|  tour left at snippet " + (i + 1) + "; what ran so far is still defined");
                return;
            }
            shell.evalJava(snippet);
            if (shell.session().lastWasCut()) {
                shell.out().println("|  the tour stops here: that snippet did not end by itself");
                return;
            }
        }
        shell.out().println("|  end of the walkthrough of chapter " + n.get() + "; its objects are yours to explore (/vars)");
    }

    /**
     * Waits for the next key: true to run the next snippet, false to leave. A {@code /} reads a
     * command line and runs it, then waits again. Keys are read one at a time, so nothing the
     * tour asks lands in the history.
     */
    private boolean awaitNext() {
        while (true) {
            shell.out().print(styled("[Space/Enter] 실행 run · q 그만 leave · / 명령 command ", AttributedStyle.DEFAULT.faint()));
            shell.out().flush();
            int key = readKey();
            shell.out().print("\r\u001b[K");
            shell.out().flush();
            switch (key) {
                case ' ', '\r', '\n' -> {
                    return true;
                }
                case 'q', 'Q', 3, 27, 4, -1 -> {
                    return false;
                }
                case '/' -> {
                    String command;
                    try {
                        command = shell.reader().readLine("tour> ", null, "/");
                    } catch (UserInterruptException | EndOfFileException e) {
                        continue;
                    }
                    if (!command.isBlank()) {
                        shell.handle(command.strip());
                    }
                }
                default -> shell.out().println("|  " + KEYS);
            }
        }
    }

    /** One key from the terminal, unechoed; -1 at the end of input. */
    private int readKey() {
        Attributes saved = shell.terminal().enterRawMode();
        try {
            NonBlockingReader keys = shell.terminal().reader();
            return keys.read();
        } catch (IOException e) {
            return -1;
        } finally {
            shell.terminal().setAttributes(saved);
        }
    }

    /**
     * What the tour shows of a snippet before it runs it. A snippet that prints narration would
     * otherwise show its text twice, as source and as output: its string literals and text
     * blocks are shown as {@code "…"} and {@code """…"""}, the code around them as it is.
     */
    static String shown(String snippet) {
        String code = snippet.strip();
        int start = code.indexOf("System.out.print");
        if (start < 0 || !code.substring(0, start).lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))) {
            return snippet;
        }
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                while (end > 0 && code.charAt(end - 1) == '\\') {
                    end = code.indexOf("\"\"\"", end + 1);
                }
                if (end < 0) {
                    return snippet;
                }
                out.append("\"\"\"…\"\"\"");
                i = end + 3;
            } else if (code.charAt(i) == '"') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != '"' && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= code.length() || code.charAt(j) != '"') {
                    return snippet;
                }
                out.append("\"…\"");
                i = j + 1;
            } else if (code.charAt(i) == '\'') {
                int j = code.indexOf('\'', i + (code.startsWith("'\\", i) ? 3 : 2));
                if (j < 0) {
                    return snippet;
                }
                out.append(code, i, j + 1);
                i = j + 1;
            } else {
                out.append(code.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Styled on a real terminal, plain text anywhere else (pipes, files, tests). */
    private String styled(String text, AttributedStyle style) {
        return shell.interactive() ? new AttributedString(text, style).toAnsi(shell.terminal()) : text;
    }
}
