package backprop.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.reader.Candidate;

import backprop.grading.Exercise;
import backprop.grading.ExerciseCatalog;
import backprop.grading.GradeResult;
import backprop.grading.Grader;

/** {@code /exercises}, {@code /grade [id]} and {@code /hint id}. */
final class GradingCommands {
    private final ShellContext shell;

    GradingCommands(ShellContext shell) {
        this.shell = shell;
    }

    /** The exercise ids, each with its title, as Tab candidates. */
    List<Candidate> ids() {
        List<Candidate> ids = new ArrayList<>();
        ExerciseCatalog.all().forEach(e -> ids.add(new Candidate(e.id(), e.id(), null, e.title(), null, null, true)));
        return ids;
    }

    void exercises(String args) {
        for (Exercise e : ExerciseCatalog.all()) {
            String mark = switch (shell.progress().status(e.id())) {
                case PASSED -> "passed     ";
                case FAILING -> "failing    ";
                case NOT_TRIED -> "not tried  ";
            };
            shell.out().println(String.format(Locale.ROOT, "|  %-4s %s %s", e.id(), mark, e.title()));
        }
        shell.out().println("|  edit jshell-scripts/exercises/<id>-….jsh, then /grade <id>; /hint <id> helps");
    }

    void grade(String args) {
        List<Exercise> chosen = new ArrayList<>();
        if (args.isEmpty()) {
            chosen.addAll(ExerciseCatalog.all());
        } else {
            for (String id : args.split("[,\\s]+")) {
                Optional<Exercise> e = ExerciseCatalog.find(id);
                if (e.isEmpty()) {
                    shell.out().println("|  no exercise '" + id + "'; /exercises lists them");
                    return;
                }
                chosen.add(e.get());
            }
        }
        Grader grader = Grader.forProject(shell.project().root(), Grader.DEFAULT_TIME_LIMIT);
        List<GradeResult> failures = new ArrayList<>();
        int passed = 0;
        // Each exercise is graded on a thread of its own, so that Ctrl-C returns to the prompt at
        // once: the exercise being graded is interrupted and its result dropped.
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "grade");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Exercise e : chosen) {
                Future<GradeResult> grading = worker.submit(() -> grader.grade(e));
                GradeResult result = await(grading, stopped);
                if (result == null) {
                    shell.out().freshLine();
                    shell.out().println("|  /grade stopped (Ctrl-C) at " + e.id() + "; it and the exercises after it were not graded");
                    break;
                }
                shell.progress().record(result);
                shell.out().println("|  " + result.summaryLine());
                if (result.passed()) {
                    passed++;
                } else {
                    failures.add(result);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        for (GradeResult result : failures) {
            shell.out().println();
            shell.out().print(result.details());
        }
        int graded = passed + failures.size();
        if (graded == 0) {
            return;
        }
        // The summary comes last, below the differences, where the eye is when they end.
        shell.out().println("|  " + passed + " passed, " + failures.size() + " failed"
                + (graded < chosen.size() ? ", " + (chosen.size() - graded) + " not graded" : ""));
    }

    /** The grade, or null when Ctrl-C stopped it first. */
    private GradeResult await(Future<GradeResult> grading, AtomicBoolean stopped) {
        try {
            shell.interruptible(() -> {
                stopped.set(true);
                grading.cancel(true);
            }, args -> {
                try {
                    grading.get();
                } catch (CancellationException | InterruptedException e) {
                    stopped.set(true);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
                }
            }, "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (stopped.get() || grading.isCancelled()) {
            return null;
        }
        try {
            return grading.get();
        } catch (InterruptedException | ExecutionException | CancellationException e) {
            return null;
        }
    }

    void hint(String args) {
        if (args.isEmpty()) {
            shell.out().println("|  /hint needs an exercise id; /exercises lists them");
            return;
        }
        Optional<Exercise> e = ExerciseCatalog.find(args);
        if (e.isEmpty()) {
            shell.out().println("|  no exercise '" + args + "'; /exercises lists them");
            return;
        }
        shell.out().println("|  " + e.get().id() + " " + e.get().title());
        shell.out().println("|  hint: " + e.get().hint());
    }
}
