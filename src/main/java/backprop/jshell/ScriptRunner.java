package backprop.jshell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs a JShell script, snippet by snippet, in a separate JShell VM, and reports what it printed
 * and which snippets failed.
 *
 * <p>A separate VM matters: a snippet's {@code System.exit} ends only that VM, an endless loop
 * can be stopped, and its {@code System.out} is captured. The engine is {@link CompanionExecution},
 * a remote engine without the default one's per-snippet network pause; {@link JShellFactory} builds
 * the state, {@link SnippetSplitter} splits the script as jshell would. The class path is given
 * explicitly, so the snippets see the chapter packages.
 */
public final class ScriptRunner {
    private final List<Path> classPath;
    private final Duration timeLimit;

    public ScriptRunner(List<Path> classPath, Duration timeLimit) {
        this.classPath = List.copyOf(classPath);
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
        }
        this.timeLimit = timeLimit;
    }

    /** Runs {@code source} and returns its output and problems; never throws for bad snippets. */
    public ScriptResult run(String source) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<ScriptResult.Problem> problems = new ArrayList<>();
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicBoolean exited = new AtomicBoolean();
        boolean exitedDuringRun;
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jshell-time-limit");
            t.setDaemon(true);
            return t;
        });
        try (JShell shell = JShellFactory.create(classPath, out, JShellFactory.Jit.QUICK_START)) {
            shell.onShutdown(s -> exited.set(true));
            watchdog.schedule(() -> {
                timedOut.set(true);
                shell.stop();
            }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);

            for (SnippetSplitter.Piece piece : SnippetSplitter.split(shell.sourceCodeAnalysis(), source)) {
                if (timedOut.get() || exited.get()) {
                    break;
                }
                switch (piece.kind()) {
                    case COMMAND -> problems.add(new ScriptResult.Problem(piece.line(), piece.source(),
                            "a jshell command; scripts run here hold Java snippets only"));
                    case INCOMPLETE -> problems.add(new ScriptResult.Problem(piece.line(), piece.source(),
                            "incomplete snippet at the end of the script (a missing ';' or '}'?)"));
                    case SNIPPET -> {
                        try {
                            for (SnippetEvent event : shell.eval(piece.source())) {
                                String message = problemOf(shell, event);
                                if (message != null) {
                                    problems.add(new ScriptResult.Problem(piece.line(), piece.source(), message));
                                }
                            }
                        } catch (IllegalStateException closed) {
                            exited.set(true);
                        }
                    }
                }
            }
            exitedDuringRun = exited.get();
        } finally {
            watchdog.shutdownNow();
        }
        out.flush();
        String output = captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        return new ScriptResult(output, problems, timedOut.get(), exitedDuringRun && !timedOut.get());
    }

    private static String problemOf(JShell shell, SnippetEvent event) {
        if (event.causeSnippet() != null) {
            return null; // an update of an earlier snippet, reported where it was evaluated
        }
        Snippet snippet = event.snippet();
        JShellException exception = event.exception();
        if (exception != null) {
            return describe(exception);
        }
        switch (event.status()) {
            case REJECTED:
                return "rejected: " + shell.diagnostics(snippet)
                        .filter(Diag::isError)
                        .map(d -> d.getMessage(Locale.ROOT).lines().map(String::strip)
                                        .collect(Collectors.joining(", "))
                                + " (column " + (column(snippet.source(), d.getPosition())) + ")")
                        .collect(Collectors.joining("; "));
            case RECOVERABLE_DEFINED:
            case RECOVERABLE_NOT_DEFINED:
                if (snippet instanceof DeclarationSnippet declaration) {
                    return "refers to something undefined: "
                            + shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
                }
                return "refers to something undefined";
            default:
                return null;
        }
    }

    static String describe(JShellException exception) {
        if (exception instanceof EvalException thrown) {
            String message = thrown.getMessage();
            return "threw " + thrown.getExceptionClassName() + (message == null ? "" : ": " + message);
        }
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return "refers to something undefined: " + unresolved.getSnippet().source().lines().findFirst().orElse("");
        }
        return "threw " + exception;
    }

    private static long column(String source, long position) {
        int lineStart = source.lastIndexOf('\n', (int) Math.max(0, position - 1)) + 1;
        return position - lineStart + 1;
    }
}
