package backprop.jshell;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs a JShell script, snippet by snippet, in a separate JShell VM (the default remote execution
 * engine), and reports what it printed and which snippets failed.
 *
 * <p>A separate VM matters: a snippet's {@code System.exit} ends only that VM, an endless loop
 * can be stopped, and its {@code System.out} is captured. The engine is {@link CompanionExecution},
 * a remote engine without the default one's per-snippet network pause. The class path is given
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
        try (JShell shell = JShell.builder()
                .executionEngine(new CompanionExecution(), Map.of())
                .in(InputStream.nullInputStream())
                .out(out)
                .err(out)
                // The snippets print Korean: encode it as UTF-8 whatever the platform's locale is.
                .remoteVMOptions("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                        "-Dsun.stderr.encoding=UTF-8", "-Duser.language=en",
                        // Scripts here are short (walkthroughs, exercises): a VM that starts
                        // quickly matters more than one that optimises long loops.
                        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .build()) {
            shell.onShutdown(s -> exited.set(true));
            for (Path entry : classPath) {
                shell.addToClasspath(entry.toAbsolutePath().toString());
            }
            watchdog.schedule(() -> {
                timedOut.set(true);
                shell.stop();
            }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);

            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = source.replace("\r\n", "\n");
            int line = 1;
            while (!timedOut.get() && !exited.get()) {
                // Blank lines and // comments between snippets: skip them, counting lines.
                String trimmed = skipBlankAndLineComments(remaining);
                line += count(remaining.substring(0, remaining.length() - trimmed.length()), '\n');
                remaining = trimmed;
                if (remaining.isEmpty()) {
                    break;
                }
                if (remaining.startsWith("/") && !remaining.startsWith("/*")) {
                    // A jshell command such as /exit: the jdk.jshell API runs Java only.
                    int end = remaining.indexOf('\n');
                    String command = end < 0 ? remaining : remaining.substring(0, end);
                    problems.add(new ScriptResult.Problem(line, command,
                            "a jshell command; scripts run here hold Java snippets only"));
                    remaining = end < 0 ? "" : remaining.substring(end);
                    continue;
                }
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (!info.completeness().isComplete()) {
                    if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
                        problems.add(new ScriptResult.Problem(line, remaining,
                                "incomplete snippet at the end of the script (a missing ';' or '}'?)"));
                    }
                    break;
                }
                String snippet = info.source();
                int snippetLine = line;
                line += count(remaining.substring(0, remaining.length() - info.remaining().length()), '\n');
                remaining = info.remaining();
                try {
                    for (SnippetEvent event : shell.eval(snippet)) {
                        String message = problemOf(shell, event);
                        if (message != null) {
                            problems.add(new ScriptResult.Problem(snippetLine, snippet, message));
                        }
                    }
                } catch (IllegalStateException closed) {
                    exited.set(true);
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

    /** {@code text} without its leading whitespace and whole-line {@code //} comments. */
    static String skipBlankAndLineComments(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else {
                break;
            }
        }
        return text.substring(i);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
