package backprop.regression;

/**
 * The chapter's printed outputs, with the chapter's settings, so that the JShell walkthrough,
 * the tests and the answer key all print the same text.
 */
public final class RegressionReports {
    private RegressionReports() {}

    /** Where every run of the chapter starts: y = 0x + 0. */
    public static final Line START = Line.of(0, 0);

    /** A learning rate that converges on {@link Dataset#studyHours()} (the limit is about 0.149). */
    public static final double LEARNING_RATE = 0.1;

    /** Enough steps for gradient descent to agree with the exact fit to 8 decimals. */
    public static final int STEPS = 300;

    /** A learning rate past the limit: every step overshoots further. */
    public static final double TOO_LARGE_LEARNING_RATE = 0.2;

    public static String dataset() {
        return Dataset.studyHours().report();
    }

    /** The first step from y = 0x + 0, every number written out. */
    public static String firstStep() {
        return GradientDescent.explainStep(START, Dataset.studyHours(), LEARNING_RATE);
    }

    /** The whole run as a table, a row every 20 steps. */
    public static String training() {
        return GradientDescent.train(Dataset.studyHours(), START, LEARNING_RATE, STEPS).report(20);
    }

    /** Gradient descent's line at a few steps next to the closed-form least-squares line. */
    public static String versusExact() {
        Training training = GradientDescent.train(Dataset.studyHours(), START, LEARNING_RATE, STEPS);
        return LeastSquares.compare(training, 0, 1, 10, 50, 100, 200, 300);
    }

    /** The same 300 steps with learning rates from too small to too large. */
    public static String learningRates() {
        return GradientDescent.compareLearningRates(Dataset.studyHours(), STEPS,
                0.001, 0.01, 0.05, 0.1, 0.14, 0.15, 0.2);
    }

    /** What trying every (a, b) costs, next to gradient descent's steps. */
    public static String gridSearchCost() {
        return GridSearch.costReport(Dataset.studyHours(), -10, 10, LEARNING_RATE, 1, 0.1, 0.01);
    }

    /** A too-large learning rate, step by step until the run is stopped. */
    public static String divergence() {
        return GradientDescent.train(Dataset.studyHours(), START, TOO_LARGE_LEARNING_RATE, STEPS).report(1);
    }
}
