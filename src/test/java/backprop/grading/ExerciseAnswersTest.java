package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answers;
import backprop.jshell.ScriptResult;

/** Each exercise's answer is what its reference solution prints; every exercise has its files. */
class ExerciseAnswersTest {

    static List<Exercise> exercises() {
        return ExerciseCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void referenceSolutionPrintsTheApprovedAnswer(Exercise exercise) {
        assertTrue(Files.isRegularFile(exercise.script()), () -> "missing skeleton " + exercise.script());
        assertTrue(Files.isRegularFile(Solutions.of(exercise)), () -> "missing solution " + Solutions.of(exercise));
        ScriptResult result = Solutions.run(exercise);
        assertTrue(result.clean(), () -> "the reference solution of " + exercise.id() + " did not run cleanly:\n"
                + result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        Answers.verify(Solutions.answer(exercise, result.output()));
    }

    @Test
    void everyChapterHasAtLeastTwoExercises() {
        for (int chapter = 1; chapter <= 5; chapter++) {
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
