package backprop.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        for (Exercise e : chosen) {
            GradeResult result = grader.grade(e);
            shell.progress().record(result);
            shell.out().println("|  " + result.summaryLine());
            if (!result.passed()) {
                failures.add(result);
            }
        }
        for (GradeResult result : failures) {
            shell.out().println();
            shell.out().print(result.details());
        }
        if (failures.isEmpty() && !chosen.isEmpty()) {
            shell.out().println("|  " + (chosen.size() == 1 ? "passed" : "all " + chosen.size() + " passed"));
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
