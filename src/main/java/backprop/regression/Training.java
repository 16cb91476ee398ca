package backprop.regression;

import backprop.Format;
import backprop.Require;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The record of one gradient-descent run: every step's line and loss, and, if the run stopped
 * early, why.
 *
 * @param data           the data fitted
 * @param start          the line at step 0
 * @param learningRate   α in W := W − α·∂L/∂W
 * @param stepsRequested how many steps were asked for
 * @param history        step 0 (the start) to the last finite step, in order
 * @param divergence     present if the run stopped because the loss blew up
 */
public record Training(Dataset data, Line start, double learningRate, int stepsRequested,
                       List<TrainingStep> history, Optional<Divergence> divergence) {

    public Training {
        Require.notNull("data", data);
        Require.notNull("start", start);
        Require.notNull("history", history);
        Require.notNull("divergence", divergence);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history must hold at least step 0, got an empty list");
        }
        history = List.copyOf(history);
    }

    public boolean diverged() {
        return divergence.isPresent();
    }

    /** The last finite row: the end of the run, or the step before it diverged. */
    public TrainingStep last() {
        return history.get(history.size() - 1);
    }

    /** The line the run ended with (the last finite one if it diverged). */
    public Line line() {
        return last().line();
    }

    public double loss() {
        return last().loss();
    }

    /** The row after {@code step} updates. */
    public TrainingStep at(int step) {
        if (step < 0 || step >= history.size()) {
            throw new IllegalArgumentException("step must be between 0 and " + (history.size() - 1) + ", got " + step);
        }
        return history.get(step);
    }

    /**
     * The first step whose a and b are both within {@code tolerance} of {@code target}, or
     * empty if the run never got that close.
     */
    public OptionalInt firstStepWithin(Line target, double tolerance) {
        Require.notNull("target", target);
        Require.positiveFinite("tolerance", tolerance);
        for (TrainingStep row : history) {
            if (Math.abs(row.a() - target.a()) <= tolerance && Math.abs(row.b() - target.b()) <= tolerance) {
                return OptionalInt.of(row.step());
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public String toString() {
        String outcome = divergence.map(Divergence::toString)
                .orElse(last().step() + " steps, " + line() + ", loss " + Format.num(loss()));
        return "Training[α = " + Format.num(learningRate) + ", " + outcome + "]";
    }
}
