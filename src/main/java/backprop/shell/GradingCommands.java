package backprop.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import backprop.grading.ExerciseCatalog;
import backprop.grading.ExerciseCommands;

/**
 * {@code /exercises}, {@code /grade [id]}, {@code /hint id}, {@code /watch [id]} and
 * {@code /reset-exercise id}: the shell's side only (the terminal, the question); the commands
 * themselves are {@link ExerciseCommands}, shared with {@code ./companion grade|watch|reset}.
 */
final class GradingCommands {
    private final ShellContext shell;
    private ExerciseCommands exercises;

    GradingCommands(ShellContext shell) {
        this.shell = shell;
    }

    private ExerciseCommands exercises() {
        if (exercises == null) {
            exercises = new ExerciseCommands(shell.project().root(), shell.out(), "|  ", shell.progress());
        }
        return exercises;
    }

    /** The exercise ids, each with its title, as Tab candidates. */
    List<Candidate> ids() {
        List<Candidate> ids = new ArrayList<>();
        ExerciseCatalog.all().forEach(e -> ids.add(new Candidate(e.id(), e.id(), null, e.title(), null, null, true)));
        return ids;
    }

    void exercises(String args) {
        exercises().exercises();
    }

    void grade(String args) throws IOException {
        // Graded on a thread of its own, so that Ctrl-C returns to the prompt at once: the grading
        // is interrupted, and closing the grader ends the scripts' VMs.
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "grade");
            t.setDaemon(true);
            return t;
        });
        Future<Integer> grading = worker.submit(() -> exercises().grade(args));
        AtomicBoolean stopped = new AtomicBoolean();
        try {
            shell.interruptible(() -> {
                stopped.set(true);
                grading.cancel(true);
            }, ignored -> {
                try {
                    grading.get();
                } catch (CancellationException | InterruptedException e) {
                    stopped.set(true);
                } catch (ExecutionException e) {
                    if (!stopped.get()) {
                        throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
                    }
                }
            }, "");
        } finally {
            worker.shutdownNow();
        }
        if (stopped.get()) {
            shell.out().freshLine();
            shell.out().println("|  /grade stopped (Ctrl-C): the exercises not reported above were not graded");
        }
    }

    void hint(String args) {
        exercises().hint(args);
    }

    /** Keys one at a time; Ctrl-C leaves the loop (the shell's own handler is back afterwards). */
    void watch(String args) throws IOException {
        Terminal terminal = shell.terminal();
        AtomicBoolean stop = new AtomicBoolean();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> stop.set(true));
        var attributes = terminal.enterRawMode();
        try {
            exercises().watch(args, timeout -> terminal.reader().read(timeout), stop::get);
        } finally {
            terminal.setAttributes(attributes);
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    void reset(String args) {
        exercises().reset(args, this::ask);
    }

    /** A question answered on one line; null when there is no answer (end of input). */
    private String ask(String question) {
        try {
            return shell.reader() == null ? null : shell.reader().readLine(question);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }
}
