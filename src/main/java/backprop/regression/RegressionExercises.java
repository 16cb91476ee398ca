package backprop.regression;

import java.util.List;

import backprop.Require;

/**
 * Printing helpers for chapter 1's exercises. They fix the output's format (the text comes from
 * {@link RegressionReports}), so that grading compares the numbers a student computed, not the
 * way they were printed. Both exercises run on the chapter's data, {@link Dataset#studyHours()}.
 */
public final class RegressionExercises {
    private RegressionExercises() {}

    /** Why a run of exercise 1.2 stopped. */
    public enum Outcome {
        /** both |∂L/∂a| and |∂L/∂b| fell below the tolerance: the bottom of the valley is reached */
        CONVERGED,
        /** a step made the loss larger than before it: the learning rate overshoots */
        DIVERGING,
        /** the step budget ran out first */
        OUT_OF_STEPS
    }

    /** Exercise 1.1: one gradient-descent step the student computed, and the losses of both lines. */
    public static void printStep(int step, Line from, double learningRate, double dLda, double dLdb, Line to) {
        System.out.print(RegressionReports.exerciseStep(step, from, learningRate, dLda, dLdb, to));
    }

    /**
     * Exercise 1.2: how one learning rate's run ended.
     *
     * @param learningRate α
     * @param outcome      why the run stopped
     * @param steps        how many steps it took
     * @param line         the line it stopped at (the one before the step that made the loss larger, if diverging)
     */
    public record Run(double learningRate, Outcome outcome, int steps, Line line) {
        public Run {
            Require.notNull("outcome", outcome);
            Require.notNull("line", line);
        }
    }

    /**
     * Exercise 1.2: the stopping rules, a table of the runs, and the largest learning rate that
     * converged next to the limit the theory gives (see GradientDescent.largestStableLearningRate).
     */
    public static void printStopping(double tolerance, int maxSteps, List<Run> runs, double largestConverging) {
        System.out.print(RegressionReports.stopping(tolerance, maxSteps, runs, largestConverging));
    }
}
