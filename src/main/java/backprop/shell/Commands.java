package backprop.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jline.reader.Candidate;

/**
 * The shell's commands, declared in one place: each command's name, its arguments, its help line
 * and its handler. The handlers live in small classes of their own (reading, touring, grading,
 * pictures, jshell's snippet commands); adding or changing a command is one line here and a
 * method there.
 */
final class Commands {

    /** Whether a command throws something away (variables, the session): such a one is never guessed. */
    enum Effect { HARMLESS, DESTRUCTIVE }

    /** What a command does with its argument text. */
    interface Handler {
        void run(String args) throws IOException;
    }

    /**
     * One command.
     *
     * @param arguments Tab's candidates for the argument; an empty list for none
     */
    record Command(String name, String args, String help, Effect effect, Handler handler,
            Supplier<List<Candidate>> arguments) {
        String usage() {
            return args.isEmpty() ? name : name + " " + args;
        }
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** Every command of the companion, in the order /help lists them. */
    static Commands of(ShellContext shell) {
        Commands c = new Commands();
        HelpCommand help = new HelpCommand(shell, c);
        ReadingCommands reading = new ReadingCommands(shell);
        TourCommand tour = new TourCommand(shell);
        GradingCommands grading = new GradingCommands(shell);
        PlotCommand pictures = new PlotCommand(shell);
        SnippetCommands snippets = new SnippetCommands(shell);

        c.add("/help", "[command]", "list the commands, or explain one", help::run, c::names);
        c.add("/chapters", "", "list the chapters", reading::chapters);
        c.add("/read", "N", "read chapter N (paged; q leaves the pager)", reading::read, reading::chapterNumbers);
        c.add("/tour", "N", "step through chapter N's walkthrough: Enter runs the next snippet, q leaves",
                tour::run, reading::chapterNumbers);
        c.add("/exercises", "", "list the exercises, how you did and what comes next", grading::exercises);
        c.add("/grade", "[id]", "grade an exercise, e.g. /grade 5.1, or all of them", grading::grade, grading::ids);
        c.add("/watch", "[id]", "grade the current exercise on every save, then the next (q leaves)",
                grading::watch, grading::ids);
        c.destructive("/reset-exercise", "id", "restore an exercise's original skeleton (asks first)",
                grading::reset, grading::ids);
        c.add("/hint", "id", "show an exercise's hint", grading::hint, grading::ids);
        c.add("/plot", "[name]", "draw a picture: a computation graph, a plot, a decision map (no name: list them)",
                pictures::run, pictures::names);
        c.add("/vars", "", "list your variables", snippets::vars);
        c.add("/list", "", "list your snippets", snippets::list);
        c.destructive("/reset", "", "start over with a fresh JShell state", snippets::reset);
        c.destructive("/exit", "", "leave the companion (Ctrl-D does too)", snippets::exit);
        return c;
    }

    private void add(String name, String args, String help, Handler handler) {
        add(name, args, help, handler, List::of);
    }

    private void add(String name, String args, String help, Handler handler, Supplier<List<Candidate>> arguments) {
        commands.put(name, new Command(name, args, help, Effect.HARMLESS, handler, arguments));
    }

    private void destructive(String name, String args, String help, Handler handler) {
        destructive(name, args, help, handler, List::of);
    }

    private void destructive(String name, String args, String help, Handler handler,
            Supplier<List<Candidate>> arguments) {
        commands.put(name, new Command(name, args, help, Effect.DESTRUCTIVE, handler, arguments));
    }

    Collection<Command> all() {
        return commands.values();
    }

    /** The command called exactly {@code name} (any case). */
    Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The command names as Tab candidates. */
    List<Candidate> names() {
        List<Candidate> names = new ArrayList<>();
        commands.keySet().forEach(n -> names.add(new Candidate(n)));
        return names;
    }

    /** " (did you mean /tour?)" for a mistyped command, or "". */
    String suggestion(String typed) {
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

    /** Levenshtein distance: how many one-character edits turn {@code a} into {@code b}. */
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
}
