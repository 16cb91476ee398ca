package backprop.perceptron;

import java.util.Arrays;
import java.util.Objects;

import backprop.Format;
import backprop.Require;

/** One training example: an input x and the target t the perceptron should output for it. */
public record TrainingSample(double[] x, double target) {

    public TrainingSample {
        Require.allFinite("x", x);
        Require.nonEmpty("x", x);
        Require.finite("target", target);
        x = x.clone();
    }

    /** Target first, then the inputs: {@code TrainingSample.of(1, 1, 0)} is t = 1 for x = (1, 0). */
    public static TrainingSample of(double target, double... x) {
        return new TrainingSample(x, target);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingSample s && Arrays.equals(x, s.x) && Double.compare(target, s.target) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), target);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("x = (");
        for (int i = 0; i < x.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Format.num(x[i]));
        }
        return out.append("), t = ").append(Format.num(target)).toString();
    }
}
