package backprop.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import backprop.grading.Progress;
import backprop.jshell.JShellFactory;

/**
 * The companion: a jshell-like REPL that also knows the lecture. Java snippets run in a separate
 * VM; {@code /}-commands ({@link Commands}) read the chapters, step through the walkthroughs and
 * grade exercises.
 */
final class CompanionShell implements AutoCloseable, ShellContext {

    private final Project project;
    private final Terminal terminal;
    private final Console out;
    private final boolean interactive;
    private final Duration snippetLimit;
    private final Session session;
    private final Progress progress;
    private final Commands commands;
    private LineReader reader;
    private volatile boolean evaluating;
    private volatile Runnable onInterrupt;
    private boolean exit;
    private int historyStart;
    private int exitCode;

    /**
     * @param snippetLimit the longest a snippet may run; null for none (on a real terminal,
     *                     Ctrl-C stops a snippet instead)
     * @param jit          how the snippets' VM compiles: {@link JShellFactory.Jit#FULL} for students,
     *                     who may train a network for a minute
     */
    CompanionShell(Project project, Terminal terminal, boolean interactive, Duration snippetLimit, Progress progress,
            JShellFactory.Jit jit) {
        this.project = project;
        this.terminal = terminal;
        this.out = new Console(terminal.output());
        this.interactive = interactive;
        this.snippetLimit = snippetLimit;
        this.progress = progress;
        this.session = new Session(project.classPath(), out, new SnippetInput(interactive ? terminal : null), jit,
                snippetOptions());
        this.commands = Commands.of(this);
    }

    /** The launcher's {@code COMPANION_SNIPPET_OPTS}: more options for the snippets' VM, split at spaces. */
    static List<String> snippetOptions() {
        String options = System.getenv("COMPANION_SNIPPET_OPTS");
        return options == null || options.isBlank() ? List.of() : List.of(options.strip().split("\\s+"));
    }

    static Path homeFolder() {
        return Path.of(System.getProperty("user.home"), ".backprop-companion");
    }

