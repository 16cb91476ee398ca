package backprop.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import backprop.grading.GradeMain;
import backprop.jshell.JShellFactory;
import backprop.reader.HtmlEdition;
import backprop.reader.Links;
import backprop.reader.TerminalRenderer;

/**
 * The companion's front door.
 *
 * <pre>
 *   companion              the interactive shell
 *   companion tour N       print chapter N's walkthrough, each snippet and what it prints
 *   companion read N       print chapter N's text
 *   companion html         write the HTML edition of the chapters to target/html/
 *   companion grade [id]   grade exercises; the exit code says whether all passed
 * </pre>
 */
public final class Companion {
    private Companion() {}

    /** With piped input there is no Ctrl-C: a snippet that runs longer than this is stopped. */
    static final Duration PIPED_SNIPPET_LIMIT = Duration.ofSeconds(
            Long.getLong("companion.snippetTimeLimit", 30));

    public static void main(String[] args) {
        // Box-drawing characters stay Unicode: JLine would switch some terminals to their line-drawing
        // charset for them, which tmux and others show as "qqqq".
        System.setProperty("org.jline.utils.disableAlternateCharset", "true");
        System.exit(run(args));
    }

    static int run(String[] args) {
        Project project = Project.locate();
        String command = args.length == 0 ? "" : args[0];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            switch (command) {
                case "":
                case "shell":
                    return shell(project);
                case "tour":
                    return tour(project, args, out);
                case "read":
                    return read(project, args, out);
                case "html":
                    return html(project, args, out);
                case "grade":
                    return grade(project, Arrays.copyOfRange(args, 1, args.length), out);
                case "digits":
                    return digits(out);
                case "benchmark":
                    backprop.digits.Benchmark.run(out);
                    return 0;
                case "help":
                case "-h":
                case "--help":
                    out.print(usage());
                    return 0;
                default:
                    out.print("companion: unknown command '" + command + "'\n" + usage());
                    return 2;
            }
        } catch (IOException e) {
            out.println("companion: " + e.getMessage());
            return 1;
        }
    }

    static String usage() {
        return """
                usage: companion              the interactive shell (/help inside it)
                       companion tour N       print chapter N's walkthrough with its output
                       companion read N       print chapter N's text (80 columns, or COLUMNS)
                       companion html         write the chapters as web pages to target/html/
                       companion grade [id]   grade the exercises (all, or e.g. 5.1)
                       companion digits       train chapter 5's network on handwritten digits (chapter 6)
                       companion benchmark    the readable trainer against a loop written for speed
                       companion jshell N [M ...]  (launcher only) chapter N's walkthrough (then M's ...) in plain jshell
                """;
    }

    static Terminal terminal() throws IOException {
        // dumb(true): with piped input or output there is no real terminal, and a dumb one
        // still reads lines; that is what scripts and tests use.
        return TerminalBuilder.builder()
                .system(true)
                .dumb(true)
                .encoding(StandardCharsets.UTF_8)
                .name("companion")
                .build();
    }

    static boolean isInteractive(Terminal terminal) {
        return !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    private static int shell(Project project) throws IOException {
        try (Terminal terminal = terminal()) {
            boolean interactive = isInteractive(terminal);
            try (CompanionShell shell = new CompanionShell(project, terminal, interactive,
                    interactive ? null : PIPED_SNIPPET_LIMIT, new Progress(Progress.defaultFile()), JShellFactory.Jit.FULL)) {
                return shell.run();
            }
        }
    }

    private static int tour(Project project, String[] args, PrintStream out) throws IOException {
        Optional<Integer> n = chapter(project, args, "tour", out);
        if (n.isEmpty()) {
            return 2;
        }
        try (Terminal terminal = TerminalBuilder.builder().dumb(true).system(false)
                .streams(java.io.InputStream.nullInputStream(), System.out).encoding(StandardCharsets.UTF_8)
                .type(Terminal.TYPE_DUMB).build();
             CompanionShell shell = new CompanionShell(project, terminal, false, PIPED_SNIPPET_LIMIT,
                     new Progress(Progress.defaultFile()), JShellFactory.Jit.FULL)) {
            shell.tour(String.valueOf(n.get()));
        }
        return 0;
    }

    private static int read(Project project, String[] args, PrintStream out) throws IOException {
        Optional<Integer> n = chapter(project, args, "read", out);
        if (n.isEmpty()) {
            return 2;
        }
        Optional<Path> file = project.chapterText(n.get());
        if (file.isEmpty()) {
            out.println("companion: chapter " + n.get() + " has no text yet");
            return 1;
        }
        out.print(TerminalRenderer.render(Files.readString(file.get(), StandardCharsets.UTF_8),
                readingWidth(System.getenv("COLUMNS")), Links.from(project.root(), false)).text());
        return 0;
    }

    /** The width read N prints at: COLUMNS where it is set to a number, else 80. */
    static int readingWidth(String columns) {
        try {
            return columns == null ? 80 : Math.max(TerminalRenderer.MIN_WIDTH, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** The HTML edition: target/html/ (or the folder given), from the chapters as they are. */
    private static int html(Project project, String[] args, PrintStream out) throws IOException {
        Path site = args.length > 1 ? Path.of(args[1]) : project.root().resolve("target").resolve("html");
        HtmlEdition.write(project.root(), site);
        out.println("companion: the HTML edition is in " + site.resolve("index.html").toAbsolutePath().normalize());
        return 0;
    }

    /** Chapter 6 in one command: train on the digits with a progress line per epoch. */
    private static int digits(PrintStream out) {
        backprop.digits.DigitTraining settings = backprop.digits.DigitTraining.standard();
        out.println("training 64-" + settings.hidden() + "-10 on 1,797 handwritten digits (seed " + settings.seed() + ")");
        long start = System.nanoTime();
        backprop.digits.DigitTraining.Result result = settings.run(epoch -> out.println(
                backprop.digits.DigitsReports.epochLine(epoch, settings.epochs())
                + String.format(java.util.Locale.ROOT, "  %5.2f s", (System.nanoTime() - start) / 1e9)));
        out.println();
        out.print(backprop.digits.DigitsReports.summary(result));
        return result.testAccuracy() >= 0.95 ? 0 : 1;
    }

    private static int grade(Project project, String[] ids, PrintStream out) {
        return GradeMain.run(ids, project.root(), out, new Progress(Progress.defaultFile())::record);
    }

    private static Optional<Integer> chapter(Project project, String[] args, String command, PrintStream out) {
        String available = String.join(" ", project.chapterNumbers().stream().map(String::valueOf).toList());
        if (args.length < 2) {
            out.println("companion: " + command + " needs a chapter number, one of " + available);
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(args[1]);
            if (project.chapterNumbers().contains(n)) {
                return Optional.of(n);
            }
            out.println("companion: there is no chapter " + n + "; the chapters are " + available);
        } catch (NumberFormatException e) {
            out.println("companion: '" + args[1] + "' is not a chapter number; the chapters are " + available);
        }
        return Optional.empty();
    }
}
