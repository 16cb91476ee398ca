package backprop.mlp;

import java.util.List;

import backprop.Format;
import backprop.Require;

/**
 * How well a network does on a data set: the mean loss E = ½ Σ (target − output)², and the
 * accuracy, the share of examples whose largest output stands where their target's largest value
 * does. Both come from one forward pass per example.
 */
public record Evaluation(double loss, double accuracy) {

    public static Evaluation of(Mlp network, List<Example> examples) {
        Require.notNull("network", network);
        network.checkExamples(examples);
        double errors = 0;
        int right = 0;
        for (Example example : examples) {
            double[] output = network.predict(example.input());
            double[] target = example.target();
            errors += Mlp.error(output, target);
            if (Mlp.argmax(output) == Mlp.argmax(target)) {
                right++;
            }
        }
        return new Evaluation(errors / examples.size(), (double) right / examples.size());
    }

    @Override
    public String toString() {
        return "Evaluation[loss " + Format.num(loss) + ", accuracy " + Format.percent(accuracy) + "]";
    }
}
