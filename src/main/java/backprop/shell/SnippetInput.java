package backprop.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;

import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The snippets' {@code System.in}. At a terminal it is the keyboard, as in jshell: a snippet that
 * reads a line gets the line typed while it runs. With piped input there is none (the pipe holds
 * the shell's own input), and a snippet that tries to read is told so once it ends.
 *
 * <p>JShell reads this on the thread that forwards the snippet's output, one byte a time while the
 * snippet waits; when the snippet ends without the line it asked for (it was stopped), the read
 * must give up, or that thread would wait for a line nobody asked for and take the next one typed
 * at the prompt.
 */
final class SnippetInput extends InputStream {
    private final Terminal terminal;
    private volatile boolean open;
    private volatile boolean attempted;
    private byte[] line = new byte[0];
    private int next;

    /** @param terminal the keyboard, or null: no input (piped) */
    SnippetInput(Terminal terminal) {
        this.terminal = terminal;
    }

    /** A snippet starts: reads may wait for the keyboard. */
    void begin() {
        attempted = false;
        open = true;
    }

    /** The snippet ended: a read still waiting gives up. */
    void end() {
        open = false;
    }

    /** Whether a snippet tried to read standard input where there is none. */
    boolean attemptedWithoutInput() {
        return attempted && terminal == null;
    }

    @Override
    public synchronized int read() throws IOException {
        if (terminal == null) {
            attempted = true;
            return -1;
        }
        while (next == line.length) {
            if (!readLine()) {
                return -1;
            }
        }
        return line[next++] & 0xff;
    }

    /** Reads one line from the terminal (echoed by it, edited by its own line discipline); false at Ctrl-D. */
    private boolean readLine() throws IOException {
        NonBlockingReader keys = terminal.reader();
        StringBuilder typed = new StringBuilder();
        while (true) {
            if (!open) {
                throw new InterruptedIOException("the snippet that asked for input has ended");
            }
            int c = keys.read(100);
            if (c == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            if (c < 0) {
                if (typed.length() == 0) {
                    return false;
                }
                break;
            }
            typed.append((char) c);
            if (c == '\n') {
                break;
            }
        }
        line = typed.toString().getBytes(StandardCharsets.UTF_8);
        next = 0;
        return true;
    }
}
