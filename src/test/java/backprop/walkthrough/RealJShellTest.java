package backprop.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import backprop.Answers;

/**
 * Runs every walkthrough with the real {@code jshell} binary through the README's command, in a
 * C locale (where JDK 17's jshell would print Korean as {@code ?????} without the launcher's
 * encoding options): it must exit with 0 and print exactly the approved transcripts, one after
 * the other.
 *
 * <p>All the walkthroughs run in one jshell session ({@code companion jshell 1 2 … 6}), as a
 * student may run several: a jshell starts cold, and six of them cost more than all the rest of
 * the suite's JShell work. That each walkthrough also runs alone, in a fresh state, is
 * {@link WalkthroughApprovalTest}'s part.
 */
class RealJShellTest {

    /**
     * The README's command: the launcher, which runs the real jshell; JAVA_HOME points it at the
     * running JDK's jshell. {@code /exit} is piped in so the session ends after the walkthroughs.
     */
    static List<String> command(List<Path> scripts) {
        boolean windows = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>(windows
                ? List.of("cmd", "/c", "companion.cmd", "jshell")
                : List.of("sh", "companion", "jshell"));
        for (Path script : scripts) {
            command.add(Walkthroughs.chapter(script).substring(0, 2));
        }
        return command;
    }

    @Test
    void printsTheApprovedTranscriptsUnderACLocale() throws Exception {
        List<Path> scripts = Walkthroughs.scripts();
        // stderr apart: a fresh machine's first jshell logs that it created the preferences folder.
        File errors = File.createTempFile("jshell-stderr", ".txt");
        errors.deleteOnExit();
        ProcessBuilder builder = new ProcessBuilder(command(scripts)).redirectError(errors);
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
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "jshell did not finish within 300 s");
        String text = new String(output, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String stderr = Files.readString(errors.toPath(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "jshell exited with " + process.exitValue() + ":\n" + text + stderr);

        String printed = withoutPrompts(text) + (text.endsWith("\n") ? "" : "\n");
        int at = 0;
        for (Path script : scripts) {
            String body = approvedBody(script);
            String got = printed.substring(at, Math.min(printed.length(), at + body.length()));
            assertEquals(body, got, () -> "real jshell's output of " + script + " differs from the approved"
                    + " transcript; its stderr:\n" + stderr);
            at += body.length();
        }
        assertEquals("", printed.substring(at), () -> "real jshell printed more than the transcripts; its stderr:\n" + stderr);
    }

    /** The approved transcript without its header line: what the walkthrough prints. */
    static String approvedBody(Path script) {
        String approved = Answers.approvedText(Walkthroughs.transcript(script, ""));
        return approved.substring(approved.indexOf("\n\n") + 2);
    }

    /**
     * jshell's own words around the scripts' output: its welcome banner, a prompt for the piped
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
