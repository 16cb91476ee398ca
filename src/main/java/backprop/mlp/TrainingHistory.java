package backprop.mlp;

import java.util.List;

import backprop.Format;
import backprop.Require;

/**
 * The loss before training (index 0) and after each epoch.
 *
 * @param divergedAtEpoch the epoch at which the loss stopped being a finite number, or 0
 */
public record TrainingHistory(double learningRate, List<Double> losses, int divergedAtEpoch) {

    public TrainingHistory {
        Require.nonEmpty("losses", losses);
        losses = List.copyOf(losses);
    }

    public boolean diverged() {
        return divergedAtEpoch > 0;
    }

    public int epochs() {
        return losses.size() - 1;
    }

    public double initialLoss() {
        return losses.get(0);
    }

    public double finalLoss() {
        return losses.get(losses.size() - 1);
    }

    /** Short, for JShell: {@code TrainingHistory[α = 2, 2000 epochs, loss 0.17777059 → 0.00103115]}. */
    @Override
    public String toString() {
        return "TrainingHistory[α = " + Format.num(learningRate) + ", " + epochs() + " epochs, loss "
                + Format.num(initialLoss()) + " → " + Format.num(finalLoss())
                + (diverged() ? ", diverged at epoch " + divergedAtEpoch : "") + "]";
    }
}
