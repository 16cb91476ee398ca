package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import backprop.sandbox.Limits;

/**
 * "Do it yourself": an exercise's forbidden shortcuts are data in the catalog, and a script that
 * calls one fails whatever it prints, while the name in a comment or a string is no call.
 */
@Execution(ExecutionMode.CONCURRENT)
class ShortcutTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Exercise GRADIENT_STEP = ExerciseCatalog.find("1.1").orElseThrow();
    static final Grader GRADER = new Grader(PROJECT, AnswerKey.load(PROJECT, ExerciseCatalog.all()), Grader.ownCode(),
            Limits.withTime(Grader.DEFAULT_TIME_LIMIT), null);

    @AfterAll
    static void close() {
        GRADER.close();
    }

    @Test
    void theShortcutTableNamesOnlyExercisesOfTheCatalog() {
        Set<String> slugs = Set.copyOf(ExerciseCatalog.all().stream().map(Exercise::slug).toList());
        assertTrue(slugs.containsAll(ExerciseCatalog.shortcutSlugs()), ExerciseCatalog.shortcutSlugs().toString());
        assertTrue(GRADIENT_STEP.shortcuts().contains("backprop.regression.Mse.gradient"));
    }

    @Test
    void callingTheLibraryFailsWhateverThePrintout(@TempDir Path temp) throws IOException {
        String solution = Files.readString(Solutions.of(GRADIENT_STEP), StandardCharsets.UTF_8);
        Path script = temp.resolve(GRADIENT_STEP.script().getFileName());
        Files.writeString(script, solution + "\nvar check = Mse.gradient(Line.of(1, 3), Dataset.studyHours());\n");
        GradeResult result = GRADER.grade(GRADIENT_STEP, script, temp);
        String details = GradeReport.details(result, false);
        assertEquals(Verdict.WRONG_OUTPUT, result.verdict(), details);
        assertTrue(result.diff().matches(), "it printed the answer: " + details);
        assertTrue(details.contains("do it yourself (직접 해 보세요): exercise 1.1 asks you to compute what Mse.gradient"),
                details);
    }

    @Test
    void theNameInACommentOrAStringIsNoCall(@TempDir Path temp) throws IOException {
        String solution = Files.readString(Solutions.of(GRADIENT_STEP), StandardCharsets.UTF_8);
        Path script = temp.resolve(GRADIENT_STEP.script().getFileName());
        Files.writeString(script, "// not Mse.gradient(line, data): by hand\n" + solution
                + "\nString note = \"Mse.gradient(line, data) would do it\";\n/* Mse.gradient */\n");
        GradeResult result = GRADER.grade(GRADIENT_STEP, script, temp);
        assertEquals(Verdict.PASSED, result.verdict(), () -> GradeReport.details(result, true));
        assertFalse(GradeReport.details(result, false).contains("do it yourself"));
    }
}
