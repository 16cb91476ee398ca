package backprop.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** {@code /tour N}: a walkthrough snippet by snippet: show it, wait for Enter, run it, show its output. */
final class TourCommand {
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
        List<String> snippets = shell.session().split(Files.readString(script.get(), StandardCharsets.UTF_8)).stream().map(backprop.jshell.SnippetSplitter.Piece::text).toList();
        if (shell.interactive()) {
            shell.out().println("|  " + snippets.size() + " snippets from " + shell.project().root().relativize(script.get())
                    + ". Enter runs the next one, q leaves; the objects stay for you afterwards.");
        }
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            shell.out().println(styled("── " + (i + 1) + "/" + snippets.size() + " ──", AttributedStyle.DEFAULT.faint()));
            for (String line : snippet.strip().split("\n")) {
                shell.out().println(styled(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)));
            }
            if (shell.interactive()) {
                String answer;
                try {
                    answer = shell.reader().readLine("[Enter] 실행 run · q 그만 leave > ");
                } catch (UserInterruptException | EndOfFileException e) {
                    answer = "q";
                }
                if (answer.strip().equalsIgnoreCase("q")) {
                    shell.out().println("|  tour left at snippet " + (i + 1) + "; what ran so far is still defined");
                    return;
                }
            }
            shell.evalJava(snippet);
        }
        shell.out().println("|  end of the walkthrough of chapter " + n.get() + "; its objects are yours to explore (/vars)");
    }

    /** Styled on a real terminal, plain text anywhere else (pipes, files, tests). */
    private String styled(String text, AttributedStyle style) {
        return shell.interactive() ? new AttributedString(text, style).toAnsi(shell.terminal()) : text;
    }
}
