package backprop.perceptron;

import java.util.List;
import java.util.Optional;

/**
 * What the perceptron learning rule did on one data set: the error count and weights after
 * every epoch, and whether it ever got every sample right.
 */
public record TrainingRun(TrainingData data, PerceptronLearning settings, Perceptron start, List<Epoch> epochs) {

    public TrainingRun {
        epochs = List.copyOf(epochs);
    }

    /** True when the last epoch had no errors: the perceptron now gets every sample right. */
    public boolean converged() {
        return !epochs.isEmpty() && epochs.get(epochs.size() - 1).errors() == 0;
    }

    /** The perceptron after the last epoch. */
    public Perceptron result() {
        return epochs.isEmpty() ? start : epochs.get(epochs.size() - 1).after();
    }

    /** The error count of every epoch, in order. */
    public List<Integer> errorCounts() {
        return epochs.stream().map(Epoch::errors).toList();
    }

    /**
     * The first epoch that ended with exactly the weights of an earlier epoch, if any: from
     * there on the rule repeats itself, so it can never reach an epoch without errors.
     */
    public Optional<int[]> firstRepeat() {
        for (int later = 1; later < epochs.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (epochs.get(later).after().equals(epochs.get(earlier).after())
                        && epochs.get(later).errors() > 0) {
                    return Optional.of(new int[] {epochs.get(earlier).number(), epochs.get(later).number()});
                }
            }
        }
        return Optional.empty();
    }
}
