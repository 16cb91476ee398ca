package backprop.grading;

import java.io.IOException;

/**
 * Keys pressed, one at a time, for {@code watch}: a terminal's reader in raw mode, or a test's list.
 * The values match JLine's {@code NonBlockingReader.read(timeout)}.
 */
@FunctionalInterface
public interface Keys {
    /** No key came within the timeout. */
    int TIMEOUT = -2;
    /** The end of input. */
    int END = -1;

    /** The next key, {@link #TIMEOUT} or {@link #END}. */
    int read(long timeoutMillis) throws IOException;
}
