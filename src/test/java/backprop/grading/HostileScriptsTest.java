package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.sandbox.Limits;

/**
 * Issue 14's hostile student, through both doors: a student's own checkout ({@code grade}, which
 * {@code ./companion grade}, {@code /grade} and Maven's {@code -Pgrade} all run) and an
 * instructor's class ({@code grade --submissions}, {@link ClassroomTest}). Each script in {@code src/test/resources/hostile/}
 * stands in for exercise 1.1's; each gets the verdict the threat model says, changes no file outside
 * its scratch folder, and the grader ends within the time limit and the grace.
 */
@Execution(ExecutionMode.CONCURRENT)
class HostileScriptsTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path HOSTILE = PROJECT.resolve("src/test/resources/hostile");
    static final Exercise EXERCISE = ExerciseCatalog.find("1.1").orElseThrow();
    /**
     * The loops get a short limit: they run into it however loaded the machine is. The rest get the
     * default, which they never reach: they end by themselves or are ended by the runner.
     */
    static int limitSeconds(String name) {
        return VERDICTS.get(name) == Verdict.TIMED_OUT ? 2 : (int) Grader.DEFAULT_TIME_LIMIT.toSeconds();
    }
    /** Starting and ending VMs on a loaded machine: the limit does not count the VM's start. */
    static final Duration SLACK = Duration.ofSeconds(25);

    /** Each hostile script and the verdict the model gives it. */
    static final Map<String, Verdict> VERDICTS = new LinkedHashMap<>();
    static {
        VERDICTS.put("read-answer-nio", Verdict.WRONG_OUTPUT);
        VERDICTS.put("read-answer-io", Verdict.WRONG_OUTPUT);
        VERDICTS.put("rewrite-answer", Verdict.WRONG_OUTPUT);
        VERDICTS.put("plant-link", Verdict.WRONG_OUTPUT);
        VERDICTS.put("swallow-stop-catch", Verdict.TIMED_OUT);
        VERDICTS.put("swallow-stop-finally", Verdict.TIMED_OUT);
        VERDICTS.put("long-stream", Verdict.TIMED_OUT);
        VERDICTS.put("endless-printing", Verdict.TOO_MUCH_OUTPUT);
        VERDICTS.put("escape-codes", Verdict.WRONG_OUTPUT);
        VERDICTS.put("terminal-write", Verdict.WRONG_OUTPUT);
        VERDICTS.put("child-process", Verdict.WRONG_OUTPUT);
        VERDICTS.put("environment", Verdict.WRONG_OUTPUT);
        VERDICTS.put("memory", Verdict.WRONG_OUTPUT);
        VERDICTS.put("reflection", Verdict.WRONG_OUTPUT);
        VERDICTS.put("network", Verdict.WRONG_OUTPUT);
        VERDICTS.put("system-exit", Verdict.EXITED);
        VERDICTS.put("threads-outlive", Verdict.WRONG_OUTPUT);
    }

    /** Scripts whose forbidden uses are refused before they run: the report says which. */
    static final Set<String> REFUSED = Set.of("read-answer-nio", "read-answer-io", "rewrite-answer", "plant-link",
            "terminal-write", "child-process", "reflection", "network", "threads-outlive");

    static List<String> scripts() {
        return List.copyOf(VERDICTS.keySet());
    }

    @Test
    void everyHostileScriptHasAnExpectedVerdict() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            assertEquals(Set.copyOf(VERDICTS.keySet()), files.map(f -> f.getFileName().toString().replace(".jsh", ""))
                    .collect(Collectors.toSet()));
        }
    }

    /** Door 1: the student's own checkout, as ./companion grade, /grade and Maven grade it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void ownCheckout(String name, @TempDir Path temp) throws IOException {
        Path project = project(temp.resolve("project"));
        Files.copy(HOSTILE.resolve(name + ".jsh"), project.resolve(EXERCISE.script()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<Path, String> before = everything(project);
        Set<Long> processesBefore = sleepers();
        long start = System.nanoTime();
        GraderTest.Output out = GraderTest.grade(project, "--time-limit=" + limitSeconds(name), EXERCISE.id());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Verdict verdict = VERDICTS.get(name);
        assertEquals(GradeMain.SOME_FAILED, out.status(), out.text());
        assertTrue(out.text().lines().anyMatch(l -> l.startsWith(verdict.tag() + "  " + EXERCISE.id() + "  ")), out.text());
        List<String> lines = out.text().lines().toList();
        assertEquals("0 passed, 1 failed", lines.get(lines.size() - 1), out.text());
        assertNoControlCharacters(out.text());
        if (REFUSED.contains(name)) {
            assertTrue(out.text().contains("not allowed in a graded script:"), out.text());
        }
        assertTrue(took.compareTo(Duration.ofSeconds(limitSeconds(name)).plus(Limits.DEFAULT_GRACE).plus(SLACK)) < 0,
                "took " + took);
        // Nothing changed but the grader's own fresh target/grading.
        assertEquals(before, everything(project));
        assertEquals(Set.of(), difference(sleepers(), processesBefore), "processes left behind");
        extraChecks(name, out.text(), project);
    }

    private static void extraChecks(String name, String report, Path project) throws IOException {
        Path received = project.resolve("target/grading").resolve(EXERCISE.answerName() + ".received.txt");
        String output = Files.exists(received) ? Files.readString(received, StandardCharsets.UTF_8) : "";
        // What the script printed holds nothing of the answer key (the report's diff shows the key's lines, as it may).
        String answer = AnswerKey.output(Files.readString(project.resolve(EXERCISE.answer()), StandardCharsets.UTF_8));
        answer.lines().filter(l -> l.length() > 8).forEach(l -> assertFalse(output.contains(l), () -> "the answer leaked: " + l));
        switch (name) {
            case "environment" -> assertEquals("[HOME, LANG, TMPDIR]\ntrue\ntrue\n", output, report);
            case "escape-codes" -> assertTrue(report.contains("\\u001B[2J\\u001B[H"), report);
            case "endless-printing" -> assertTrue(output.length() <= Limits.DEFAULT_OUTPUT_BYTES, "kept " + output.length());
            case "memory" -> assertTrue(report.contains("OutOfMemoryError"), report);
            case "system-exit" -> assertEquals("bye\n", output);
            default -> { }
        }
    }

    /** A planted link where the received file goes, or where its folder goes, is removed, never followed. */
    @Test
    void aPlantedLinkIsNeverWrittenThrough(@TempDir Path temp) throws IOException {
        Path project = project(temp.resolve("project"));
        Path answer = project.resolve(EXERCISE.answer());
        Path grading = Files.createDirectories(project.resolve("target/grading"));
        Files.createSymbolicLink(grading.resolve(EXERCISE.answerName() + ".received.txt"), answer);
        Map<Path, String> before = everything(project);
        GraderTest.grade(project, "--time-limit=3", EXERCISE.id());
        assertEquals(before, everything(project));
        assertFalse(Files.isSymbolicLink(grading.resolve(EXERCISE.answerName() + ".received.txt")));

        Grader.deleteTree(grading);
        Files.createSymbolicLink(grading, answer.getParent());
        before = everything(project);
        GraderTest.grade(project, "--time-limit=3", EXERCISE.id());
        assertEquals(before, everything(project));
        assertFalse(Files.isSymbolicLink(grading));
    }

    /** A script that is a link (to the key, or to another student's file) is not read. */
    @Test
    void aLinkedScriptIsNotRead(@TempDir Path temp) throws IOException {
        Path project = project(temp.resolve("project"));
        Files.delete(project.resolve(EXERCISE.script()));
        Files.createSymbolicLink(project.resolve(EXERCISE.script()), Solutions.of(EXERCISE).toAbsolutePath());
        GraderTest.Output out = GraderTest.grade(project, EXERCISE.id());
        assertEquals(GradeMain.SOME_FAILED, out.status(), out.text());
        assertTrue(out.text().lines().anyMatch(l -> l.startsWith("FILE  " + EXERCISE.id())), out.text());
    }

    /** A copy of the checkout's answers and skeletons: what the grader reads in a student's clone. */
    static Path project(Path project) throws IOException {
        for (String folder : List.of("answers", "jshell-scripts/exercises")) {
            Path from = PROJECT.resolve(folder);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path f : walk.toList()) {
                    Path to = project.resolve(folder).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
        }
        return project;
    }

    /** Every file and link in the folder but the grader's own {@code target/grading/}, with content and time. */
    static Map<Path, String> everything(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        Path grading = root.resolve("target/grading");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(p -> !p.startsWith(grading) && !p.equals(grading.getParent())).toList()) {
                String what = Files.isSymbolicLink(f) ? "link " + Files.readSymbolicLink(f)
                        : Files.isDirectory(f) ? "folder"
                        : Files.getLastModifiedTime(f) + " " + Files.readString(f, StandardCharsets.UTF_8);
                files.put(root.relativize(f), what);
            }
        }
        return files;
    }

    /** The {@code sleep 600} processes a hostile script would start. */
    static Set<Long> sleepers() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").matches(".*sleep 600.*"))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static Set<Long> difference(Set<Long> a, Set<Long> b) {
        List<Long> left = new ArrayList<>(a);
        left.removeAll(b);
        return Set.copyOf(left);
    }

    /** No escape, bell or carriage return reaches the report: the script's text is shown escaped. */
    static void assertNoControlCharacters(String report) {
        for (int i = 0; i < report.length(); i++) {
            char c = report.charAt(i);
            assertFalse(c != '\n' && Character.isISOControl(c), () -> "a raw control character in:\n" + report);
        }
    }
}
