package backprop.perceptron;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import backprop.Format;

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

    /** The rule, the settings, one line per epoch, the verdict and the learned truth table. */
    public String report() {
        int n = start.inputs();
        StringBuilder out = new StringBuilder();
        out.append("perceptron learning rule on ").append(data.name()).append('\n');
        out.append("  y = step(w·x + b), w := w + η (t − y) x, b := b + η (t − y)\n");
        out.append("learning rate η = ").append(Format.num(settings.learningRate()))
                .append(", at most ").append(settings.maxEpochs()).append(" epochs\n");
        out.append("start: ").append(start.describe()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%5s %6s", "epoch", "errors"));
        for (int i = 1; i <= n; i++) {
            out.append(String.format(Locale.ROOT, " %11s", "w" + i));
        }
        out.append(String.format(Locale.ROOT, " %11s", "b")).append('\n');
        for (Epoch e : epochs) {
            out.append(String.format(Locale.ROOT, "%5d %6d", e.number(), e.errors()));
            for (double w : e.after().weights()) {
                out.append(' ').append(pad(Format.f8(w)));
            }
            out.append(' ').append(pad(Format.f8(e.after().bias()))).append('\n');
        }
        out.append('\n');
        Epoch last = epochs.get(epochs.size() - 1);
        if (converged()) {
            out.append("converged: epoch ").append(last.number()).append(" had 0 errors\n");
        } else {
            int fewest = errorCounts().stream().min(Integer::compare).orElseThrow();
            out.append("did not converge: every one of the ").append(epochs.size())
                    .append(" epochs had errors (fewest in one epoch: ").append(fewest).append(")\n");
            firstRepeat().ifPresent(r -> out.append("epoch ").append(r[1])
                    .append(" ended with the same weights as epoch ").append(r[0])
                    .append(": the rule goes round in a cycle and will never reach 0 errors\n"));
        }
        out.append("\nlearned perceptron: ").append(result().describe()).append('\n');
        for (int i = 1; i <= n; i++) {
            out.append('x').append(i).append(' ');
        }
        out.append("t y\n");
        for (TrainingSample s : data.samples()) {
            for (double xi : s.x()) {
                out.append(Format.num(xi)).append(' ');
            }
            double y = result().output(s.x());
            out.append(Format.num(s.target())).append(' ').append(Format.num(y))
                    .append(y == s.target() ? "" : "  wrong").append('\n');
        }
        return out.toString();
    }

    private static String pad(String s) {
        return " ".repeat(Math.max(0, 11 - s.length())) + s;
    }
}
