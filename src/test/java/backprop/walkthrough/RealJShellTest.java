package backprop.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answers;

/**
 * Runs every walkthrough with the real {@code jshell} binary through the README's command, in a
 * C locale (where JDK 17's jshell would print Korean as {@code ?????} without the launcher's
 * encoding options): it must exit with 0 and print exactly the approved transcript.
 */
class RealJShellTest {

    static List<Path> scripts() throws IOException {
        return Walkthroughs.scripts();
    }

    /**
     * The README's command: the launcher, which runs the real jshell; JAVA_HOME points it at the
     * running JDK's jshell. {@code /exit} is piped in so the session ends after the walkthrough.
     */
    static List<String> command(Path script) {
        String chapter = Walkthroughs.chapter(script).substring(0, 2);
        boolean windows = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return windows
                ? List.of("cmd", "/c", "companion.cmd", "jshell", chapter)
                : List.of("sh", "companion", "jshell", chapter);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void printsTheApprovedTranscriptUnderACLocale(Path script) throws Exception {
        // stderr apart: a fresh machine's first jshell logs that it created the preferences folder.
        File errors = File.createTempFile("jshell-stderr", ".txt");
        errors.deleteOnExit();
        ProcessBuilder builder = new ProcessBuilder(command(script)).redirectError(errors);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("/exit\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "jshell did not finish within 120 s");
        String text = new String(output, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String stderr = Files.readString(errors.toPath(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "jshell exited with " + process.exitValue() + ":\n" + text + stderr);

        String approved = Answers.approvedText(Walkthroughs.transcript(script, ""));
        String body = approved.substring(approved.indexOf("\n\n") + 2);
        assertEquals(body, withoutPrompts(text) + (text.endsWith("\n") ? "" : "\n"),
                () -> "real jshell output differs from the approved transcript; its stderr:\n" + stderr);
    }

    /**
     * jshell's own words around the script's output: its welcome banner, a prompt for the piped
     * {@code /exit}, and its goodbye. Anything else it says (an error, say) stays and fails the test.
     */
    static String withoutPrompts(String text) {
        return text.replace("jshell> ", "").replace("jshell>", "")
                .replaceAll("(?m)^\\|  Welcome to JShell -- Version .*\n", "")
                .replaceAll("(?m)^\\|  For an introduction type: /help intro\n", "")
                .replaceAll("(?m)^ *\\x08?\\|  Goodbye\n?", "")
                .replaceAll("\n\n$", "\n");
    }
}
