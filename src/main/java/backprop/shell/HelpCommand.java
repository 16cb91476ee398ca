package backprop.shell;

import java.util.Locale;
import java.util.Optional;

/** {@code /help}: every command with its help line, or one command. */
final class HelpCommand {
    private final ShellContext shell;
    private final Commands commands;

    HelpCommand(ShellContext shell, Commands commands) {
        this.shell = shell;
        this.commands = commands;
    }

    void run(String args) {
        if (!args.isEmpty()) {
            String name = args.startsWith("/") ? args : "/" + args;
            Optional<Commands.Command> c = commands.find(name);
            if (c.isEmpty()) {
                shell.out().println("|  no command " + name + commands.suggestion(name));
            } else {
                shell.out().println("|  " + c.get().usage() + ": " + c.get().help());
            }
            return;
        }
        shell.out().println("|  Type Java as in jshell: int x = 3;  Weights.slides()  MlpReports.slidesTrace()");
        shell.out().println("|  The chapter packages are imported. Tab completes, ↑ recalls, Ctrl-C stops a snippet.");
        for (Commands.Command c : commands.all()) {
            // A long usage gets a line of its own, so that every help line starts in the same column.
            String usage = c.usage().length() > 14 ? c.usage() + "\n|  " + " ".repeat(14) : c.usage();
            shell.out().println(String.format(Locale.ROOT, "|  %-14s %s", usage, c.help()));
        }
        shell.out().println("|");
        shell.out().println("|  Keys, the same everywhere: Space or Enter goes on, q leaves, / searches (the pager) or");
        shell.out().println("|  types a command (a tour), Ctrl-C stops what runs (a snippet, /grade, the pager, a tour).");
        shell.out().println("|  The pager:  " + Pager.KEYS.strip().replace("\n", "\n|              "));
        shell.out().println("|  A tour:     " + TourCommand.KEYS);
    }
}
