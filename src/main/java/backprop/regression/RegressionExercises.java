package backprop.regression;

import static backprop.Format.f8;
import static backprop.Format.num;
import static backprop.Format.sci;

import java.util.Locale;

import backprop.Require;

/**
 * Printing helpers for chapter 1's exercises. They fix the output's format, so that grading
 * compares the numbers a student computed, not the way they were printed. Both exercises run on
 * the chapter's data, {@link Dataset#studyHours()}.
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

    /**
     * Exercise 1.1: one gradient-descent step the student computed, from {@code from} to
     * {@code to}, with the gradient they computed. The losses are computed here, from the lines,
     * so a wrong step shows as a wrong loss too.
     */
    public static void printStep(int step, Line from, double learningRate, double dLda, double dLdb, Line to) {
        Require.notNull("from", from);
        Require.notNull("to", to);
        Dataset data = Dataset.studyHours();
        StringBuilder s = new StringBuilder();
        s.append("step ").append(step).append(": from ").append(from)
         .append(", loss ").append(f8(Mse.loss(from, data))).append('\n');
        s.append("  ∂L/∂a = ").append(f8(dLda)).append(", ∂L/∂b = ").append(f8(dLdb)).append('\n');
        s.append("  a := a − α·∂L/∂a = ").append(f8(from.a())).append(" − ").append(num(learningRate))
         .append(" × ").append(signed(dLda)).append(" = ").append(f8(to.a())).append('\n');
        s.append("  b := b − α·∂L/∂b = ").append(f8(from.b())).append(" − ").append(num(learningRate))
         .append(" × ").append(signed(dLdb)).append(" = ").append(f8(to.b())).append('\n');
        s.append("  new line ").append(to).append(", loss ").append(f8(Mse.loss(to, data))).append('\n');
        System.out.print(s);
    }

    /** Exercise 1.2: the stopping rules and the table's header. */
    public static void printStoppingHeader(double tolerance, int maxSteps) {
        String rule = "  %-38s → %s\n";
        System.out.print("gradient descent on \"" + Dataset.studyHours().name() + "\" from y = 0x + 0; stop when\n"
                + String.format(Locale.ROOT, rule, "|∂L/∂a| < " + num(tolerance) + " and |∂L/∂b| < " + num(tolerance), "CONVERGED")
                + String.format(Locale.ROOT, rule, "a step makes the loss larger", "DIVERGING")
                + String.format(Locale.ROOT, rule, maxSteps + " steps are done", "OUT_OF_STEPS")
                + String.format(Locale.ROOT, "%6s  %-12s %5s  %12s  %12s  %12s\n", "α", "outcome", "steps", "a", "b", "loss"));
    }

    /**
     * Exercise 1.2: one learning rate's run. For a diverging run only the step at which the loss
     * went up is printed; the line there means nothing.
     */
    public static void printStoppingRow(double learningRate, Outcome outcome, int steps, Line line) {
        Require.notNull("outcome", outcome);
        Require.notNull("line", line);
        boolean diverging = outcome == Outcome.DIVERGING;
        System.out.print(String.format(Locale.ROOT, "%6s  %-12s %5d  %12s  %12s  %12s\n",
                num(learningRate), outcome, steps,
                diverging ? "-" : value(line.a()), diverging ? "-" : value(line.b()),
                diverging ? "-" : value(Mse.loss(line, Dataset.studyHours()))));
    }

    /** Exercise 1.2: the answer, next to the limit the theory gives (see GradientDescent.largestStableLearningRate). */
    public static void printLargestConverging(double learningRate) {
        System.out.println("largest learning rate in the list that converged: " + num(learningRate));
        System.out.println("limit for this data, 2/λmax = "
                + f8(GradientDescent.largestStableLearningRate(Dataset.studyHours())));
    }

    /** Eight decimals, the slides' form; a run that blew up gets the short scientific form instead. */
    private static String value(double x) {
        return Math.abs(x) < 1e6 ? f8(x) : sci(x);
    }

    /** A number after "×": negative ones in parentheses, so "− 0.1 × (−4)" reads right. */
    private static String signed(double x) {
        String s = f8(x);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }
}
