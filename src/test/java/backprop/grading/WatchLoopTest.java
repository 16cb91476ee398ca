package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rustlings loop on a copy of the checkout: the first exercise fails as given, saving its
 * solution turns it green and moves on to the next, and the marks are tied to the script's
 * content, so the skeleton put back is "not graded" again.
 */
class WatchLoopTest {

    @Test
    void savingAFixedExerciseTurnsItGreenAndMovesOn(@TempDir Path temp) throws Exception {
        Path project = HostileScriptsTest.project(temp.resolve("project"));
        List<Exercise> all = ExerciseCatalog.all();
        Exercise first = all.get(0);
        Exercise second = all.get(1);
        Path script = project.resolve(first.script());
        byte[] skeleton = Files.readAllBytes(script);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress progress = Progress.of(project);
        ExerciseCommands commands = new ExerciseCommands(project, out, "|  ", progress);
        int[] polls = {0};
        Keys keys = timeout -> {
            String printed = bytes.toString(StandardCharsets.UTF_8);
            if (printed.contains("watching " + second.id())) {
                return 'q';
            }
            if (printed.contains("is next: save") && polls[0]++ == 0) {
                // the student saves the solution
                Files.copy(Solutions.of(first), script, StandardCopyOption.REPLACE_EXISTING);
            }
            return Keys.TIMEOUT;
        };
        assertEquals(0, commands.watch("", keys, () -> false));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("|  FAIL  " + first.id()), printed);
        assertTrue(printed.contains("|  0 of " + all.size() + " passed — " + first.id() + " is next"), printed);
        assertTrue(printed.contains("|  PASS  " + first.id()), printed);
        assertTrue(printed.contains("|  ✓ " + first.id() + " passed — 1 of " + all.size() + " passed — next: "
                + second.id() + " " + second.slug()), printed);
        assertTrue(printed.endsWith("|  watch ended\n"), printed);
        assertEquals(Progress.Status.PASSED, Progress.of(project).status(first));

        // The skeleton back: the mark no longer counts.
        Files.write(script, skeleton);
        assertEquals(Progress.Status.NOT_GRADED, Progress.of(project).status(first));
        assertTrue(Files.isRegularFile(project.resolve(Progress.FILE)));
    }
}
