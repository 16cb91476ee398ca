package backprop.shell;

import java.io.IOException;
import java.time.Duration;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

import backprop.grading.Progress;

/**
 * What a command's handler may use of the shell: where to print, the project, the student's
 * JShell session, and the terminal. The handlers ({@link ReadingCommands}, {@link TourCommand},
 * {@link GradingCommands}, …) see the shell only through this.
 */
interface ShellContext {

    /** Where everything the student reads goes. */
    Console out();

    Project project();

    Session session();

    Progress progress();

    /** A real terminal (keys, colours, paging); false for piped input, scripts and tests. */
    boolean interactive();

    Terminal terminal();

    /** The line editor, once the loop runs; null before (and for {@code companion tour N}). */
    LineReader reader();

    /** Evaluates Java as if typed at the prompt, with the shell's stop and time-limit handling. */
    void evalJava(String source);

    /** The index of the first history entry typed in this session (earlier ones come from the history file). */
    int historyStart();

    /** The longest a snippet may run (piped input); null for none. */
    Duration snippetLimit();

    /**
     * Runs {@code work} with Ctrl-C calling {@code onCtrlC} (on another thread) instead of being
     * ignored: for a command that runs long, such as /grade.
     */
    void interruptible(Runnable onCtrlC, Commands.Handler work, String args) throws IOException;

    /** Handles one line as if typed at the prompt: a command or Java. */
    void handle(String line);

    /** Leaves the shell when the current command returns, with this exit code. */
    void exit(int code);
}
