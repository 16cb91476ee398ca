package backprop.mlp;

import java.util.List;

import backprop.Format;

/**
 * The loss before training (index 0) and after each epoch.
 *
 * @param divergedAtEpoch the epoch at which the loss stopped being a finite number, or 0
 */
public record TrainingHistory(double learningRate, List<Double> losses, int divergedAtEpoch) {

    public TrainingHistory {
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

    /** The loss at every {@code every}-th epoch, and at the last one. */
    public String table(int every) {
        backprop.Require.positive("every", every);
        StringBuilder s = new StringBuilder("epoch  loss\n");
        for (int epoch = 0; epoch < losses.size(); epoch++) {
            if (epoch % every == 0 || epoch == losses.size() - 1) {
                double loss = losses.get(epoch);
                if (!Double.isFinite(loss)) {
                    break;
                }
                s.append(String.format(java.util.Locale.ROOT, "%5d  %s\n", epoch, Format.f8(loss)));
            }
        }
        if (diverged()) {
            s.append("diverged at epoch ").append(divergedAtEpoch)
             .append(": the loss is no longer a finite number; try a smaller learning rate\n");
        }
        return s.toString();
    }
}
