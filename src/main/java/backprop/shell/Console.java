package backprop.shell;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal's output as the shell writes it, UTF-8, knowing whether the cursor is at the start
 * of a line: the shell's own messages then start on a line of their own, never glued to what a
 * snippet printed without a newline or to the terminal's {@code ^C}.
 */
final class Console extends PrintStream {
    private final Tracker tracker;

    Console(OutputStream terminal) {
        this(new Tracker(terminal));
    }

    private Console(Tracker tracker) {
        super(tracker, true, StandardCharsets.UTF_8);
        this.tracker = tracker;
    }

    /** Ends the current line if something is on it. */
    synchronized void freshLine() {
        flush();
        if (!tracker.atLineStart) {
            println();
        }
    }

    /** The terminal wrote something the shell did not (its echo of {@code ^C}): the line is no longer empty. */
    void markLineUsed() {
        tracker.atLineStart = false;
    }

    private static final class Tracker extends FilterOutputStream {
        volatile boolean atLineStart = true;

        Tracker(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            atLineStart = b == '\n';
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                out.write(b, off, len);
                atLineStart = b[off + len - 1] == '\n';
            }
        }
    }
}
