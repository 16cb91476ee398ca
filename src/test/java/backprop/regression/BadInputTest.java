package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every kind of bad argument is an IllegalArgumentException that names the parameter. */
class BadInputTest {

    private final Dataset data = Dataset.studyHours();

    private static void rejects(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(parameter + " ") || e.getMessage().startsWith(parameter + "["),
                "message should name " + parameter + ": " + e.getMessage());
    }

    @Test
    void emptyDataset() {
        rejects("xs", () -> Dataset.of("empty", "test", new double[0], new double[0]));
    }

    @Test
    void lengthMismatch() {
        rejects("ys", () -> Dataset.of("mismatch", "test", new double[] {1, 2, 3}, new double[] {1, 2}));
    }

    @Test
    void nanOrInfiniteData() {
        rejects("xs", () -> Dataset.of("nan", "test", new double[] {1, Double.NaN}, new double[] {1, 2}));
        rejects("ys", () -> Dataset.of("inf", "test", new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY, 2}));
    }

    @Test
    void missingArraysOrNames() {
        rejects("xs", () -> Dataset.of("null", "test", null, new double[] {1}));
        rejects("ys", () -> Dataset.of("null", "test", new double[] {1}, null));
        rejects("name", () -> Dataset.of(null, "test", new double[] {1}, new double[] {1}));
        rejects("source", () -> Dataset.of("x", null, new double[] {1}, new double[] {1}));
    }

    @Test
    void nonFiniteLine() {
        rejects("a", () -> Line.of(Double.NaN, 0));
        rejects("b", () -> Line.of(0, Double.NEGATIVE_INFINITY));
    }

    @Test
    void badLearningRates() {
        for (double rate : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            rejects("learningRate", () -> GradientDescent.train(data, rate, 10));
            rejects("learningRate", () -> GradientDescent.step(Line.of(0, 0), data, rate));
        }
    }

    @Test
    void badStepCounts() {
        rejects("steps", () -> GradientDescent.train(data, 0.1, 0));
        rejects("steps", () -> GradientDescent.train(data, 0.1, -5));
    }

    @Test
    void badReportInterval() {
        Training training = GradientDescent.train(data, 0.1, 10);
        rejects("every", () -> RegressionReports.training(training, 0));
        rejects("step", () -> training.at(11));
    }

    @Test
    void leastSquaresNeedsTwoDifferentXs() {
        Dataset oneX = Dataset.of("one x", "test", new double[] {3, 3, 3}, new double[] {1, 2, 3});
        rejects("data.xs", () -> LeastSquares.fit(oneX));
    }

    @Test
    void badGrids() {
        rejects("resolution", () -> GridSearch.search(data, -10, 10, 0));
        rejects("resolution", () -> GridSearch.search(data, -10, 10, Double.NaN));
        rejects("high", () -> GridSearch.search(data, 10, -10, 0.1));
        rejects("low", () -> GridSearch.search(data, Double.NEGATIVE_INFINITY, 10, 0.1));
        rejects("resolution", () -> GridSearch.search(data, -10, 10, 0.001));
    }

    @Test
    void badComparisons() {
        Training training = GradientDescent.train(data, 0.1, 10);
        rejects("checkpoints", () -> RegressionReports.versusExact(training, 11));
        rejects("learningRates", () -> RegressionReports.learningRates(data, 10));
        rejects("resolutions", () -> RegressionReports.gridSearchCost(data, -10, 10, 0.1));
        rejects("tolerance", () -> training.firstStepWithin(Line.of(2, 1), 0));
    }
}
