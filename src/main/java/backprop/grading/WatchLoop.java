package backprop.grading;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The student's loop, in the spirit of rustlings: the current exercise is graded every time its
 * file is saved; when it passes, the next one not yet passed becomes current, and the student sees
 * "k of N passed — next: 5.2". Keys: {@code h} the hint, {@code n} the next exercise, {@code l} the
 * list, Enter grades again, {@code q} (or Ctrl-C, or the end of input) leaves.
 */
final class WatchLoop {

    /** How often the file is looked at. */
    static final long POLL_MILLIS = 300;

    private final ExerciseCommands commands;
    private final Keys keys;
    private final PrintStream out;
    private final BooleanSupplier stopped;

    WatchLoop(ExerciseCommands commands, Keys keys, PrintStream out, BooleanSupplier stopped) {
        this.commands = commands;
        this.keys = keys;
        this.out = out;
        this.stopped = stopped;
    }

    /** Watches from {@code start}, or from the first exercise not passed; returns when the student leaves. */
    void run(Optional<Exercise> start) throws IOException {
        List<Exercise> exercises = ExerciseCatalog.all();
        Progress progress = commands.progress();
        Optional<Exercise> first = start.isPresent() ? start : progress.next(exercises, null);
        if (first.isEmpty()) {
            out.println(commands.prefix() + "all " + exercises.size() + " exercises passed");
            return;
        }
        Exercise current = first.get();
        String graded = null; // the content hash last graded
        announce(current);
        while (!stopped.getAsBoolean()) {
            String now = commands.scriptHash(current);
            if (!now.equals(graded)) {
                graded = now;
                GradeResult result = commands.gradeOne(current);
                int passed = progress.passed(exercises);
                if (result.passed()) {
                    Optional<Exercise> next = progress.next(exercises, current);
                    if (next.isEmpty()) {
                        out.println(commands.prefix() + "✓ " + current.id() + " passed — all " + exercises.size()
                                + " exercises passed");
                        return;
                    }
                    out.println(commands.prefix() + "✓ " + current.id() + " passed — " + passed + " of "
                            + exercises.size() + " passed — next: " + next.get().id() + " " + next.get().slug());
                    current = next.get();
                    graded = null;
                    announce(current);
                    continue;
                }
                out.println(commands.prefix() + passed + " of " + exercises.size() + " passed — " + current.id()
                        + " is next: save " + current.script().toString().replace('\\', '/')
                        + " to grade it again (h hint, n next, l list, Enter again, q quit)");
            }
            int key = keys.read(POLL_MILLIS);
            switch (key) {
                case Keys.TIMEOUT -> { }
                case Keys.END, 'q', 'Q', 3, 4 -> {
                    out.println(commands.prefix() + "watch ended");
                    return;
                }
                case 'h', 'H' -> commands.hint(current.id());
                case 'l', 'L' -> commands.exercises();
                case '\r', '\n' -> graded = null;
                case 'n', 'N' -> {
                    Optional<Exercise> next = progress.next(exercises, current);
                    if (next.isPresent() && !next.get().equals(current)) {
                        current = next.get();
                        graded = null;
                        announce(current);
                    }
                }
                default -> { }
            }
        }
        out.println(commands.prefix() + "watch ended");
    }

    private void announce(Exercise exercise) {
        out.println(commands.prefix() + "watching " + exercise.id() + " " + exercise.title());
        out.println(commands.prefix() + "  edit and save " + exercise.script().toString().replace('\\', '/')
                + "; it is graded on every save");
    }
}
