package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GradientDescentTest {

    private final Dataset data = Dataset.studyHours();

    @Test
    void oneStepByHandMovesAgainstTheGradient() {
        // a := 0 − 0.1 × (−28) = 2.8; b := 0 − 0.1 × (−10) = 1
        Line next = GradientDescent.step(Line.of(0, 0), data, 0.1);
        assertEquals(2.8, next.a(), 1e-12);
        assertEquals(1.0, next.b(), 1e-12);
        assertEquals(4.64, Mse.loss(next, data), 1e-12);
    }

    @Test
    void trainingRecordsStepZeroToTheLastStep() {
        Training training = GradientDescent.train(data, 0.1, 300);
        assertEquals(301, training.history().size());
        for (int i = 0; i < training.history().size(); i++) {
            assertEquals(i, training.history().get(i).step());
        }
        assertEquals(33.8, training.at(0).loss(), 1e-12);
        assertFalse(training.diverged());
    }

    @Test
    void trainingTakesTheSameStepsAsSteppingByHand() {
        Training training = GradientDescent.train(data, 0.1, 10);
        Line line = Line.of(0, 0);
        for (int step = 1; step <= 10; step++) {
            line = GradientDescent.step(line, data, 0.1);
            assertEquals(line, training.at(step).line());
        }
    }

    @Test
    void convergesToTheLeastSquaresLineOnTheChaptersData() {
        Line line = GradientDescent.train(data, 0.1, 300).line();
        assertEquals(2, line.a(), 1e-8);
        assertEquals(1, line.b(), 1e-8);
    }

    @Test
    void lossNeverGoesUpWithAStableLearningRate() {
        Training training = GradientDescent.train(data, 0.1, 300);
        for (int step = 1; step <= 300; step++) {
            assertTrue(training.at(step).loss() <= training.at(step - 1).loss() + 1e-15, "step " + step);
        }
    }

    @Test
    void convergesToTheLeastSquaresLineOnRandomData() {
        Random random = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            Dataset random1 = RandomData.dataset(random);
            double learningRate = 0.9 * GradientDescent.largestStableLearningRate(random1);
            Training training = GradientDescent.train(random1, learningRate, 20_000);
            Line exact = LeastSquares.fit(random1);
            assertFalse(training.diverged(), "trial " + trial);
            assertEquals(exact.a(), training.line().a(), 1e-6, "a, trial " + trial);
            assertEquals(exact.b(), training.line().b(), 1e-6, "b, trial " + trial);
        }
    }

    @Test
    void largestStableLearningRateOfTheChaptersDataIsTwoOverSevenPlusRootFortyOne() {
        // H = [[12, 4], [4, 2]], λmax = 7 + √41
        assertEquals(2 / (7 + Math.sqrt(41)), GradientDescent.largestStableLearningRate(data), 1e-15);
    }

    @Test
    void justBelowTheLimitConvergesAndJustAboveItTheLossGrows() {
        double limit = GradientDescent.largestStableLearningRate(data);
        Training below = GradientDescent.train(data, 0.95 * limit, 2000);
        Training above = GradientDescent.train(data, 1.05 * limit, 2000);
        assertEquals(0.8, below.loss(), 1e-9);
        assertTrue(above.diverged());
    }

    @Test
    void aTooLargeLearningRateIsStoppedAsDivergedAtTheStepWhereTheLossPassedTheBound() {
        Training training = GradientDescent.train(data, 0.2, 300);
        assertTrue(training.diverged());
        Divergence divergence = training.divergence().orElseThrow();
        assertEquals(338_000, divergence.bound(), 1e-9);
        assertTrue(divergence.loss() > divergence.bound());
        assertEquals(divergence.step() - 1, training.last().step());
        assertTrue(training.last().loss() <= divergence.bound());
        for (TrainingStep row : training.history()) {
            assertTrue(Double.isFinite(row.loss()) && Double.isFinite(row.a()) && Double.isFinite(row.b()));
        }
        String report = RegressionReports.training(training, 1);
        assertTrue(report.contains(divergence.step() + "번째 걸음에서 발산"), report);
        assertFalse(report.contains("NaN") || report.contains("Infinity"), report);
    }

    @Test
    void anOverflowingLearningRateIsReportedInWordsNotAsNaN() {
        Training training = GradientDescent.train(data, 1e300, 300);
        assertTrue(training.diverged());
        assertEquals(1, training.divergence().orElseThrow().step());
        String report = RegressionReports.training(training);
        assertTrue(report.contains("1번째 걸음에서 발산(diverged): 손실이 넘쳐(overflow)"), report);
        assertFalse(report.contains("NaN") || report.contains("Infinity"), report);
    }

    @Test
    void aStartingLossBelowOneDoesNotTurnRoundingIntoDivergence() {
        Training training = GradientDescent.train(data, Line.of(2, 1), 0.1, 100);
        assertFalse(training.diverged());
        assertEquals(2, training.line().a(), 1e-12);
    }

    @Test
    void steppingByHandWithAnOverflowingLearningRateSaysItDiverged() {
        Line line = Line.of(0, 0);
        Line huge = GradientDescent.step(line, data, 1e300);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> GradientDescent.step(huge, data, 1e300));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }

    @Test
    void firstStepWithinFindsTheFirstCloseEnoughStep() {
        Training training = GradientDescent.train(data, 0.1, 300);
        int step = training.firstStepWithin(Line.of(2, 1), 0.05).orElseThrow();
        TrainingStep row = training.at(step);
        assertTrue(Math.abs(row.a() - 2) <= 0.05 && Math.abs(row.b() - 1) <= 0.05);
        TrainingStep before = training.at(step - 1);
        assertFalse(Math.abs(before.a() - 2) <= 0.05 && Math.abs(before.b() - 1) <= 0.05);
    }
}
