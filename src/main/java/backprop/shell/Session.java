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
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import backprop.jshell.JShellFactory;
import backprop.jshell.SnippetSplitter;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * One JShell state that runs the student's snippets in a separate VM.
 *
 * <p>All work with the {@link JShell} happens on one thread, because JShell is not thread-safe;
 * only {@link #stop()} comes from elsewhere (Ctrl-C, the time limit, the output limit). The state
 * is built in the background, so that the prompt appears before the VM is ready.
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

    private final List<Path> classPath;
    private final JShellFactory.Jit jit;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        // javac recurses over the syntax tree: a big stack lets it compile very long expressions.
        Thread t = new Thread(null, r, "jshell-session", 256L << 20);
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong printed = new AtomicLong();
    private final AtomicBoolean outputCut = new AtomicBoolean();
    private final AtomicBoolean vmEnded = new AtomicBoolean();
    private final Set<String> startupIds = new HashSet<>();
    private final PrintStream snippetOut;
    private volatile JShell shell;
    private Future<?> ready;

    Session(List<Path> classPath, PrintStream console, JShellFactory.Jit jit) {
        this.classPath = List.copyOf(classPath);
        this.jit = jit;
        this.snippetOut = new PrintStream(new LimitedOutput(console), true, StandardCharsets.UTF_8);
        this.ready = thread.submit(this::start);
    }

    private void start() {
        vmEnded.set(false);
        JShell created = JShellFactory.create(classPath, snippetOut, jit);
        created.onShutdown(s -> vmEnded.set(true));
        startupIds.clear();
        for (String pkg : IMPORTS) {
            for (SnippetEvent e : created.eval("import " + pkg + ";")) {
                startupIds.add(e.snippet().id());
            }
        }
        shell = created;
    }

    /** Blocks until the state is built; for the few callers that need the JShell itself. */
    JShell shell() {
        await(ready);
        return shell;
    }

    /**
     * Evaluates every snippet in {@code source}, printing jshell's feedback for each. With a time
     * limit, a snippet still running after it is stopped. Returns false if the VM ended.
     */
    boolean eval(String source, Duration timeLimit, Consumer<String> feedback) {
        Future<?> work = thread.submit(() -> evalNow(source, feedback));
        try {
            if (timeLimit == null) {
                work.get();
            } else {
                try {
                    work.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    stop();
                    feedback.accept("|  stopped after " + timeLimit.toSeconds() + " s (the time limit for piped input)");
                    work.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            feedback.accept("|  this snippet could not be compiled or run: " + e.getCause());
        }
        return afterEval(feedback);
    }

    private void evalNow(String source, Consumer<String> feedback) {
        await(ready);
        for (SnippetSplitter.Piece piece : SnippetSplitter.split(shell.sourceCodeAnalysis(), source)) {
            if (vmEnded.get()) {
                return;
            }
            switch (piece.kind()) {
                case INCOMPLETE -> {
                    feedback.accept("|  Error: incomplete snippet (a missing ';', ')' or '}'?):");
                    feedback.accept("|  " + piece.text().replace("\n", "\n|  "));
                    return;
                }
                case COMMAND -> {
                    feedback.accept("|  Error: " + piece.source() + " is a command: type it at the prompt, on a line of its own");
                    continue;
                }
                case SNIPPET -> {
                    if (!evalSnippet(piece.source(), feedback)) {
                        return;
                    }
                }
            }
        }
    }

    /** Evaluates one snippet and prints jshell's feedback; false when the rest must not run. */
    private boolean evalSnippet(String snippet, Consumer<String> feedback) {
        printed.set(0);
        outputCut.set(false);
        List<SnippetEvent> events;
        try {
            events = shell.eval(snippet);
        } catch (IllegalStateException closed) {
            vmEnded.set(true);
            return false;
        } catch (StackOverflowError tooDeep) {
            feedback.accept("|  Error: this snippet is nested too deeply for the compiler; split it up");
            return false;
        }
        snippetOut.flush();
        if (outputCut.get()) {
            feedback.accept("|  output stopped after " + OUTPUT_LIMIT_BYTES / 1_000_000
                    + " MB, and the snippet with it: endless output?");
        }
        for (SnippetEvent event : events) {
            for (String line : Feedback.describe(shell, event)) {
                feedback.accept(line);
            }
        }
        return true;
    }

    /** After System.exit in a snippet: say so, and start a fresh state. */
    private boolean afterEval(Consumer<String> feedback) {
        if (!vmEnded.get()) {
            return true;
        }
        feedback.accept("|  The snippets' VM ended (System.exit?). Starting a fresh one: earlier variables are gone.");
        restart();
        return false;
    }

    /** Stops the running snippet, if any. Safe from any thread. */
    void stop() {
        JShell current = shell;
        if (current != null) {
            current.stop();
        }
    }

    /** Throws the state away and builds a new one: /reset, or after the VM ended. */
    void restart() {
        Future<?> old = ready;
        ready = thread.submit(() -> {
            await(old);
            JShell current = shell;
            shell = null;
            if (current != null) {
                try {
                    current.close();
                } catch (RuntimeException alreadyClosed) {
                    // the VM is gone already
                }
            }
            start();
        });
        await(ready);
    }

    /** The student's variables, as /vars lists them. */
    List<String> vars() {
        return onThread(() -> {
            List<String> lines = new ArrayList<>();
            shell.variables().filter(v -> shell.status(v).isActive()).forEach(v ->
                    lines.add("|    " + v.typeName() + " " + v.name() + " = " + shell.varValue(v)));
            return lines;
        });
    }

    /** The student's snippets, as /list shows them (not the companion's own imports). */
    List<String> list() {
        return onThread(() -> {
            List<String> lines = new ArrayList<>();
            shell.snippets().filter(s -> shell.status(s).isActive() && !startupIds.contains(s.id()))
                    .forEach(s -> lines.add(String.format(java.util.Locale.ROOT, "%4s : %s", s.id(),
                            s.source().strip().replace("\n", "\n       "))));
            return lines;
        });
    }

    /** Java completion from JShell's source analysis: candidates and where they start. */
    Completions complete(String buffer, int cursor) {
        return onThread(() -> {
            int[] anchor = new int[1];
            List<String> candidates = shell.sourceCodeAnalysis().completionSuggestions(buffer, cursor, anchor)
                    .stream().map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
            return new Completions(anchor[0], candidates);
        });
    }

    record Completions(int anchor, List<String> candidates) {}

    /** Whether {@code source} is a whole snippet yet, for the multi-line prompt. */
    SourceCodeAnalysis.Completeness completeness(String source) {
        return onThread(() -> shell.sourceCodeAnalysis().analyzeCompletion(source).completeness());
    }

    /**
     * The snippets of a script, in order, each with the comments just above it. Whatever cannot
     * be completed at the end is returned as the last one, so that running it reports the error.
     */
    List<String> split(String source) {
        return onThread(() -> SnippetSplitter.split(shell.sourceCodeAnalysis(), source).stream()
                .map(SnippetSplitter.Piece::text).toList());
    }

    private <T> T onThread(java.util.concurrent.Callable<T> work) {
        try {
            return thread.submit(() -> {
                await(ready);
                return work.call();
            }).get();
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
        JShell current = shell;
        if (current != null) {
            try {
                current.close();
            } catch (RuntimeException ignored) {
                // closing a state whose VM has gone
            }
        }
        thread.shutdownNow();
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
            if (outputCut.get()) {
                return;
            }
            if (printed.addAndGet(len) > OUTPUT_LIMIT_BYTES) {
                outputCut.set(true);
                stop();
                return;
            }
            out.write(b, off, len);
        }
    }
}
