package backprop.mlp;

import java.util.List;

import backprop.Require;

/**
 * The homework's tuning experiment: the same network and sample, trained with different learning
 * rates, and E_total after every epoch.
 */
public final class LearningRateTuning {
    private LearningRateTuning() {}

    /** The learning rates the chapter compares, the slides' 0.5 among them. */
    public static final List<Double> SLIDES_LEARNING_RATES = List.of(0.1, 0.5, 1.0, 2.0, 5.0);

    /** E_total before training (index 0) and after each of {@code epochs} epochs with one learning rate. */
    public static double[] errors(Weights start, Sample sample, double learningRate, int epochs) {
        List<Weights> path = SlidesExample.train(start, sample, learningRate, epochs);
        double[] errors = new double[path.size()];
        for (int epoch = 0; epoch < path.size(); epoch++) {
            errors[epoch] = ForwardPass.of(path.get(epoch), sample).errorTotal();
        }
        return errors;
    }

    /** {@link #errors} for the slides' weights and sample. */
    public static double[] slidesErrors(double learningRate, int epochs) {
        Require.positiveFinite("learningRate", learningRate);
        return errors(Weights.slides(), Sample.slides(), learningRate, epochs);
    }
}
