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

    /** The run as a table, about ten rows. */
    public String report() {
        return report(Math.max(1, stepsRequested / 10));
    }

    /** The run as a table of every {@code every}-th step, plus the last one, then the outcome. */
    public String report(int every) {
        Require.positive("every", every);
        StringBuilder out = new StringBuilder();
        out.append("gradient descent on \"").append(data.name()).append("\" (").append(data.size()).append(" points)\n");
        out.append("learning rate α = ").append(Format.num(learningRate))
                .append(", start ").append(start)
                .append(", ").append(stepsRequested).append(stepsRequested == 1 ? " step" : " steps")
                .append(every == 1 ? ", a row per step" : ", a row every " + every + " steps")
                .append('\n');
        Table table = new Table("step", "a", "b", "loss");
        for (TrainingStep row : history) {
            if (row.step() % every == 0 || row == last()) {
                table.row(String.valueOf(row.step()), Format.f8(row.a()), Format.f8(row.b()), Format.f8(row.loss()));
            }
        }
        out.append(table);
        if (divergence.isPresent()) {
            out.append(divergence.get().describe()).append('\n');
            out.append("(a run is stopped once its loss passes ").append(Format.num(GradientDescent.DIVERGENCE_FACTOR))
                    .append(" × max(loss at step 0, 1) = ").append(Format.f8(divergence.get().bound())).append(")\n");
            out.append("the learning rate ").append(Format.num(learningRate))
                    .append(" is too large: every step jumps past the bottom of the loss valley"
                            + " to a higher point on the other side.\n");
            out.append("last finite line (step ").append(last().step()).append("): ").append(line()).append('\n');
        } else {
            out.append("after ").append(last().step()).append(last().step() == 1 ? " step: " : " steps: ")
                    .append(line()).append(", loss ").append(Format.f8(loss())).append('\n');
            if (loss() > history.get(0).loss()) {
                out.append("warning: the loss is larger than at step 0; the learning rate ")
                        .append(Format.num(learningRate)).append(" is probably too large.\n");
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        String outcome = divergence.map(Divergence::describe)
                .orElse(last().step() + " steps, " + line() + ", loss " + Format.f8(loss()));
        return "Training[α = " + Format.num(learningRate) + ", " + outcome + "]";
    }
}
