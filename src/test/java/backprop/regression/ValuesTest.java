package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The chapter's values: what they hold, how they compare, and the short form a JShell user sees. */
class ValuesTest {

    private final Dataset data = Dataset.studyHours();

    @Test
    void aLineReadsAsTheSlidesWriteTheModel() {
        assertEquals("y = 2x + 1", Line.of(2, 1).toString());
        assertEquals("y = 0x + 0", Line.of(0, 0).toString());
        assertEquals("y = -131.18963712x - 45.82834176", Line.of(-131.18963712, -45.82834176).toString());
        assertEquals("y = 0.5x - 0.25", Line.of(0.5, -0.25).toString());
        // A b that rounds to 0 at 8 decimals is shown as + 0, never as - 0.
        assertEquals("y = 2x + 0", Line.of(2, -1e-12).toString());
        assertEquals(7.0, Line.of(2, 1).predict(3));
    }

    @Test
    void theDatasetIsCopiedInAndOutAndComparedByItsNumbers() {
        double[] xs = {0, 1, 2};
        Dataset d = Dataset.of("d", "test", xs, new double[] {1, 2, 3});
        xs[0] = 100;
        d.xs()[1] = 100;
        d.ys()[2] = 100;
        assertEquals(List.of(0.0, 1.0, 2.0), List.of(d.x(0), d.x(1), d.x(2)));
        assertEquals(3.0, d.y(2));
        assertEquals(Dataset.of("d", "test", new double[] {0, 1, 2}, new double[] {1, 2, 3}), d);
        assertEquals(Dataset.of("d", "test", new double[] {0, 1, 2}, new double[] {1, 2, 3}).hashCode(), d.hashCode());
        assertNotEquals(Dataset.of("e", "test", new double[] {0, 1, 2}, new double[] {1, 2, 3}), d);
        assertNotEquals(Dataset.of("d", "other", new double[] {0, 1, 2}, new double[] {1, 2, 3}), d);
        assertNotEquals(Dataset.of("d", "test", new double[] {0, 1, 5}, new double[] {1, 2, 3}), d);
        assertNotEquals(Dataset.of("d", "test", new double[] {0, 1, 2}, new double[] {1, 2, 5}), d);
        assertNotEquals(d, "d");
    }

    @Test
    void hashCodesTellDifferentDatasetsApart() {
        // Not required by equals, but a constant hash, or one that ignored a field, would collide here.
        Set<Integer> hashes = new HashSet<>();
        hashes.add(Dataset.of("d", "test", new double[] {0, 1}, new double[] {1, 2}).hashCode());
        hashes.add(Dataset.of("e", "test", new double[] {0, 1}, new double[] {1, 2}).hashCode());
        hashes.add(Dataset.of("d", "other", new double[] {0, 1}, new double[] {1, 2}).hashCode());
        hashes.add(Dataset.of("d", "test", new double[] {0, 3}, new double[] {1, 2}).hashCode());
        hashes.add(Dataset.of("d", "test", new double[] {0, 1}, new double[] {1, 3}).hashCode());
        assertEquals(5, hashes.size());
    }

    @Test
    void theChaptersDatasetInShort() {
        assertEquals("Dataset[공부 시간과 퀴즈 점수, 5 points, xs=[0, 1, 2, 3, 4], ys=[1, 4, 4, 6, 10]]",
                data.toString());
    }

    @Test
    void shortFormsUseTheSlidesNumbers() {
        assertEquals("∂L/∂a = -28, ∂L/∂b = -10", new Gradient(-28, -10).toString());
        assertEquals("step 1: a = 2.8, b = 1, loss = 4.64", new TrainingStep(1, Line.of(2.8, 1), 4.64).toString());
        assertEquals("9번째 걸음에서 발산(diverged): 손실 377291.75247272 > 한계 338000",
                new Divergence(9, 377291.75247272, 338000).toString());
        assertEquals("GridResult[best y = 2x + 1, loss 0.8, 40401 loss evaluations at step 0.1]",
                new GridResult(Line.of(2, 1), 0.8, 40401, 0.1).toString());
    }

    @Test
    void aRunInShort() {
        Training converged = new Training(data, Line.of(0, 0), 0.1, 1,
                List.of(new TrainingStep(0, Line.of(0, 0), 33.8), new TrainingStep(1, Line.of(2.8, 1), 4.64)),
                Optional.empty());
        assertEquals("Training[α = 0.1, 1 steps, y = 2.8x + 1, loss 4.64]", converged.toString());
        Training diverged = new Training(data, Line.of(0, 0), 0.2, 300,
                List.of(new TrainingStep(0, Line.of(0, 0), 33.8)), Optional.of(new Divergence(1, 1e6, 338000)));
        assertEquals("Training[α = 0.2, 1번째 걸음에서 발산(diverged): 손실 1000000 > 한계 338000]", diverged.toString());
    }

    @Test
    void residualsAreCopiedAndComparedByTheirNumbers() {
        double[] values = {-1, -4};
        Residuals r = new Residuals(values, -4, -5);
        values[0] = 100;
        r.values()[1] = 100;
        assertEquals(new Residuals(new double[] {-1, -4}, -4, -5), r);
        assertEquals(new Residuals(new double[] {-1, -4}, -4, -5).hashCode(), r.hashCode());
        assertNotEquals(new Residuals(new double[] {-1, -3}, -4, -5), r);
        assertNotEquals(new Residuals(new double[] {-1, -4}, -3, -5), r);
        assertNotEquals(new Residuals(new double[] {-1, -4}, -4, -4), r);
        assertNotEquals(r.hashCode(), new Residuals(new double[] {-1, -4}, -4, -4).hashCode());
        assertNotEquals(r, "r");
        assertEquals(2, r.n());
        assertEquals("Residuals[-1, -4; Σ r·x = -4, Σ r = -5]", r.toString());
    }

    @Test
    void aRunThatNeverComesCloseHasNoFirstStepWithin() {
        Training training = GradientDescent.train(data, 0.1, 10);
        assertTrue(training.firstStepWithin(Line.of(-50, 50), 1).isEmpty());
        assertEquals(0, training.firstStepWithin(Line.of(0.5, -0.5), 1).getAsInt(), "the start is within 1");
    }

    @Test
    void aStepOutsideTheRunIsRefusedWithTheRange() {
        Training training = GradientDescent.train(data, 0.1, 10);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> training.at(11));
        assertEquals("step must be between 0 and 10, got 11", e.getMessage());
        assertEquals(10, training.at(10).step());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> training.at(-1));
    }
}