    /** The read-evaluate-print loop; returns the exit code when the student leaves. */
    int run() {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("companion")
                .parser(new SnippetParser(session))
                .completer(this::complete)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "   ...> ")
                .variable(LineReader.HISTORY_SIZE, 1000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false);
        if (interactive) {
            // What a person typed is worth recalling next time; piped input (a script, a test) is not.
            builder.variable(LineReader.HISTORY_FILE, homeFolder().resolve("history"));
        }
        reader = builder.build();
        // Ctrl-D: JLine's delete-char-or-list lists completions at the end of a line that is not
        // empty, as the continuation line of an unfinished snippet is; here it deletes the character
        // under the cursor, leaves the shell on an empty first line, and otherwise does nothing.
        reader.getWidgets().put("companion-ctrl-d", () -> {
            org.jline.reader.Buffer buffer = reader.getBuffer();
            if (buffer.length() == 0) {
                reader.callWidget(LineReader.DELETE_CHAR_OR_LIST);
            } else if (buffer.cursor() < buffer.length()) {
                reader.callWidget(LineReader.DELETE_CHAR);
            }
            return true;
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new org.jline.reader.Reference("companion-ctrl-d"),
                org.jline.keymap.KeyMap.ctrl('D'));
        // JLine loads the history file when a line is first read; load it now, so that the lines
        // from earlier sessions are known and /history shows only this session's.
        reader.getHistory().attach(reader);
        historyStart = reader.getHistory().last() + 1;
        terminal.handle(Terminal.Signal.INT, signal -> {
            // The terminal echoed ^C where the cursor was: the shell's next message starts a line of its own.
            out.markLineUsed();
            Runnable command = onInterrupt;
            if (evaluating) {
                session.interrupt(Session.Stop.CTRL_C);
            } else if (command != null) {
                command.run();
            }
        });
        out.println("|  인공신경망과 오차역전파법 — the JShell companion: Java runs as in jshell.");
        out.println("|  /chapters lists the chapters, /tour 5 walks through one; /help has the rest.");
        while (!exit) {
            String line;
            try {
                line = reader.readLine("companion> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt clears the line, as in jshell
            } catch (EndOfFileException e) {
                break;
            }
            handle(line);
        }
        return exitCode;
    }

    @Override
    public void handle(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (isCommand(trimmed)) {
            command(trimmed);
        } else {
            evalJava(line);
        }
        out.flush();
    }

    /** A line that starts with {@code /} but not with a comment. */
    static boolean isCommand(String trimmed) {
        return trimmed.startsWith("/") && !trimmed.startsWith("/*") && !trimmed.startsWith("//");
    }

    private void command(String line) {
        Commands.Resolved resolved = commands.resolve(line);
        if (resolved instanceof Commands.Refusal refusal) {
            out.println(refusal.message());
        } else if (resolved instanceof Commands.Call call) {
            try {
                call.command().handler().run(call.args());
            } catch (IOException | RuntimeException e) {
                out.freshLine();
                out.println("|  " + call.command().name() + " failed: " + e);
            }
        }
    }

    @Override
    public void evalJava(String source) {
        evaluating = true;
        try {
            session.eval(source, snippetLimit);
        } finally {
            evaluating = false;
        }
    }

    @Override
    public int historyStart() {
        return historyStart;
    }

    @Override
    public Duration snippetLimit() {
        return snippetLimit;
    }

    @Override
    public void interruptible(Runnable onCtrlC, Commands.Handler work, String args) throws IOException {
        onInterrupt = onCtrlC;
        try {
            work.run(args);
        } finally {
            onInterrupt = null;
        }
    }

    /** Tab completion: command names, their arguments, or Java from JShell's source analysis. */
    private void complete(LineReader lineReader, org.jline.reader.ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        if (buffer.startsWith("/")) {
            int space = buffer.indexOf(' ');
            if (space < 0) {
                candidates.addAll(commands.names());
            } else {
                commands.find(buffer.substring(0, space)).ifPresent(c -> candidates.addAll(c.arguments().get()));
            }
            return;
        }
        if (showDocumentation(buffer, line.cursor())) {
            return;
        }
        lastDocumentation = null;
        Session.Completions completions = session.complete(buffer, line.cursor());
        for (String c : completions.candidates()) {
            candidates.add(new Candidate(c, c, null, null, null, null, false));
        }
    }

    /** The buffer and cursor of the last Tab that showed signatures: a second Tab there shows the Javadoc. */
    private String lastDocumentation;

    /**
     * Tab right after {@code f(} or a {@code ,} inside its arguments: as jshell does, the
     * signatures of what is called, and on a second Tab their Javadoc, instead of every expression
     * that could go there.
     */
    private boolean showDocumentation(String buffer, int cursor) {
        String before = buffer.substring(0, cursor).stripTrailing();
        if (!before.endsWith("(") && !before.endsWith(",")) {
            return false;
        }
        String here = buffer + "\u0000" + cursor;
        boolean javadoc = here.equals(lastDocumentation);
        List<jdk.jshell.SourceCodeAnalysis.Documentation> docs = session.documentation(buffer, cursor, javadoc);
        if (docs.isEmpty()) {
            lastDocumentation = null;
            return false;
        }
        StringBuilder text = new StringBuilder();
        if (javadoc) {
            for (jdk.jshell.SourceCodeAnalysis.Documentation d : docs) {
                text.append(d.signature()).append('\n');
                String doc = d.javadoc() == null ? "" : d.javadoc().strip();
                text.append(doc.isEmpty() ? "<no documentation found>" : doc).append("\n\n");
            }
            lastDocumentation = null;
        } else {
            text.append("Signatures:\n");
            docs.forEach(d -> text.append(d.signature()).append('\n'));
            text.append("\n<press Tab again to see the documentation>\n");
            lastDocumentation = here;
        }
        reader.printAbove(text.toString().stripTrailing());
        return true;
    }

    @Override
    public Console out() {
        return out;
    }

    @Override
    public Project project() {
        return project;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Progress progress() {
        return progress;
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public Terminal terminal() {
        return terminal;
    }

    @Override
    public LineReader reader() {
        return reader;
    }

    @Override
    public void exit(int code) {
        exit = true;
        exitCode = code;
    }

    /** Runs a walkthrough as {@code /tour N} does; for {@code companion tour N}. */
    void tour(String chapter) {
        command("/tour " + chapter);
    }

    @Override
    public void close() {
        session.close();
    }
}
