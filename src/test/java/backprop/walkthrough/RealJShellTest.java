package backprop.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answers;

/**
 * Runs every walkthrough with the real {@code jshell} binary, as the README tells a student to,
 * in a C locale (where JDK 17's jshell would print Korean as {@code ?????} without the encoding
 * options): it must exit with 0 and print exactly the approved transcript.
 */
class RealJShellTest {

    static List<Path> scripts() throws IOException {
        return Walkthroughs.scripts();
    }

    static String jshell() {
        Path home = Path.of(System.getProperty("java.home"), "bin");
        for (String name : new String[] {"jshell", "jshell.exe"}) {
            if (Files.isExecutable(home.resolve(name))) {
                return home.resolve(name).toString();
            }
        }
        return "jshell"; // from PATH
    }

    /** The README's command, with {@code /exit} piped in so the session ends. */
    static List<String> command(Path script) {
        List<String> command = new ArrayList<>();
        command.add(jshell());
        command.add("-J-Dfile.encoding=UTF-8");
        command.add("-R-Dfile.encoding=UTF-8");
        command.add("-q");
        command.add("--class-path");
        command.add(Walkthroughs.CLASSES.toString());
        command.add(script.toString());
        return command;
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

    /** jshell echoes a prompt for the piped {@code /exit}; it is not the script's output. */
    static String withoutPrompts(String text) {
        return text.replace("jshell> ", "").replace("jshell>", "");
    }
}
