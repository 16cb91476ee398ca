package backprop.sandbox;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import backprop.jshell.JShellFactory;
import backprop.jshell.SnippetSplitter;
import backprop.sandbox.RunResult.Ending;
import backprop.sandbox.RunResult.Problem;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs untrusted JShell scripts: the grader's one way of running a student's code, for a student's
 * self-check, the shell's {@code /grade} and an instructor's class alike.
 *
 * <p>Each script gets a VM of its own ({@link SandboxVm}) in a fresh working folder of the
 * {@link Scratch}, with the chapter classes and nothing else of the project. The script is read as
 * jshell reads it ({@link SnippetSplitter.Reader}); JShell compiles each snippet here, every class
 * is checked against the run's {@link Policy} before it is sent, and the VM runs it. The time limit
 * counts from the moment the VM is up: at the limit the running snippet is asked to stop, and after
 * the grace the VM is ended with every process it started, whatever the script catches. Output past
 * the limit ends the VM at once.
 *
 * <p>Compiling happens in the grader's VM, as JShell does it (without annotation processing). A
 * snippet that keeps javac itself busy past the limit and the grace is given up on: the run ends
 * with {@link Ending#TIME_LIMIT} and the grader goes on, but the compiling thread keeps a core busy
 * until the grader's VM ends.
 */
public final class ScriptSandbox {
    private final Scratch scratch;
    private final Limits limits;

    public ScriptSandbox(Scratch scratch, Limits limits) {
        this.scratch = scratch;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Runs {@code source} and returns what it printed and how it went; a script cannot make this
     * throw. Throws {@link IllegalStateException} only when the script's VM cannot be started at all
     * (a grader failure, not the student's).
     */
    public RunResult run(String source, List<Policy.Shortcut> shortcuts) {
        Path work = scratch.newRun();
        Policy policy = Policy.forRun(scratch::hasClass, shortcuts, scratch::isSubtype);
        List<Policy.Refusal> refusals = new CopyOnWriteArrayList<>();
        AtomicReference<Ending> stopped = new AtomicReference<>();
        SandboxVm vm = new SandboxVm(scratch, work, limits, policy, refusals::addAll);
        CappedOutput captured = new CappedOutput(limits.outputBytes(), () -> {
            stopped.compareAndSet(null, Ending.OUTPUT_LIMIT);
            vm.kill();
        });
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Evaluation evaluation = new Evaluation(refusals);
        JShell shell;
        try {
            shell = JShellFactory.create(List.of(scratch.classes()), out, JShellFactory.Jit.QUICK_START, vm);
        } catch (IllegalStateException e) {
            vm.kill();
            throw new IllegalStateException("cannot start a VM for the script: " + e.getMessage()
                    + (vm.vmErrors().isBlank() ? "" : " (" + vm.vmErrors().strip() + ")"), e);
        }
        try {
            shell.onShutdown(s -> evaluation.vmEnded.set(true));
            Thread worker = new Thread(() -> evaluation.evaluate(shell, source), "graded-script");
            worker.setDaemon(true);
            worker.start();
            join(worker, limits.time().toMillis());
            if (worker.isAlive()) {
                stopped.compareAndSet(null, Ending.TIME_LIMIT);
                try {
                    shell.stop();
                } catch (RuntimeException alreadyGone) {
                    // the VM ended meanwhile
                }
                join(worker, limits.grace().toMillis());
            }
            if (worker.isAlive()) {
                vm.kill();
                join(worker, 2_000); // the VM is gone, so JShell returns; unless javac itself is stuck
            }
            boolean exited = evaluation.vmEnded.get();
            Process process = vm.process();
            int exitStatus = 0;
            if (exited && process != null && stopped.get() == null) {
                join(process);
                exitStatus = process.isAlive() ? 0 : process.exitValue();
            }
            Ending ending = stopped.get() != null ? stopped.get() : exited ? Ending.EXITED : Ending.COMPLETED;
            out.flush();
            return new RunResult(captured.text().replace("\r\n", "\n"), evaluation.problems, evaluation.notes, ending,
                    exitStatus, vm.vmErrors());
        } finally {
            vm.kill();
            try {
                shell.close();
            } catch (RuntimeException closing) {
                // a state given up on while compiling; its VM is gone already
            }
        }
    }

    private static void join(Thread thread, long millis) {
        try {
            thread.join(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Process process) {
        try {
            process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One script's evaluation, on a thread of its own so that the grader can walk away from it. */
    private static final class Evaluation {
        final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        final List<String> notes = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean vmEnded = new AtomicBoolean();
        private final List<Policy.Refusal> refusals;
        /** JShell's snippet ids ({@code 5}) and the script lines they start on, for exceptions' frames. */
        private final Map<String, Integer> lineOfSnippet = new HashMap<>();
        /** The last snippet failed as jshell counts failing: rejected, or it threw. */
        private boolean failedLast;

        Evaluation(List<Policy.Refusal> refusals) {
            this.refusals = refusals;
        }

        void evaluate(JShell shell, String source) {
            SnippetSplitter.Reader reader = SnippetSplitter.reader(shell.sourceCodeAnalysis(), source);
            for (SnippetSplitter.Piece piece = reader.next(); piece != null && !vmEnded.get(); piece = reader.next()) {
                switch (piece.kind()) {
                    case COMMAND -> {
                        if (isExit(piece.source())) {
                            return; // jshell stops reading the script here
                        }
                        problems.add(new Problem(piece.line(), piece.source(),
                                "a jshell command: a graded script holds Java snippets only (and may end with /exit)",
                                false));
                    }
                    case INCOMPLETE -> problems.add(new Problem(piece.line(), piece.source(),
                            "incomplete snippet at the end of the script (a missing ';', ')' or '}'?)", false));
                    case SNIPPET -> {
                        if (!evaluate(shell, piece)) {
                            return;
                        }
                        if (failedLast) {
                            String dropped = reader.dropRest();
                            if (!dropped.isBlank()) {
                                notes.add("line " + piece.line() + ": not run, as in jshell, after the snippet before it "
                                        + "on the same line failed: " + dropped.strip());
                            }
                        }
                    }
                }
            }
        }

        /** Evaluates one snippet; false when the state is gone (the VM ended or was ended). */
        private boolean evaluate(JShell shell, SnippetSplitter.Piece piece) {
            failedLast = false;
            refusals.clear();
            List<SnippetEvent> events;
            try {
                events = shell.eval(piece.source());
            } catch (IllegalStateException closed) {
                return false;
            } catch (RuntimeException | StackOverflowError javacFailed) {
                problems.add(new Problem(piece.line(), piece.source(), "JShell could not compile this snippet ("
                        + javacFailed.getClass().getSimpleName() + ")", false));
                failedLast = true;
                return true;
            }
            if (!refusals.isEmpty()) {
                // The refused classes never reached the VM; what JShell says about running them is beside the point.
                for (Policy.Refusal refusal : List.copyOf(refusals)) {
                    problems.add(new Problem(piece.line(), piece.source(), refusal.member() + ": " + refusal.reason(), true));
                }
                failedLast = true;
                return !vmEnded.get();
            }
            for (SnippetEvent event : events) {
                if (event.causeSnippet() != null) {
                    continue; // an update of an earlier snippet, reported where it was evaluated
                }
                if (event.snippet() != null) {
                    lineOfSnippet.put(event.snippet().id(), piece.line());
                }
                String message = problemOf(shell, event, piece);
                if (message != null) {
                    problems.add(new Problem(piece.line(), piece.source(), message, false));
                }
            }
            return !vmEnded.get();
        }

        private String problemOf(JShell shell, SnippetEvent event, SnippetSplitter.Piece piece) {
            Snippet snippet = event.snippet();
            JShellException exception = event.exception();
            if (exception instanceof EvalException thrown) {
                failedLast = true;
                return "threw " + thrown.getExceptionClassName()
                        + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()) + where(thrown);
            }
            if (exception instanceof UnresolvedReferenceException unresolved) {
                return "calls " + unresolved.getSnippet().source().lines().findFirst().orElse("").strip()
                        + ", which is not declared yet";
            }
            if (exception != null) {
                failedLast = true;
                return "threw " + exception;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                failedLast = true;
                return "rejected: " + shell.diagnostics(snippet)
                        .filter(Diag::isError)
                        .map(d -> d.getMessage(Locale.ROOT).lines().map(String::strip).collect(Collectors.joining(", "))
                                + position(piece, snippet.source(), d.getPosition()))
                        .collect(Collectors.joining("; "));
            }
            // RECOVERABLE_DEFINED and _NOT_DEFINED: a method that calls one declared further down, as
            // jshell allows; a call before that declaration is reported when it happens.
            return null;
        }

        /** " (at line 12)": the first frame of the script's own code, as a line of the script. */
        private String where(EvalException thrown) {
            for (StackTraceElement frame : thrown.getStackTrace()) {
                String file = frame.getFileName();
                if (file != null && file.startsWith("#") && lineOfSnippet.containsKey(file.substring(1))
                        && frame.getLineNumber() > 0) {
                    return " (at line " + (lineOfSnippet.get(file.substring(1)) + frame.getLineNumber() - 1) + ")";
                }
            }
            return "";
        }

        private static String position(SnippetSplitter.Piece piece, String source, long position) {
            if (position < 0 || position > source.length()) {
                return "";
            }
            int at = (int) position;
            int lineStart = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            long lines = source.substring(0, at).chars().filter(c -> c == '\n').count();
            return " (line " + (piece.line() + lines) + ", column " + (at - lineStart + 1) + ")";
        }

        /** {@code /exit}, {@code /exit 0}, and its abbreviations {@code /ex}, {@code /exi}. */
        private static boolean isExit(String command) {
            String name = command.split("\\s+", 2)[0];
            return name.length() >= 3 && "/exit".startsWith(name);
        }
    }
}
