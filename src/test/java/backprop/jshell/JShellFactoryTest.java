package backprop.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A state from the factory sees the project's classes and the JDK, and nothing of the libraries
 * on the host's class path: this test runs with JUnit, ApprovalTests and JLine on its own.
 */
class JShellFactoryTest {
    static final Path CLASSES = Path.of("target", "classes").toAbsolutePath();

    private static final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private static JShell shell;

    @BeforeAll
    static void start() {
        shell = JShellFactory.create(List.of(CLASSES), new PrintStream(printed, true, StandardCharsets.UTF_8),
                JShellFactory.Jit.QUICK_START);
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    /**
     * Completion of {@code prefix}, once JShell has indexed the class path in the background
     * (until then it offers nothing): {@code backprop.} offering the chapter packages says it has.
     */
    private static List<String> completions(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!suggestions("backprop.").contains("regression.") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return suggestions(prefix);
    }

    private static List<String> suggestions(String prefix) {
        return shell.sourceCodeAnalysis().completionSuggestions(prefix, prefix.length(), new int[1]).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).toList();
    }

    /** The second part of every JDK package name that starts with {@code first.}, as completion shows it. */
    private static Set<String> jdkPackagesUnder(String first) {
        return ModuleLayer.boot().modules().stream()
                .flatMap(m -> m.getPackages().stream())
                .filter(p -> p.startsWith(first + "."))
                .map(p -> p.substring(first.length() + 1).split("\\.")[0] + ".")
                .collect(Collectors.toSet());
    }

    @Test
    void completionOffersTheProjectAndTheJdkOnly() throws InterruptedException {
        assertTrue(completions("backprop.").containsAll(List.of("regression.", "mlp.", "Format")),
                () -> "backprop. completes to " + suggestions("backprop."));
        for (String first : List.of("org", "com")) {
            List<String> offered = completions(first + ".");
            Set<String> jdk = jdkPackagesUnder(first);
            assertTrue(jdk.containsAll(offered), () -> first + ". completes to " + offered + ", the JDK has " + jdk);
        }
        // On this test's own class path, so visible to a state that took the host's class path:
        assertFalse(completions("org.").contains("junit."), () -> "org. completes to " + suggestions("org."));
        assertFalse(completions("org.").contains("jline."), () -> "org. completes to " + suggestions("org."));
        assertFalse(completions("org.").contains("approvaltests."), () -> "org. completes to " + suggestions("org."));
    }

    @Test
    void snippetsUseTheProjectButNotTheHostsLibraries() {
        assertEquals("\"0.08\"", value("backprop.Format.num(0.08)"));
        assertEquals(Snippet.Status.REJECTED, shell.eval("Class<?> t = org.junit.jupiter.api.Test.class;").get(0).status());
        SnippetEvent loaded = shell.eval("Class.forName(\"org.junit.jupiter.api.Test\")").get(0);
        assertTrue(loaded.exception() != null && loaded.exception().getMessage().contains("org.junit.jupiter.api.Test"),
                () -> "the snippets' VM loaded JUnit: " + loaded);
    }

    @Test
    void snippetsPrintKoreanAsUtf8() {
        printed.reset();
        shell.eval("System.out.println(\"오차역전파법 backpropagation\");");
        assertEquals("오차역전파법 backpropagation\n", printed.toString(StandardCharsets.UTF_8));
    }

    private static String value(String expression) {
        return shell.eval(expression).get(0).value();
    }

    @Test
    void theSnippetsVmHasTheGivenClassPathWhenItHoldsTheAgent(@TempDir Path elsewhere) {
        String given = CLASSES + File.pathSeparator + elsewhere;
        List<String> command = CompanionExecution.command(
                JShellFactory.remoteVMOptions(given, JShellFactory.Jit.QUICK_START), 4711);
        assertEquals(given, command.get(command.indexOf("-cp") + 1), command::toString);
        assertTrue(command.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8")),
                command::toString);
        assertEquals(List.of("backprop.jshell.RemoteAgent", "4711"), command.subList(command.size() - 2, command.size()));
    }

    @Test
    void withoutTheAgentOnTheClassPathItsLocationComesFirst(@TempDir Path elsewhere) {
        List<String> command = CompanionExecution.command(
                JShellFactory.remoteVMOptions(elsewhere.toString(), JShellFactory.Jit.FULL), 4711);
        assertEquals(CompanionExecution.agentLocation() + File.pathSeparator + elsewhere,
                command.get(command.indexOf("-cp") + 1));
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"), command::toString);
    }

    @Test
    void anEmptyClassPathIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JShellFactory.create(List.of(), System.out, JShellFactory.Jit.FULL));
        assertTrue(e.getMessage().contains("classPath"), e.getMessage());
    }
}
