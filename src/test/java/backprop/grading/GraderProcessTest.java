package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grader as a process of its own, as {@code ./companion grade} and Maven's {@code -Pgrade}
 * start it: stopped with Ctrl-C (SIGINT), ended (SIGTERM) or killed outright (SIGKILL, no shutdown
 * hooks) while a student's script swallows every stop, it leaves no process behind.
 */
@Execution(ExecutionMode.CONCURRENT)
class GraderProcessTest {

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM", "KILL"})
    void endingTheGraderEndsTheStudentsVm(String signal, @TempDir Path temp) throws Exception {
        assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/kill")), "POSIX signals");
        Path project = HostileScriptsTest.project(temp.resolve("project"));
        Exercise exercise = HostileScriptsTest.EXERCISE;
        Files.copy(HostileScriptsTest.HOSTILE.resolve("swallow-stop-catch.jsh"), project.resolve(exercise.script()),
                StandardCopyOption.REPLACE_EXISTING);
        Path tmp = Files.createDirectories(temp.resolve("tmp")); // the grader's scratch folders go here
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                GradeMain.class.getName(), "--time-limit=120", exercise.id())
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("grader.txt").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (studentVms(tmp).isEmpty() && System.nanoTime() < deadline && grader.isAlive()) {
                Thread.sleep(200);
            }
            assertEquals(1, studentVms(tmp).size(), () -> "the student's VM never started: " + read(temp));
            Thread.sleep(1000); // the script is in its loop
            new ProcessBuilder("/bin/kill", "-" + signal, Long.toString(grader.pid())).inheritIO().start().waitFor();
            assertTrue(grader.waitFor(20, TimeUnit.SECONDS), "the grader did not end");
            long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!studentVms(tmp).isEmpty() && System.nanoTime() < gone) {
                Thread.sleep(200);
            }
            assertEquals(List.of(), studentVms(tmp), "a student's VM outlived the grader");
            if (!signal.equals("KILL")) { // SIGKILL runs no shutdown hook: that scratch folder stays in the temp folder
                try (var left = Files.list(tmp)) {
                    assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("backprop-grading-")).toList(), "scratch folders left");
                }
            }
        } finally {
            grader.destroyForcibly();
            studentVms(tmp).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The script VMs of graders whose temporary folder is {@code tmp}. */
    private static List<ProcessHandle> studentVms(Path tmp) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(tmp.toString())
                        && p.info().commandLine().orElse("").contains("SandboxAgent"))
                .toList();
    }

    private static String read(Path temp) {
        try {
            return Files.readString(temp.resolve("grader.txt"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
