package backprop.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jline.reader.History;

/**
 * jshell's own commands over the student's snippets: {@code /vars}, {@code /methods},
 * {@code /types}, {@code /imports}, {@code /list}, {@code /drop}, {@code /history},
 * {@code /reset}, {@code /reload}, {@code /env}, {@code /!} and {@code /N}, {@code /exit}.
 */
final class SnippetCommands {
    private static final Pattern EXIT_CODE = Pattern.compile("-?\\d{1,9}");

    private final ShellContext shell;

    SnippetCommands(ShellContext shell) {
        this.shell = shell;
    }

    void vars(String args) {
        print(shell.session().vars(), "|  no variables yet");
    }

    void methods(String args) {
        print(shell.session().methods(), "|  no methods yet");
    }

    void types(String args) {
        print(shell.session().types(), "|  no classes, interfaces, enums or records yet");
    }

    void imports(String args) {
        print(shell.session().imports(), "|  no imports");
    }

    void list(String args) {
        if (!args.isEmpty() && !args.equals("-all")) {
            shell.out().println("|  /list here takes nothing or -all (every snippet: the companion's imports and the rejected too)");
            return;
        }
        print(shell.session().list(args.equals("-all")), "|  no snippets yet");
    }

    private void print(List<String> lines, String none) {
        if (lines.isEmpty()) {
            shell.out().println(none);
        } else {
            lines.forEach(shell.out()::println);
        }
    }

    void drop(String args) {
        if (args.isEmpty()) {
            shell.out().println("|  /drop needs a snippet's name or number, e.g. /drop x or /drop 3 (/list shows them)");
            return;
        }
        for (String which : args.split("\\s+")) {
            shell.session().drop(which).forEach(shell.out()::println);
        }
    }

    void reset(String args) {
        shell.session().restart();
        shell.out().println("|  Resetting state.");
    }

    /** /reload [-restore] [-quiet]: a fresh state with the snippets run again. */
    void reload(String args) {
        boolean restore = false;
        boolean quiet = false;
        for (String option : args.isEmpty() ? new String[0] : args.split("\\s+")) {
            switch (option) {
                case "-restore", "-r" -> restore = true;
                case "-quiet", "-q" -> quiet = true;
                default -> {
                    shell.out().println("|  /reload takes -restore (the snippets from before the last /reset, or before the VM ended) and -quiet; got '"
                            + option + "'");
                    return;
                }
            }
        }
        shell.session().reload(restore, quiet, shell.snippetLimit());
    }

    /** /env: the snippets' class path; /env --class-path PATH adds to it. */
    void env(String args) {
        if (args.isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (Path p : shell.session().classPath()) {
                path.append(path.length() == 0 ? "" : File.pathSeparator).append(p);
            }
            shell.out().println("|     --class-path " + path);
            return;
        }
        String[] words = args.split("\\s+");
        if (words.length != 2 || !(words[0].equals("--class-path") || words[0].equals("-cp") || words[0].equals("-classpath"))) {
            shell.out().println("|  /env here takes --class-path PATH only: the snippets' VM has the JDK's modules and the chapter packages");
            return;
        }
        List<Path> entries = new ArrayList<>();
        for (String entry : words[1].split(Pattern.quote(File.pathSeparator))) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (!path.toFile().exists()) {
                shell.out().println("|  no such file or folder: " + entry);
                return;
            }
            entries.add(path);
        }
        shell.session().addClassPath(entries, shell.snippetLimit());
    }

    /** What was typed this session, one entry a line, as jshell's /history. */
    void history(String args) {
        if (shell.reader() == null) {
            return;
        }
        History history = shell.reader().getHistory();
        int shown = 0;
        for (History.Entry entry : history) {
            if (entry.index() >= shell.historyStart()) {
                shell.out().println(entry.line());
                shown++;
            }
        }
        if (shown == 0) {
            shell.out().println("|  nothing typed yet");
        }
    }

    /**
     * {@code /!} runs the last snippet again, {@code /3} snippet 3, {@code /-2} the one before the
     * last. The argument is what followed the slash.
     */
    void rerun(String which) {
        Optional<String> source;
        if (which.isEmpty() || which.equals("!")) {
            source = shell.session().lastSource();
        } else if (which.startsWith("-")) {
            source = shell.session().fromLast(Integer.parseInt(which.substring(1)));
        } else {
            source = shell.session().source(which);
        }
        if (source.isEmpty()) {
            shell.out().println("|  no snippet " + (which.isEmpty() || which.equals("!") ? "to run again yet" : which)
                    + " (/list shows the numbers)");
            return;
        }
        shell.out().println(source.get().strip());
        shell.evalJava(source.get());
    }

    void exit(String args) {
        if (args.isEmpty()) {
            shell.exit(0);
        } else if (EXIT_CODE.matcher(args).matches()) {
            shell.exit(Integer.parseInt(args));
        } else {
            shell.out().println("|  /exit takes an integer exit code, e.g. /exit 1; got '" + args + "'");
        }
    }
}
