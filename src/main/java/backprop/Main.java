package backprop;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import backprop.mlp.SlidesExample;

/**
 * Prints the slides' backpropagation example, line by line. The companion shell replaces this
 * as the front door; this stays as the quickest look at what the project computes.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, so the Korean headings survive a C locale.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(SlidesExample.trace());
    }
}
