package backprop.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jline.reader.Candidate;

import backprop.reader.Links;
import backprop.reader.TerminalRenderer;

/** {@code /chapters} and {@code /read N}: the chapters' text. */
final class ReadingCommands {
    private final ShellContext shell;

    ReadingCommands(ShellContext shell) {
        this.shell = shell;
    }

    void chapters(String args) throws IOException {
        for (int n : shell.project().chapterNumbers()) {
            Optional<Path> text = shell.project().chapterText(n);
            String title = text.isPresent() ? firstHeading(text.get()) : "(text not written yet)";
            shell.out().println(String.format(Locale.ROOT, "|  %d  %s", n, title));
        }
        shell.out().println("|  /read N reads a chapter, /tour N walks through its code.");
    }

    private static String firstHeading(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ")) {
                return line.substring(2).strip();
            }
        }
        return file.getFileName().toString();
    }

    /** The chapter numbers as Tab candidates. */
    List<Candidate> chapterNumbers() {
        List<Candidate> numbers = new ArrayList<>();
        shell.project().chapterNumbers().forEach(n -> numbers.add(new Candidate(String.valueOf(n))));
        return numbers;
    }

    /** A chapter number from a command's argument, or a message saying what is wrong. */
    static Optional<Integer> chapterArgument(ShellContext shell, String command, String args) {
        List<Integer> numbers = shell.project().chapterNumbers();
        String available = numbers.stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse("none");
        if (args.isEmpty()) {
            shell.out().println("|  " + command + " needs a chapter number: " + available);
            return Optional.empty();
        }
        int n;
        try {
            n = Integer.parseInt(args.strip());
        } catch (NumberFormatException e) {
            shell.out().println("|  '" + args + "' is not a chapter number; the chapters are " + available);
            return Optional.empty();
        }
        if (!numbers.contains(n)) {
            shell.out().println("|  there is no chapter " + n + "; the chapters are " + available);
            return Optional.empty();
        }
        return Optional.of(n);
    }

    void read(String args) throws IOException {
        Optional<Integer> n = chapterArgument(shell, "/read", args);
        if (n.isEmpty()) {
            return;
        }
        Optional<Path> file = shell.project().chapterText(n.get());
        if (file.isEmpty()) {
            shell.out().println("|  chapter " + n.get() + " has no text yet; /tour " + n.get() + " walks through its code");
            return;
        }
        // The chapter is laid out for the screen's width (backprop.reader); on a real terminal
        // JLine's Less pages it by screen rows, elsewhere it is printed whole at 80 columns.
        int width = shell.interactive() ? Math.max(TerminalRenderer.MIN_WIDTH, shell.terminal().getWidth()) : 80;
        TerminalRenderer.Page page = TerminalRenderer.render(Files.readString(file.get(), StandardCharsets.UTF_8),
                width, Links.from(shell.project().root(), true));
        if (!shell.interactive()) {
            shell.out().print(page.text());
            return;
        }
        Pager.page(shell, n.get() + "장", page.lines());
    }
}
