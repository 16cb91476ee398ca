package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * Every exercise has its files, and every chapter at least two exercises. (That each answer is what
 * the reference solution prints is checked, through the grader itself, by GraderTest.)
 */
class ExerciseAnswersTest {

    static List<Exercise> exercises() {
        return ExerciseCatalog.all();
    }

    /** The skeleton a student edits and the reference solution that proves the grader. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void hasASkeletonAndAReferenceSolution(Exercise exercise) {
        assertTrue(Files.isRegularFile(exercise.script()), () -> "missing skeleton " + exercise.script());
        assertTrue(Files.isRegularFile(Solutions.of(exercise)), () -> "missing solution " + Solutions.of(exercise));
    }

    @Test
    void everyChapterHasAtLeastTwoExercises() {
        for (int chapter = 1; chapter <= 7; chapter++) {
            int n = chapter;
            assertTrue(ExerciseCatalog.ofChapter(chapter).size() >= 2, () -> "chapter " + n + " has fewer than two exercises");
        }
    }

    @Test
    void idsAreUnique() {
        List<String> ids = ExerciseCatalog.all().stream().map(Exercise::id).toList();
        assertFalse(ids.size() != ids.stream().distinct().count(), "duplicate exercise ids: " + ids);
    }
}
