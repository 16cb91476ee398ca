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
import java.util.regex.Pattern;

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
    /** jshell's commands that mean nothing here, each with the one line that says why. */
    private final Map<String, String> explained = new LinkedHashMap<>();

    /** Every command of the companion, in the order /help lists them. */
    static Commands of(ShellContext shell) {
        Commands c = new Commands();
        HelpCommand help = new HelpCommand(shell, c);
        ReadingCommands reading = new ReadingCommands(shell);
        TourCommand tour = new TourCommand(shell);
        GradingCommands grading = new GradingCommands(shell);
        PlotCommand pictures = new PlotCommand(shell);
        SnippetCommands snippets = new SnippetCommands(shell);
        FileCommands files = new FileCommands(shell);

        // The lecture
        c.add("/chapters", "", "list the chapters", reading::chapters);
        c.add("/read", "N", "read chapter N, paged", reading::read, reading::chapterNumbers);
        c.add("/tour", "N", "step through chapter N's walkthrough, one snippet a key", tour::run, reading::chapterNumbers);
        c.add("/plot", "[name]", "draw a picture: a computation graph, a plot, a decision map (no name: list them)",
                pictures::run, pictures::names);
        c.add("/exercises", "", "list the exercises, how you did and what comes next", grading::exercises);
        c.add("/grade", "[id]", "grade an exercise, e.g. /grade 5.1, or all of them (Ctrl-C stops)", grading::grade, grading::ids);
        c.add("/watch", "[id]", "grade the current exercise on every save, then the next (q leaves)",
                grading::watch, grading::ids);
        c.destructive("/reset-exercise", "id", "restore an exercise's original skeleton (asks first)",
                grading::reset, grading::ids);
        c.add("/hint", "id", "show an exercise's hint", grading::hint, grading::ids);
        // jshell's
        c.add("/vars", "", "list your variables", snippets::vars);
        c.add("/methods", "", "list your methods", snippets::methods);
        c.add("/types", "", "list your classes, interfaces, enums and records", snippets::types);
        c.add("/imports", "", "list the imports (the chapter packages are imported for you)", snippets::imports);
        c.add("/list", "[-all]", "list your snippets, numbered as jshell numbers them", snippets::list);
        c.add("/history", "", "list what you typed in this session", snippets::history);
        c.add("/open", "FILE", "run a file's snippets as if typed, e.g. an exercise", files::open, List::of);
        c.add("/save", "[-all|-history] FILE", "save your snippets (or what you typed) to FILE", files::save);
        c.add("/edit", "[name|N]", "edit snippets in $VISUAL, $EDITOR or Nano; what changed runs", files::edit);
        c.add("/!", "", "run the last snippet again; /N runs snippet N, /-N the N-th last", snippets::rerun);
        c.destructive("/drop", "name|N", "forget a snippet: a variable, method or class, or snippet N", snippets::drop);
        c.destructive("/reset", "", "start over with a fresh JShell state", snippets::reset);
        c.destructive("/reload", "[-restore] [-quiet]", "start over and run your snippets again; -restore: the ones from before /reset or a VM that ended",
                snippets::reload);
        c.destructive("/env", "[--class-path PATH]", "show the snippets' class path, or add to it (starts over and runs your snippets again)",
                snippets::env);
        c.add("/help", "[command]", "list the commands and keys, or explain one", help::run, c::names);
        c.destructive("/exit", "[N]", "leave the companion, with exit code N (Ctrl-D leaves too)", snippets::exit);

        c.explain("/set", "jshell's /set (feedback mode, prompt, editor, start-up) is fixed here: jshell's normal feedback; "
                + "set $VISUAL or $EDITOR for /edit");
        c.explain("/debug", "/debug switches on jshell's own internal tracing; the companion has none");
        c.explain("/?", "/? is jshell's short /help: type /help");
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

    private void explain(String name, String why) {
        explained.put(name, why);
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

    /** What a typed command line means: a command to run with its argument text, or a message why not. */
    sealed interface Resolved permits Call, Refusal {}

    record Call(Command command, String args) implements Resolved {}

    record Refusal(String message) implements Resolved {}

    private static final Pattern RERUN = Pattern.compile("/(-?\\d+|[se]\\d+)");

    /**
     * {@code /tour 5}, {@code /t 5} (an abbreviation that only one command has, as in jshell), or
     * {@code /3} (snippet 3 again). An abbreviation of a command that throws something away is not
     * taken: it must be typed in full.
     */
    Resolved resolve(String line) {
        int space = line.indexOf(' ');
        String typed = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
        String args = space < 0 ? "" : line.substring(space + 1).strip();
        Command exact = commands.get(typed);
        if (exact != null) {
            return new Call(exact, args);
        }
        if (explained.containsKey(typed)) {
            return new Refusal("|  " + explained.get(typed));
        }
        if (RERUN.matcher(typed).matches()) {
            return new Call(commands.get("/!"), typed.substring(1));
        }
        List<Command> matching = commands.values().stream().filter(c -> typed.length() > 1 && c.name().startsWith(typed)).toList();
        if (matching.size() == 1) {
            Command only = matching.get(0);
            if (only.effect() == Effect.DESTRUCTIVE) {
                return new Refusal("|  " + typed + " would be " + only.name() + ", which " + consequence(only)
                        + ": type " + only.name() + " in full");
            }
            return new Call(only, args);
        }
        if (matching.size() > 1) {
            return new Refusal("|  " + typed + " could be " + String.join(", ", matching.stream().map(Command::name).toList())
                    + ": type more of it");
        }
        return new Refusal("|  unknown command " + typed + suggestion(typed) + "; /help lists the commands");
    }

    private static String consequence(Command c) {
        return c.name().equals("/exit") ? "leaves the companion" : "throws your variables or snippets away";
    }

    /**
     * " (did you mean /tour?)" for a mistyped command, or "". Only a harmless command is ever
     * suggested: /edit mistyped must not lead to /exit, nor /set to /reset.
     */
    String suggestion(String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Command c : commands.values()) {
            if (c.effect() == Effect.DESTRUCTIVE) {
                continue;
            }
            int d = distance(typed.toLowerCase(Locale.ROOT), c.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = c.name();
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
