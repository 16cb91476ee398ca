package backprop.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps what a script prints, up to a number of bytes; the first byte past it calls
 * {@code onOverflow} (which ends the script's VM) and every later byte is dropped. The grader's
 * memory stays bounded however much the script prints.
 */
final class CappedOutput extends OutputStream {
    private final int cap;
    private final Runnable onOverflow;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean overflowed;

    CappedOutput(int cap, Runnable onOverflow) {
        this.cap = cap;
        this.onOverflow = onOverflow;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        boolean overflowNow = false;
        synchronized (this) {
            if (overflowed) {
                return;
            }
            int room = cap - kept.size();
            kept.write(bytes, offset, Math.min(room, length));
            if (length > room) {
                overflowed = true;
                overflowNow = true;
            }
        }
        if (overflowNow) {
            onOverflow.run();
        }
    }

    synchronized boolean overflowed() {
        return overflowed;
    }

    /** What was kept, as UTF-8; a character cut at the cap shows as U+FFFD. */
    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
