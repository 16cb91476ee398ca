package backprop.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jline.reader.Candidate;

import backprop.pictures.Pictures;

/** {@code /plot [name]}: one of the terminal pictures, or the list of them. */
final class PlotCommand {
    private final ShellContext shell;

    PlotCommand(ShellContext shell) {
        this.shell = shell;
    }

    List<Candidate> names() {
        List<Candidate> names = new ArrayList<>();
        Pictures.names().forEach(p -> names.add(new Candidate(p)));
        return names;
    }

    void run(String args) {
        if (args.isEmpty()) {
            shell.out().print(Pictures.list());
            shell.out().println("|  /plot <name> draws one; in JShell, Pictures.show(\"<name>\") does the same");
            return;
        }
        if (!Pictures.names().contains(args)) {
            String near = Pictures.names().stream().min(Comparator.comparingInt(n -> Commands.distance(args, n))).orElse("");
            shell.out().println("|  no picture '" + args + "'" + (Commands.distance(args, near) <= 3 ? " (did you mean " + near + "?)" : "")
                    + "; /plot lists them");
            return;
        }
        shell.out().print(Pictures.get(args));
    }
}
