package backprop.shell;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import backprop.jshell.CompanionExecution;
import backprop.jshell.JShellFactory;
import backprop.jshell.SnippetSplitter;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * The student's JShell state, its snippets running in a separate VM.
 *
 * <p>All work with the {@link JShell} happens on one thread, because JShell is not thread-safe;
 * only {@link #interrupt} comes from elsewhere (Ctrl-C, the time limit, the output limit). A
 * snippet asked to stop that does not (it catches {@code ThreadDeath} and goes on) has its VM
 * ended after {@link #STOP_GRACE}; so does the shell see a snippet's {@code System.exit}. Either
 * way a fresh state starts, and {@code /reload -restore} runs the earlier snippets again.
 *
 * <p>Snippets are numbered as jshell numbers them: 1, 2, … for the student's, {@code s1}, … for
 * the companion's imports, {@code e1}, … for rejected ones; a value without a name gets
 * {@code $N} after the snippet's number. The state is built in the background, so that the prompt
 * appears before the VM is ready.
 */
final class Session implements AutoCloseable {

    /** jshell's own default imports, and the chapter packages. */
    static final List<String> IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*",
            "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*", "java.util.regex.*",
            "java.util.stream.*",
            "backprop.regression.*", "backprop.perceptron.*", "backprop.activation.*", "backprop.graph.*",
            "backprop.mlp.*", "backprop.digits.*", "backprop.matrix.*", "backprop.draw.*", "backprop.plot.*", "backprop.pictures.*");

    /** A snippet that prints more than this is stopped: endless output must not drown the shell. */
    static final long OUTPUT_LIMIT_BYTES = 2_000_000;

    /** How long a snippet asked to stop may take before its VM is ended. */
    static final Duration STOP_GRACE = Duration.ofMillis(Long.getLong("companion.stopGrace", 1500));

    /**
     * How much longer than {@link #STOP_GRACE} the shell waits, after the stop or the VM's last
     * output, for a VM that should have ended itself before it ends it: the VM may still be
     * sending output the snippet wrote before it stopped.
     */
    private static final Duration KILL_AFTER = Duration.ofSeconds(8);

    /** Why a snippet was asked to stop. */
    enum Stop { CTRL_C, TIME_LIMIT, OUTPUT_LIMIT }

    /** A snippet the student entered, kept to be run again by /reload. */
    record Entry(String source, Snippet snippet) {}

    /** One JShell state and its VM. */
    private static final class State {
        final CompanionExecution engine = new CompanionExecution();
        final Set<String> startupIds = new HashSet<>();
        JShell shell;
        volatile boolean starting = true;
        volatile boolean ended;
        int nextMain = 1;
        int nextStart = 1;
        int nextError = 1;
    }

    private final Console console;
    private final SnippetInput input;
    private final JShellFactory.Jit jit;
    private final List<String> vmOptions;
    private final List<Path> baseClassPath;
    private final List<Path> extraClassPath = new ArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        // javac recurses over the syntax tree: a big stack lets it compile very long expressions.
        Thread t = new Thread(null, r, "jshell-session", 256L << 20);
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService watcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "snippet-stop-watcher");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong printed = new AtomicLong();
    /** When the snippets' VM last sent output (System.nanoTime()): a VM still sending is not hung. */
    private volatile long lastOutput;
    private final AtomicBoolean outputCut = new AtomicBoolean();
    private final PrintStream snippetOut;
    private volatile boolean discardOutput;
    private volatile State state;
    private Future<?> ready;

    // What happens to the evaluation under way; set from other threads.
    private volatile boolean evaluating;
    private volatile Stop stopReason;
    private volatile boolean stopSent;
    private volatile boolean killed;
    private volatile boolean skipped;
    private volatile boolean lastEnded;
    private volatile int generation;
    /** Since when the VM has been running the snippet under way (System.nanoTime()), or 0: the time limit is per snippet. */
    private long runningSince;
    private final AtomicInteger watched = new AtomicInteger();

    /** The current state's snippets as entered, and those of the state before the last restart. */
    private final List<Entry> history = new ArrayList<>();
    private List<Entry> previous = List.of();

    /**
     * @param input     the snippets' standard input
     * @param vmOptions more options for the snippets' VM (the launcher's {@code COMPANION_SNIPPET_OPTS})
     */
    Session(List<Path> classPath, Console console, SnippetInput input, JShellFactory.Jit jit, List<String> vmOptions) {
        this.baseClassPath = List.copyOf(classPath);
        this.console = console;
        this.input = input;
        this.jit = jit;
        this.vmOptions = List.copyOf(vmOptions);
        this.snippetOut = new PrintStream(new LimitedOutput(console), true, StandardCharsets.UTF_8);
        this.ready = thread.submit(() -> {
            state = start();
        });
    }

    private State start() {
        State s = new State();
        List<Path> path = new ArrayList<>(baseClassPath);
        path.addAll(extraClassPath);
        s.shell = JShellFactory.builder(path, snippetOut, jit, vmOptions, s.engine)
                .in(input)
                .idGenerator((snippet, index) -> id(s, snippet))
                .tempVariableNameGenerator(() -> "$" + s.nextMain)
                .build();
        s.shell.onShutdown(closed -> s.ended = true);
        for (String pkg : IMPORTS) {
            for (SnippetEvent e : s.shell.eval("import " + pkg + ";")) {
                s.startupIds.add(e.snippet().id());
            }
        }
        s.starting = false;
        return s;
    }

    /** jshell's numbering: s1… while starting, then 1… for snippets that stand, e1… for rejected ones. */
    private static String id(State s, Snippet snippet) {
        if (s.starting) {
            return "s" + s.nextStart++;
        }
        return s.shell.status(snippet).isActive() ? String.valueOf(s.nextMain++) : "e" + s.nextError++;
    }

    /** The classes snippets see: the project's, and what /env --class-path added. */
    List<Path> classPath() {
        List<Path> path = new ArrayList<>(baseClassPath);
        path.addAll(extraClassPath);
        return path;
    }

    // ---------------------------------------------------------------- evaluating

    /**
     * Evaluates every snippet in {@code source}, printing jshell's feedback for each, then one
     * line on how it ended if it did not end by itself. {@code timeLimit} (null for none) is for
     * the whole source; past it the running snippet is stopped.
     */
    void eval(String source, Duration timeLimit) {
        guarded(() -> evalNow(source), timeLimit);
    }

    /**
     * Runs {@code work} on the session's thread, stoppable by {@link #interrupt}; a snippet in it
     * that runs longer than {@code timeLimit} (null for none) is stopped.
     */
    private void guarded(Runnable work, Duration timeLimit) {
        stopReason = null;
        stopSent = false;
        killed = false;
        skipped = false;
        generation++;
        runningSince = 0;
        input.begin();
        evaluating = true;
        Future<?> future = thread.submit(work);
        try {
            while (true) {
                try {
                    future.get(50, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException running) {
                    // The limit is on running, not on javac: on a busy machine compiling alone can take seconds.
                    State s = state;
                    long now = System.nanoTime();
                    if (s == null || !s.engine.running()) {
                        runningSince = 0;
                    } else if (runningSince == 0) {
                        runningSince = now;
                    }
                    if (timeLimit != null && stopReason == null && runningSince != 0
                            && now - runningSince > timeLimit.toNanos()) {
                        interrupt(Stop.TIME_LIMIT);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            console.freshLine();
            console.println("|  this snippet could not be compiled or run: " + e.getCause());
        } finally {
            evaluating = false;
            input.end();
        }
        afterwards(timeLimit);
    }

    /** Whether the last evaluation was stopped, or its VM ended: what came after it should not run either. */
    boolean lastWasCut() {
        return stopReason != null || killed || lastEnded;
    }

    /**
     * Asks the running snippet to stop; safe from any thread. A snippet still running
     * {@link #STOP_GRACE} later has its VM ended. While JShell is still compiling (javac cannot be
     * interrupted), the stop waits for the snippet to start.
     */
    void interrupt(Stop reason) {
        if (!evaluating) {
            return;
        }
        if (stopReason == null) {
            stopReason = reason;
        }
        int current = generation;
        if (watched.getAndSet(current) != current) {
            watcher.execute(() -> stopUntilEnded(current));
        }
    }

    private void stopUntilEnded(int watchedGeneration) {
        long since = System.nanoTime();
        long stoppedAt = 0;
        boolean told = false;
        try {
            while (evaluating && generation == watchedGeneration) {
                State s = state;
                if (s != null && s.engine.running()) {
                    if (!stopSent) {
                        stopSent = true;
                        stoppedAt = System.nanoTime();
                        s.shell.stop();
                    } else if (System.nanoTime() - Math.max(stoppedAt, lastOutput) > STOP_GRACE.toNanos() + KILL_AFTER.toNanos()) {
                        // The VM ends itself STOP_GRACE after a stop that did not take; one that
                        // has not, long after, no longer answers at all.
                        killed = true;
                        s.engine.kill();
                        return;
                    }
                } else if (!stopSent && !told && stopReason == Stop.CTRL_C
                        && System.nanoTime() - since > TimeUnit.MILLISECONDS.toNanos(300)) {
                    told = true;
                    console.freshLine();
                    console.println("|  javac is still compiling this snippet; it is stopped as soon as it starts to run");
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException | IllegalStateException e) {
            // the shell is closing, or the state went away: nothing left to stop
        }
    }

    private void evalNow(String source) {
        List<SnippetSplitter.Piece> pieces = SnippetSplitter.split(awaitState().shell.sourceCodeAnalysis(), source);
        for (SnippetSplitter.Piece piece : pieces) {
            // the state is a fresh one after a snippet that JShell could not forget (see recoverFrom)
            State s = state;
            if (s.ended) {
                return;
            }
            if (stopReason != null) {
                skipped = true;
                return;
            }
            switch (piece.kind()) {
                case INCOMPLETE -> {
                    console.println("|  Error: incomplete snippet (a missing ';', ')' or '}'?):");
                    console.println("|  " + shorten(piece.text()).replace("\n", "\n|  "));
                    return;
                }
                case COMMAND -> console.println("|  Error: " + piece.source()
                        + " is a command: type it at the prompt, on a line of its own");
                case SNIPPET -> evalSnippet(s, piece.source(), true);
            }
        }
    }

    /**
     * Evaluates one snippet; with {@code show}, prints jshell's feedback. Returns whether JShell
     * kept it (it is in the history for /reload).
     */
    private boolean evalSnippet(State s, String snippet, boolean show) {
        printed.set(0);
        outputCut.set(false);
        List<SnippetEvent> events;
        try {
            events = s.shell.eval(snippet);
        } catch (IllegalStateException closed) {
            s.ended = true;
            return false;
        } catch (StackOverflowError tooDeep) {
            console.freshLine();
            console.println("|  Error: this snippet is nested too deeply for the compiler; split it up");
            return false;
        }
        snippetOut.flush();
        if (show) {
            console.freshLine();
        }
        if (outputCut.get() && show) {
            console.println("|  output stopped after " + OUTPUT_LIMIT_BYTES / 1_000_000
                    + " MB, and the snippet with it: endless output?");
        }
        if (s.ended) {
            return false; // the VM ended under it: whatever JShell says of it is moot
        }
        boolean stopped = stopSent || outputCut.get();
        boolean kept = false;
        Snippet poison = null;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            if (Feedback.poisons(s.shell, event)) {
                poison = event.snippet();
                if (show) {
                    Feedback.errors(s.shell, event.snippet()).forEach(console::println);
                }
                continue;
            }
            if (stopped) {
                // A stopped expression has no value; JShell would show its $N as null.
                if (event.snippet() instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                    s.shell.drop(v);
                }
                continue;
            }
            if (show) {
                Feedback.describe(s.shell, event, s.engine::text).forEach(console::println);
            }
            if (event.status() != Snippet.Status.REJECTED && event.exception() == null) {
                kept = true;
                history.add(new Entry(snippet, event.snippet()));
            } else if (event.status() != Snippet.Status.REJECTED && event.snippet() instanceof DeclarationSnippet) {
                // a declaration whose initialiser threw stands all the same (int x = 1 / 0; leaves x)
                kept = true;
                history.add(new Entry(snippet, event.snippet()));
            }
        }
        if (poison != null) {
            recoverFrom(s);
        }
        return kept;
    }

    /**
     * JShell keeps a snippet javac cannot compile in its state, and then fails every later one:
     * build a fresh state and run the history again without it.
     */
    private void recoverFrom(State poisoned) {
        List<Entry> entries = List.copyOf(history);
        history.clear();
        replace(poisoned);
        int restored = replayNow(entries, true);
        console.println("|  JShell cannot compile this snippet and cannot forget it either, so the companion started a");
        console.println("|  fresh state without it" + (entries.isEmpty() ? "." : " and ran your " + restored
                + " earlier snippet" + (restored == 1 ? "" : "s") + " again (their output is not shown)."));
    }

    /** The one line on how an evaluation ended, when it did not end by itself; a fresh state if the VM is gone. */
    private void afterwards(Duration timeLimit) {
        State s = state;
        console.freshLine();
        lastEnded = s != null && s.ended;
        if (lastEnded) {
            String why;
            if (killed || s.engine.endedIgnoringStop()) {
                // Short enough for an 80-column line with what follows (the README gives the 1.5 s).
                why = "the snippet ignored the stop, so its VM was ended";
            } else {
                OptionalInt code = s.engine.exitCode();
                why = "the snippets' VM ended (System.exit?" + (code.isPresent() ? ", exit code " + code.getAsInt() : "") + ")";
            }
            // Said before the fresh VM starts, which can take seconds on a busy machine.
            console.println("|  " + why + ": your variables are gone.");
            console.flush();
            restartNow();
            console.println("|  A fresh VM has started" + (previous.isEmpty() ? "." : "; /reload -restore runs your "
                    + previous.size() + " earlier snippet" + (previous.size() == 1 ? "" : "s") + " again."));
        } else if (stopReason != null && (stopSent || stopReason == Stop.OUTPUT_LIMIT)) {
            String how = switch (stopReason) {
                case CTRL_C -> "stopped (Ctrl-C)";
                case TIME_LIMIT -> "stopped after " + timeLimit.toSeconds() + " s (the time limit for piped input)";
                case OUTPUT_LIMIT -> "stopped";
            };
            if (stopReason != Stop.OUTPUT_LIMIT && !outputCut.get()) {
                console.println("|  " + how + "; your variables are still here");
            }
        } else if (stopReason != null && skipped) {
            console.println("|  stopped (" + (stopReason == Stop.CTRL_C ? "Ctrl-C" : "time limit")
                    + ") before the rest of the input ran; your variables are still here");
        }
        if (input.attemptedWithoutInput()) {
            console.println("|  System.in is empty here: with piped input the shell's input is the script itself (at a terminal, snippets read the keyboard)");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + " …";
    }

    // ---------------------------------------------------------------- restarting and replaying

    /** Throws the state away and builds a new one: /reset. The history becomes /reload -restore's. */
    void restart() {
        onThread(() -> {
            restartNow();
            return null;
        });
    }

    private void restartNow() {
        // A state that died before anything was entered keeps the restore of the one before it.
        if (!history.isEmpty()) {
            previous = List.copyOf(history);
        }
        history.clear();
        replace(state);
    }

    private void replace(State old) {
        state = null;
        if (old != null) {
            try {
                old.shell.close();
            } catch (RuntimeException alreadyClosed) {
                // the VM is gone already
            }
        }
        state = start();
    }

    /**
     * /reload: a fresh state, and the snippets run again: this state's, or with {@code restore} the
     * state's before the last restart and then this one's. With {@code quiet} only a count is shown.
     */
    void reload(boolean restore, boolean quiet, Duration timeLimit) {
        guarded(() -> {
            List<Entry> entries = new ArrayList<>(restore ? previous : List.of());
            entries.addAll(history);
            if (restore && previous.isEmpty()) {
                console.println("|  nothing to restore: no earlier state since the companion started");
                return;
            }
            history.clear();
            previous = List.of();
            replace(state);
            console.println("|  Restarting and " + (restore ? "restoring from the previous state." : "restoring state."));
            int restored = replayNow(entries, quiet);
            console.println("|  ran " + restored + " of " + entries.size() + " snippet" + (entries.size() == 1 ? "" : "s")
                    + " again" + (quiet ? " (their output is not shown)" : ""));
        }, timeLimit);
    }

    /** /env --class-path: a fresh state that also sees {@code entries}, with the snippets run again. */
    void addClassPath(List<Path> entries, Duration timeLimit) {
        guarded(() -> {
            List<Entry> entries0 = List.copyOf(history);
            history.clear();
            extraClassPath.addAll(entries);
            replace(state);
            console.println("|  Setting new options and restoring state.");
            int restored = replayNow(entries0, true);
            if (!entries0.isEmpty()) {
                console.println("|  ran " + restored + " of " + entries0.size() + " snippets again (their output is not shown)");
            }
        }, timeLimit);
    }

    /** Runs {@code entries} in the current state; returns how many JShell kept. */
    private int replayNow(List<Entry> entries, boolean quiet) {
        int kept = 0;
        State s = state;
        discardOutput = quiet;
        try {
            for (Entry entry : entries) {
                if (s.ended || stopReason != null) {
                    break;
                }
                if (!quiet) {
                    console.println("-: " + entry.source().strip().replace("\n", "\n   "));
                }
                if (evalSnippet(s, entry.source(), !quiet)) {
                    kept++;
                }
            }
        } finally {
            discardOutput = false;
        }
        return kept;
    }

    /** /drop: forgets a snippet, as if never entered. */
    List<String> drop(String which) {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            List<Snippet> found = find(shell, which);
            if (found.isEmpty()) {
                return List.of("|  no such snippet: " + which + " (/list shows the numbers, /vars /methods /types the names)");
            }
            List<String> lines = new ArrayList<>();
            for (Snippet snippet : found) {
                shell.drop(snippet);
                history.removeIf(e -> e.snippet() == snippet);
                lines.add("|  dropped " + Feedback.kind(snippet));
            }
            return lines;
        });
    }

    /** Snippets by number ({@code 3}, {@code s2}) or by the name they declare. */
    private List<Snippet> find(JShell shell, String which) {
        return shell.snippets()
                .filter(s -> shell.status(s).isActive())
                .filter(s -> s.id().equals(which)
                        || (s instanceof DeclarationSnippet d && !(s instanceof ImportSnippet) && d.name().equals(which)))
                .toList();
    }

    /** The source of snippet {@code id} (any state, active or not), for /N and /!. */
    Optional<String> source(String id) {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            return shell.snippets().filter(s -> s.id().equals(id)).map(Snippet::source).findFirst();
        });
    }

    /** The snippets called {@code which} (a number or a declared name), for /edit. */
    List<String> sourcesOf(String which) {
        return onThread(() -> find(awaitState().shell, which).stream().map(Snippet::source).toList());
    }

    /** The {@code n}-th last snippet the student entered (1: the last), for /-N. */
    Optional<String> fromLast(int n) {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            State s = state;
            List<Snippet> mine = shell.snippets().filter(sn -> !s.startupIds.contains(sn.id())).toList();
            return n < 1 || n > mine.size() ? Optional.empty() : Optional.of(mine.get(mine.size() - n).source());
        });
    }

    /** The last snippet the student entered, for /!. */
    Optional<String> lastSource() {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            State s = state;
            List<Snippet> mine = shell.snippets().filter(sn -> !s.startupIds.contains(sn.id())).toList();
            return mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1).source());
        });
    }

    // ---------------------------------------------------------------- listing

    /** The student's variables, as /vars lists them. */
    List<String> vars() {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            List<String> lines = new ArrayList<>();
            shell.variables().filter(v -> shell.status(v).isActive()).forEach(v ->
                    lines.add("|    " + v.typeName() + " " + v.name() + " = " + Feedback.varValue(shell, v)));
            return lines;
        });
    }

    /** The student's methods, as /methods lists them. */
    List<String> methods() {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            List<String> lines = new ArrayList<>();
            shell.methods().filter(m -> shell.status(m).isActive()).forEach(m -> lines.add("|    "
                    + returnType(m) + " " + m.name() + "(" + m.parameterTypes() + ")" + waiting(shell, m)));
            return lines;
        });
    }

    private static String returnType(MethodSnippet m) {
        String signature = m.signature();
        int close = signature.lastIndexOf(')');
        return close >= 0 ? signature.substring(close + 1) : signature;
    }

    /** The student's classes, interfaces, enums and records, as /types lists them. */
    List<String> types() {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            List<String> lines = new ArrayList<>();
            shell.types().filter(t -> shell.status(t).isActive()).forEach(t ->
                    lines.add("|    " + Feedback.kind(t) + waiting(shell, t)));
            return lines;
        });
    }

    private static String waiting(JShell shell, DeclarationSnippet d) {
        String unresolved = Feedback.unresolved(shell, d);
        return unresolved.isEmpty() ? "" : "\n|       which cannot be used until " + unresolved + " is declared";
    }

    /** The imports in force, the companion's included, as /imports lists them. */
    List<String> imports() {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            return shell.imports().filter(i -> shell.status(i).isActive())
                    .map(i -> "|    import " + (i.isStatic() ? "static " : "") + i.fullname()).toList();
        });
    }

    /** The student's snippets, as /list shows them (not the companion's own imports); {@code all}: those too, and the rejected. */
    List<String> list(boolean all) {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            State s = state;
            List<String> lines = new ArrayList<>();
            shell.snippets().filter(sn -> all || (shell.status(sn).isActive() && !s.startupIds.contains(sn.id())))
                    .forEach(sn -> lines.add(String.format(Locale.ROOT, "%4s : %s", sn.id(),
                            sn.source().strip().replace("\n", "\n       "))));
            return lines;
        });
    }

    /** The active snippets' sources in order, for /save and /edit. */
    List<String> sources(boolean withStartup) {
        return onThread(() -> {
            JShell shell = awaitState().shell;
            State s = state;
            return shell.snippets().filter(sn -> shell.status(sn).isActive()
                    && (withStartup || !s.startupIds.contains(sn.id()))).map(Snippet::source).toList();
        });
    }

    // ---------------------------------------------------------------- analysis

    /** Java completion from JShell's source analysis: candidates and where they start. */
    Completions complete(String buffer, int cursor) {
        return onThread(() -> {
            int[] anchor = new int[1];
            List<SourceCodeAnalysis.Suggestion> suggestions = awaitState().shell.sourceCodeAnalysis()
                    .completionSuggestions(buffer, cursor, anchor);
            return new Completions(anchor[0],
                    suggestions.stream().map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList(),
                    suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                            .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList());
        });
    }

    /**
     * @param matching the candidates whose type fits where the cursor is (jshell's "smart"
     *                 completions: after {@code f(}, the variables that could be its argument)
     */
    record Completions(int anchor, List<String> candidates, List<String> matching) {}

    /** The signatures (and with {@code javadoc}, their documentation) of what the cursor is in: {@code f(|}. */
    List<SourceCodeAnalysis.Documentation> documentation(String buffer, int cursor, boolean javadoc) {
        return onThread(() -> awaitState().shell.sourceCodeAnalysis().documentation(buffer, cursor, javadoc));
    }

    /** Whether {@code source} is a whole snippet yet, for the multi-line prompt. */
    SourceCodeAnalysis.Completeness completeness(String source) {
        return onThread(() -> awaitState().shell.sourceCodeAnalysis().analyzeCompletion(source).completeness());
    }

    /**
     * The snippets of a script, in order, each with the comments just above it. Whatever cannot
     * be completed at the end is returned as the last one, so that running it reports the error.
     */
    List<SnippetSplitter.Piece> split(String source) {
        return onThread(() -> SnippetSplitter.split(awaitState().shell.sourceCodeAnalysis(), source));
    }

    private State awaitState() {
        await(ready);
        return state;
    }

    private <T> T onThread(Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the JShell state could not be started: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        State current = state;
        if (current != null) {
            try {
                current.shell.close();
            } catch (RuntimeException ignored) {
                // closing a state whose VM has gone
            }
        }
        thread.shutdownNow();
        watcher.shutdownNow();
    }

    /** Counts what snippets print; past the limit it stops the snippet and drops the rest. */
    private final class LimitedOutput extends FilterOutputStream {
        LimitedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            lastOutput = System.nanoTime();
            if (outputCut.get() || discardOutput) {
                return;
            }
            if (printed.addAndGet(len) > OUTPUT_LIMIT_BYTES) {
                outputCut.set(true);
                interrupt(Stop.OUTPUT_LIMIT);
                return;
            }
            out.write(b, off, len);
        }
    }
}
