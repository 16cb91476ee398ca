package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridSearchTest {

    @Test
    void countsValuesPerParameterAndEvaluations() {
        assertEquals(21, GridSearch.pointsPerAxis(-10, 10, 1));
        assertEquals(201, GridSearch.pointsPerAxis(-10, 10, 0.1));
        assertEquals(2001, GridSearch.pointsPerAxis(-10, 10, 0.01));
        assertEquals(40401, GridSearch.evaluationsNeeded(-10, 10, 0.1));
        assertEquals(400_040_001L, GridSearch.evaluationsNeeded(-10, 10, 0.001));
    }

    @Test
    void searchEvaluatesEveryGridPointOnceAndFindsTheBestOne() {
        GridResult result = GridSearch.search(Dataset.studyHours(), -10, 10, 0.1);
        assertEquals(40401, result.evaluations());
        assertEquals(2, result.best().a(), 1e-9);
        assertEquals(1, result.best().b(), 1e-9);
        assertEquals(0.8, result.loss(), 1e-9);
    }

    @Test
    void aGridThatMissesTheOptimumStillLandsWithinHalfAStep() {
        // Grid points −9.7, −9.4, …: neither 2 nor 1 is on it.
        GridResult result = GridSearch.search(Dataset.studyHours(), -9.7, 9.8, 0.3);
        assertTrue(Math.abs(result.best().a() - 2) <= 0.15 + 1e-12, result.toString());
        assertTrue(Math.abs(result.best().b() - 1) <= 0.15 + 1e-12, result.toString());
    }
}
