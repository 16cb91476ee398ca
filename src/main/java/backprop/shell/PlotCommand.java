package backprop.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jline.reader.Candidate;

import backprop.Columns;
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

    void run(String args) throws IOException {
        if (args.isEmpty()) {
            int width = shell.interactive() ? Math.max(40, shell.terminal().getWidth()) : 80;
            Pager.page(shell, "/plot", list(width));
            // Below the pager, so that it stays on the screen after q.
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

    /** The column the descriptions start in. */
    private static final int NAME_COLUMNS = 28;

    /**
     * The pictures by chapter, each name with its description beside it, wrapped the same way for
     * every entry: continuation lines start under the description, within {@code width} columns.
     */
    static String list(int width) {
        StringBuilder out = new StringBuilder();
        String chapter = "";
        int descriptionWidth = Math.max(12, width - 1 - NAME_COLUMNS);
        for (Pictures.Picture p : Pictures.all()) {
            if (!p.chapter().equals(chapter)) {
                chapter = p.chapter();
                out.append(chapter).append('\n');
            }
            String name = "  " + p.name();
            String[] parts = Columns.wrap(p.description(), descriptionWidth).split("\n");
            if (Columns.of(name) >= NAME_COLUMNS) {
                out.append(name).append('\n');
                name = "";
            }
            for (String part : parts) {
                out.append(Columns.padRight(name, NAME_COLUMNS)).append(part.strip()).append('\n');
                name = "";
            }
        }
        return out.toString();
    }
}
