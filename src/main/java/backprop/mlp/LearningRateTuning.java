package backprop.mlp;

import static backprop.Format.f8;

import java.util.List;
import java.util.Locale;

import backprop.Format;
import backprop.Require;

/**
 * The homework's tuning experiment: the same network and sample, trained with different learning
 * rates, and E_total read off after a number of epochs.
 */
public final class LearningRateTuning {
    private LearningRateTuning() {}

    public static final double[] SLIDES_LEARNING_RATES = {0.1, 0.5, 1, 2, 5};
    public static final int[] CHECKPOINTS = {1, 10, 100};

    public static String report() {
        return report(Weights.slides(), Sample.slides(), SLIDES_LEARNING_RATES, CHECKPOINTS);
    }

    public static String report(Weights start, Sample sample, double[] learningRates, int[] checkpoints) {
        Require.notNull("learningRates", learningRates);
        Require.notNull("checkpoints", checkpoints);
        Require.nonEmpty("learningRates", learningRates);
        Require.nonEmpty("checkpoints", checkpoints);
        int last = 0;
        for (int k = 0; k < checkpoints.length; k++) {
            Require.positive("checkpoints[" + k + "]", checkpoints[k]);
            if (checkpoints[k] <= last) {
                throw new IllegalArgumentException("checkpoints must increase, got " + checkpoints[k]
                        + " after " + last);
            }
            last = checkpoints[k];
        }
        StringBuilder s = new StringBuilder();
        s.append("E_total after n epochs (epoch 0: ").append(f8(ForwardPass.of(start, sample).errorTotal()))
         .append("); scientific notation, because the errors span many decades\n");
        s.append("   α ");
        for (int n : checkpoints) {
            s.append(String.format(Locale.ROOT, "  %10s", "n = " + n));
        }
        s.append('\n');
        for (int k = 0; k < learningRates.length; k++) {
            double learningRate = Require.positiveFinite("learningRates[" + k + "]", learningRates[k]);
            List<Weights> path = SlidesExample.train(start, sample, learningRate, last);
            s.append(String.format(Locale.ROOT, "%4s ", Format.num(learningRate)));
            for (int n : checkpoints) {
                s.append(String.format(Locale.ROOT, "  %10s", Format.sci(ForwardPass.of(path.get(n), sample).errorTotal())));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
