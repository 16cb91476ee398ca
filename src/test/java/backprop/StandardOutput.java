package backprop;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a piece of code prints to {@code System.out}. Test classes run side by side, so a class
 * that uses this declares {@code @ResourceLock(Resources.SYSTEM_OUT)}: no other such class runs
 * while the stream is redirected.
 */
public final class StandardOutput {
    private StandardOutput() {}

    public static String capture(Runnable printing) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            printing.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
