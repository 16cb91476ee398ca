package backprop.shell;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jline.builtins.Nano;
import org.jline.reader.History;

import backprop.jshell.SnippetSplitter;

/**
 * jshell's commands between snippets and files: {@code /open FILE} (an exercise, to experiment
 * with it), {@code /save FILE} and {@code /edit} (in {@code $VISUAL}, {@code $EDITOR}, or JLine's
 * Nano when neither is set).
 */
final class FileCommands {
    private final ShellContext shell;

    FileCommands(ShellContext shell) {
        this.shell = shell;
    }

    /** /open FILE: runs the file's snippets and commands as if typed, except /exit. */
    void open(String args) throws IOException {
        if (args.isEmpty()) {
            shell.out().println("|  /open needs a file, e.g. /open jshell-scripts/exercises/5.1-full-step.jsh");
            return;
        }
        if (args.equals("DEFAULT") || args.equals("PRINTING") || args.equals("JAVASE") || args.equals("TOOLING")) {
            shell.out().println("|  jshell's built-in script " + args + " is not here: the companion's imports are its own (/imports)");
            return;
        }
        Optional<Path> file = existing(args);
        if (file.isEmpty()) {
            shell.out().println("|  no such file: " + args);
            return;
        }
        String source;
        try {
            source = Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (MalformedInputException notUtf8) {
            shell.out().println("|  " + args + " is not UTF-8 text; save it as UTF-8 and /open it again");
            return;
        }
        if (source.startsWith("\uFEFF")) {
            source = source.substring(1); // a byte-order mark from a Windows editor
        }
        run(source, "/open");
    }

    /** A path as typed, from the working folder, else from the project's root. */
    private Optional<Path> existing(String typed) {
        Path path = Path.of(typed);
        if (Files.isRegularFile(path)) {
            return Optional.of(path);
        }
        Path fromRoot = shell.project().root().resolve(typed);
        return Files.isRegularFile(fromRoot) ? Optional.of(fromRoot) : Optional.empty();
    }

    /** Runs a script's pieces one by one; a stopped snippet, or one that ended the VM, ends the run. */
    private void run(String source, String how) {
        for (SnippetSplitter.Piece piece : shell.session().split(source)) {
            switch (piece.kind()) {
                case COMMAND -> {
                    if (piece.source().startsWith("/exit")) {
                        shell.out().println("|  " + how + " skipped " + piece.source() + ": the companion stays open");
                    } else {
                        shell.handle(piece.source());
                    }
                }
                case SNIPPET, INCOMPLETE -> shell.evalJava(piece.kind() == SnippetSplitter.Kind.SNIPPET ? piece.source() : piece.text());
            }
            if (shell.session().lastWasCut()) {
                shell.out().println("|  " + how + " stopped here; the rest of the file did not run");
                return;
            }
        }
    }

    /** /save [-all|-start|-history] FILE. */
    void save(String args) throws IOException {
        String[] words = args.isEmpty() ? new String[0] : args.split("\\s+", 2);
        String option = words.length == 2 && words[0].startsWith("-") ? words[0] : "";
        String name = option.isEmpty() ? args : words[1];
        if (name.isEmpty() || name.startsWith("-")) {
            shell.out().println("|  /save needs a file, e.g. /save mine.jsh (-all: the companion's imports too; -history: what you typed)");
            return;
        }
        List<String> lines;
        switch (option) {
            case "" -> lines = shell.session().sources(false);
            case "-all", "-start" -> lines = shell.session().sources(true);
            case "-history" -> lines = typed();
            default -> {
                shell.out().println("|  /save takes -all, -start or -history before the file; got '" + option + "'");
                return;
            }
        }
        Path file = Path.of(name).toAbsolutePath().normalize();
        if (file.startsWith(shell.project().root().resolve("answers"))) {
            shell.out().println("|  /save does not write into answers/: that is the answer key the grader compares with");
            return;
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.strip()).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        shell.out().println("|  saved " + lines.size() + (option.equals("-history") ? " lines" : " snippets") + " to " + name);
    }

    private List<String> typed() {
        List<String> lines = new ArrayList<>();
        if (shell.reader() != null) {
            for (History.Entry entry : shell.reader().getHistory()) {
                if (entry.index() >= shell.historyStart()) {
                    lines.add(entry.line());
                }
            }
        }
        return lines;
    }

    /**
     * /edit [name or number]: the snippets in an editor; what changed runs when it closes. The
     * editor is {@code $VISUAL}, else {@code $EDITOR}, else JLine's Nano inside the terminal.
     */
    void edit(String args) throws IOException {
        if (!shell.interactive()) {
            shell.out().println("|  /edit needs a terminal to show an editor in; with piped input, /open a file instead");
            return;
        }
        List<String> originals = args.isEmpty() ? shell.session().sources(false) : shell.session().sourcesOf(args);
        if (!args.isEmpty() && originals.isEmpty()) {
            shell.out().println("|  no snippet " + args + " to edit (/list shows the numbers, /vars /methods /types the names)");
            return;
        }
        Path file = Files.createTempFile("companion-edit-", ".jsh");
        try {
            StringBuilder text = new StringBuilder();
            originals.forEach(o -> text.append(o.strip()).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            if (!openEditor(file)) {
                return;
            }
            String edited = Files.readString(file, StandardCharsets.UTF_8);
            if (edited.equals(text.toString())) {
                shell.out().println("|  no change");
                return;
            }
            // What is unchanged stays as it is; each new or changed snippet runs, as in jshell.
            Set<String> unchanged = new HashSet<>();
            originals.forEach(o -> unchanged.add(o.strip()));
            StringBuilder changed = new StringBuilder();
            for (SnippetSplitter.Piece piece : shell.session().split(edited)) {
                if (!unchanged.contains(piece.text().strip()) && !unchanged.contains(piece.source().strip())) {
                    changed.append(piece.kind() == SnippetSplitter.Kind.COMMAND ? piece.source() : piece.text()).append('\n');
                }
            }
            run(changed.toString(), "/edit");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private boolean openEditor(Path file) throws IOException {
        String editor = System.getenv("VISUAL");
        if (editor == null || editor.isBlank()) {
            editor = System.getenv("EDITOR");
        }
        if (editor == null || editor.isBlank()) {
            Nano nano = new Nano(shell.terminal(), file.getParent());
            nano.title = "companion /edit — Ctrl-O saves, Ctrl-X runs what changed";
            nano.open(file.toString());
            nano.run();
            return true;
        }
        List<String> command = new ArrayList<>(List.of(editor.strip().split("\\s+")));
        command.add(file.toString());
        // The editor owns the terminal until it exits: JLine must not read keys meanwhile.
        try {
            shell.terminal().pause(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            process.waitFor();
        } catch (IOException e) {
            shell.out().println("|  cannot start the editor '" + editor + "' ($VISUAL or $EDITOR): " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            shell.terminal().resume();
        }
        return true;
    }
}
