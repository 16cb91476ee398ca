package backprop.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.NonBlockingReader;

import backprop.grading.ExerciseCatalog;
import backprop.grading.ExerciseCommands;
import backprop.grading.Progress;
import backprop.jshell.JShellFactory;
import backprop.pictures.Pictures;

/**
 * The companion: a jshell-like REPL that also knows the lecture. Java snippets run in a separate
 * VM; {@code /}-commands read the chapters, step through the walkthroughs and grade exercises.
 */
final class CompanionShell implements AutoCloseable {

    record Command(String name, String args, String help, Handler handler) {}

    interface Handler {
        void run(String args) throws IOException;
    }

    private final Project project;
    private final Terminal terminal;
    private final PrintStream out;
    private final boolean interactive;
    private final Duration snippetLimit;
    private final Session session;
    private final ExerciseCommands exercises;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private LineReader reader;
    private volatile boolean evaluating;
    private volatile boolean interrupted;
    private boolean exit;

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
        this.out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        this.interactive = interactive;
        this.snippetLimit = snippetLimit;
        this.exercises = new ExerciseCommands(project.root(), out, "|  ", progress);
        this.session = new Session(project.classPath(), out, jit);
        define("/help", "[command]", "list the commands, or explain one", this::help);
        define("/chapters", "", "list the chapters", a -> chapters());
        define("/read", "N", "read chapter N (paged; q leaves the pager)", this::read);
        define("/tour", "N", "step through chapter N's walkthrough: Enter runs the next snippet, q leaves", this::tour);
        define("/exercises", "", "list the exercises, how you did and what comes next", a -> exercises.exercises());
        define("/grade", "[id]", "grade an exercise, e.g. /grade 5.1, or all of them", a -> exercises.grade(a));
        define("/watch", "[id]", "grade the current exercise on every save, then the next (q leaves)", this::watch);
        define("/reset-exercise", "id", "restore an exercise's original skeleton (asks first)",
                a -> exercises.reset(a, this::ask));
        define("/hint", "id", "show an exercise's hint", exercises::hint);
        define("/plot", "[name]", "draw a picture: a computation graph, a plot, a decision map (no name: list them)", this::plot);
        define("/vars", "", "list your variables", a -> session.vars().forEach(out::println));
        define("/list", "", "list your snippets", a -> session.list().forEach(out::println));
        define("/reset", "", "start over with a fresh JShell state", a -> {
            session.restart();
            out.println("|  Resetting state.");
        });
        define("/exit", "", "leave the companion (Ctrl-D does too)", a -> exit = true);
    }

    private void define(String name, String args, String help, Handler handler) {
        commands.put(name, new Command(name, args, help, handler));
    }

    static Path homeFolder() {
        return Path.of(System.getProperty("user.home"), ".backprop-companion");
    }

    /** The read-evaluate-print loop; returns when the student leaves. */
    int run() {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("companion")
                .parser(new SnippetParser(session, commands.keySet()))
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
        terminal.handle(Terminal.Signal.INT, signal -> {
            if (evaluating) {
                interrupted = true;
                session.stop();
            }
        });
        out.println("|  인공신경망과 오차역전파법 — the JShell companion. Java snippets run as in jshell;");
        out.println("|  /chapters lists the chapters, /tour 5 walks through one, /help shows every command.");
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
        return 0;
    }

    /** One line (or multi-line snippet) of input: a command or Java. */
    void handle(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (trimmed.startsWith("/") && !trimmed.startsWith("/*") && !trimmed.startsWith("//")) {
            command(trimmed);
        } else {
            evalJava(line);
        }
        out.flush();
    }

    private void command(String line) {
        int space = line.indexOf(' ');
        String name = space < 0 ? line : line.substring(0, space);
        String args = space < 0 ? "" : line.substring(space + 1).strip();
        Command command = commands.get(name.toLowerCase(Locale.ROOT));
        if (command == null) {
            out.println("|  unknown command " + name + suggestion(name) + "; /help lists the commands");
            return;
        }
        try {
            command.handler().run(args);
        } catch (IOException | RuntimeException e) {
            out.println("|  " + name + " failed: " + e.getMessage());
        }
    }

    /** "did you mean /tour?" for a mistyped command. */
    private String suggestion(String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : commands.keySet()) {
            int d = distance(typed.toLowerCase(Locale.ROOT), name);
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        return best != null && bestDistance <= 2 ? " (did you mean " + best + "?)" : "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    void evalJava(String source) {
        interrupted = false;
        evaluating = true;
        try {
            session.eval(source, snippetLimit, out::println);
        } finally {
            evaluating = false;
        }
        if (interrupted) {
            out.println("|  stopped (Ctrl-C); your earlier variables are still here");
        }
    }

    private void help(String args) {
        if (!args.isEmpty()) {
            String name = args.startsWith("/") ? args : "/" + args;
            Command c = commands.get(name);
            if (c == null) {
                out.println("|  no command " + name + suggestion(name));
            } else {
                out.println("|  " + c.name() + (c.args().isEmpty() ? "" : " " + c.args()) + ": " + c.help());
            }
            return;
        }
        out.println("|  Type Java as in jshell: int x = 3;  Weights.slides()  MlpReports.slidesTrace()");
        out.println("|  The chapter packages are imported. Tab completes, ↑ recalls, Ctrl-C stops a snippet.");
        for (Command c : commands.values()) {
            String usage = c.name() + (c.args().isEmpty() ? "" : " " + c.args());
            out.println(String.format(Locale.ROOT, "|  %-14s %s", usage, c.help()));
        }
    }

    private void chapters() throws IOException {
        for (int n : project.chapterNumbers()) {
            Optional<Path> text = project.chapterText(n);
            String title = text.isPresent() ? firstHeading(text.get()) : "(text not written yet)";
            out.println(String.format(Locale.ROOT, "|  %d  %s", n, title));
        }
        out.println("|  /read N reads a chapter, /tour N walks through its code.");
    }

    private static String firstHeading(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ")) {
                return line.substring(2).strip();
            }
        }
        return file.getFileName().toString();
    }

    /** A chapter number from the command's argument, or a message saying what is wrong. */
    private Optional<Integer> chapterArgument(String command, String args) {
        List<Integer> numbers = project.chapterNumbers();
        String available = numbers.stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse("none");
        if (args.isEmpty()) {
            out.println("|  " + command + " needs a chapter number: " + available);
            return Optional.empty();
        }
        int n;
        try {
            n = Integer.parseInt(args.strip());
        } catch (NumberFormatException e) {
            out.println("|  '" + args + "' is not a chapter number; the chapters are " + available);
            return Optional.empty();
        }
        if (!numbers.contains(n)) {
            out.println("|  there is no chapter " + n + "; the chapters are " + available);
            return Optional.empty();
        }
        return Optional.of(n);
    }

    private void read(String args) throws IOException {
        Optional<Integer> n = chapterArgument("/read", args);
        if (n.isEmpty()) {
            return;
        }
        Optional<Path> file = project.chapterText(n.get());
        if (file.isEmpty()) {
            out.println("|  chapter " + n.get() + " has no text yet; /tour " + n.get() + " walks through its code");
            return;
        }
        List<AttributedString> lines = MarkdownRenderer.render(Files.readString(file.get(), StandardCharsets.UTF_8));
        page(lines);
    }

    /** Shows lines a screen at a time on a real terminal; prints them all otherwise. */
    private void page(List<AttributedString> lines) throws IOException {
        int height = terminal.getHeight();
        boolean paged = interactive && height > 2;
        int shown = 0;
        for (AttributedString line : lines) {
            out.println(interactive ? line.toAnsi(terminal) : line.toString());
            shown++;
            if (paged && shown % (height - 1) == 0 && shown < lines.size()) {
                out.print(styled("-- 더 보기 (more): Enter/Space 계속, q 그만 --", AttributedStyle.INVERSE));
                out.flush();
                int key = readKey();
                out.print("\r" + " ".repeat(50) + "\r");
                if (key == 'q' || key == 'Q' || key < 0) {
                    return;
                }
            }
        }
    }

    private int readKey() throws IOException {
        var attributes = terminal.enterRawMode();
        try {
            NonBlockingReader keys = terminal.reader();
            return keys.read();
        } finally {
            terminal.setAttributes(attributes);
        }
    }

    /** Runs a walkthrough snippet by snippet: show it, wait for Enter, run it, show its output. */
    void tour(String args) throws IOException {
        Optional<Integer> n = chapterArgument("/tour", args);
        if (n.isEmpty()) {
            return;
        }
        Optional<Path> script = project.walkthrough(n.get());
        if (script.isEmpty()) {
            out.println("|  chapter " + n.get() + " has no walkthrough");
            return;
        }
        List<String> snippets = session.split(Files.readString(script.get(), StandardCharsets.UTF_8));
        if (interactive) {
            out.println("|  " + snippets.size() + " snippets from " + project.root().relativize(script.get())
                    + ". Enter runs the next one, q leaves; the objects stay for you afterwards.");
        }
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            out.println(styled("── " + (i + 1) + "/" + snippets.size() + " ──", AttributedStyle.DEFAULT.faint()));
            for (String line : snippet.strip().split("\n")) {
                out.println(styled(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)));
            }
            if (interactive) {
                String answer;
                try {
                    answer = reader.readLine("[Enter] 실행 run · q 그만 leave > ");
                } catch (UserInterruptException | EndOfFileException e) {
                    answer = "q";
                }
                if (answer.strip().equalsIgnoreCase("q")) {
                    out.println("|  tour left at snippet " + (i + 1) + "; what ran so far is still defined");
                    return;
                }
            }
            evalJava(snippet);
        }
        out.println("|  end of the walkthrough of chapter " + n.get() + "; its objects are yours to explore (/vars)");
    }

    /** Styled on a real terminal, plain text anywhere else (pipes, files, tests). */
    private String styled(String text, AttributedStyle style) {
        return interactive ? new AttributedString(text, style).toAnsi(terminal) : text;
    }

    private void plot(String args) {
        if (args.isEmpty()) {
            out.print(Pictures.list());
            out.println("|  /plot <name> draws one; in JShell, Pictures.show(\"<name>\") does the same");
            return;
        }
        if (!Pictures.names().contains(args)) {
            String near = Pictures.names().stream().min(java.util.Comparator.comparingInt(n -> distance(args, n))).orElse("");
            out.println("|  no picture '" + args + "'" + (distance(args, near) <= 3 ? " (did you mean " + near + "?)" : "")
                    + "; /plot lists them");
            return;
        }
        out.print(Pictures.get(args));
    }

    /** /watch: keys one at a time; Ctrl-C leaves the loop (the shell's own handler is back afterwards). */
    private void watch(String args) throws IOException {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> stop.set(true));
        var attributes = terminal.enterRawMode();
        try {
            exercises.watch(args, timeout -> terminal.reader().read(timeout), stop::get);
        } finally {
            terminal.setAttributes(attributes);
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    /** A question answered on one line; null when there is no answer (end of input). */
    private String ask(String question) {
        try {
            return reader == null ? null : reader.readLine(question);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    /** Tab completion: command names, their arguments, or Java from JShell's source analysis. */
    private void complete(LineReader lineReader, org.jline.reader.ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        if (buffer.startsWith("/")) {
            int space = buffer.indexOf(' ');
            if (space < 0) {
                commands.keySet().forEach(name -> candidates.add(new Candidate(name)));
            } else {
                String name = buffer.substring(0, space);
                if (name.equals("/read") || name.equals("/tour")) {
                    project.chapterNumbers().forEach(n -> candidates.add(new Candidate(String.valueOf(n))));
                } else if (List.of("/grade", "/hint", "/watch", "/reset-exercise").contains(name)) {
                    ExerciseCatalog.all().forEach(e -> candidates.add(new Candidate(e.id(), e.id(), null, e.title(), null, null, true)));
                } else if (name.equals("/plot")) {
                    Pictures.names().forEach(p -> candidates.add(new Candidate(p)));
                } else if (name.equals("/help")) {
                    commands.keySet().forEach(c -> candidates.add(new Candidate(c)));
                }
            }
            return;
        }
        Session.Completions completions = session.complete(buffer, line.cursor());
        for (String c : completions.candidates()) {
            candidates.add(new Candidate(c, c, null, null, null, null, false));
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
