package backprop.mlp;

import java.util.ArrayList;
import java.util.List;

import backprop.Require;

/**
 * The slides' worked example, "MLP 오차역전파 예제": the forward pass, the backward pass (stage 1
 * for w5–w8, stage 2 for w1–w4), the update of all eight weights, and the forward pass again.
 * {@code MlpReports.slidesTrace()} prints it line by line, as the slides do.
 */
public record SlidesExample(Weights weights, Sample sample, double learningRate) {

    /** The slides' learning rate α. */
    public static final double LEARNING_RATE = 0.5;

    public SlidesExample {
        Require.notNull("weights", weights);
        Require.notNull("sample", sample);
        Require.positiveFinite("learningRate", learningRate);
    }

    /** The slides' weights, sample and learning rate. */
    public static SlidesExample slides() {
        return new SlidesExample(Weights.slides(), Sample.slides(), LEARNING_RATE);
    }

    public ForwardPass forward() {
        return ForwardPass.of(weights, sample);
    }

    public BackwardPass backward() {
        return BackwardPass.of(forward());
    }

    /** The weights after one gradient-descent step: wi+ = wi − α·∂E_total/∂wi. */
    public Weights updated() {
        return backward().update(learningRate);
    }

    /** The forward pass with the updated weights. */
    public ForwardPass forwardAgain() {
        return ForwardPass.of(updated(), sample);
    }

    /** How much the one update lowered E_total (negative if it rose). */
    public double decrease() {
        return forward().errorTotal() - forwardAgain().errorTotal();
    }

    /**
     * Repeats the slides' update {@code epochs} times on the one sample: the weights before
     * training (index 0) and after every epoch.
     */
    public static List<Weights> train(Weights start, Sample sample, double learningRate, int epochs) {
        Require.notNull("start", start);
        Require.notNull("sample", sample);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("epochs", epochs);
        List<Weights> path = new ArrayList<>();
        path.add(start);
        Weights w = start;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate);
            path.add(w);
        }
        return List.copyOf(path);
    }
}
