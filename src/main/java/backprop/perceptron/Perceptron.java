package backprop.perceptron;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import backprop.Format;
import backprop.Require;
import backprop.activation.Activation;

/**
 * One artificial neuron: the weighted sum w·x + b of its inputs, passed through an activation.
 *
 * <p>With {@link Activation#STEP} it is the slides' TLU (threshold logic unit): it fires 1 when
 * the weighted sum is above 0, else 0 (0 at exactly 0, as Saito's gates). With {@link Activation#IDENTITY} and one input it is
 * linear regression y = ax + b, with weight a and bias b.
 *
 * <p>The weights are copied in and out, so a perceptron never changes once built; learning
 * makes a new one (see {@link PerceptronLearning}).
 */
public record Perceptron(double[] weights, double bias, Activation activation) {

    public Perceptron {
        Require.allFinite("weights", weights);
        Require.nonEmpty("weights", weights);
        Require.finite("bias", bias);
        Require.notNull("activation", activation);
        weights = weights.clone();
    }

    /** A TLU: weighted sum, then the step function. */
    public static Perceptron tlu(double bias, double... weights) {
        return new Perceptron(weights, bias, Activation.STEP);
    }

    /** The slides' "perceptron as linear regression": y = a·x + b (identity activation). */
    public static Perceptron linear(double a, double b) {
        return new Perceptron(new double[] {a}, b, Activation.IDENTITY);
    }

    /**
     * AND: fires only when both inputs are 1. Weights 0.5, 0.5 and bias −0.7 (Saito, ch. 2):
     * the sum is above 0 only for (1, 1), where it is 0.3.
     */
    public static Perceptron and() {
        return tlu(-0.7, 0.5, 0.5);
    }

    /** NAND = NOT AND: the AND weights and bias with the sign flipped. */
    public static Perceptron nand() {
        return tlu(0.7, -0.5, -0.5);
    }

    /** OR: fires when at least one input is 1; a lower threshold (bias −0.2) than AND. */
    public static Perceptron or() {
        return tlu(-0.2, 0.5, 0.5);
    }

    /** How many inputs this perceptron takes. */
    public int inputs() {
        return weights.length;
    }

    /** A copy: the caller may change it without changing this perceptron. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The weight of input i, counting from 1 as the slides do (w1, w2, …). */
    public double weight(int i) {
        if (i < 1 || i > weights.length) {
            throw new IllegalArgumentException("i must be between 1 and " + weights.length + ", got " + i);
        }
        return weights[i - 1];
    }

    /** w·x + b, the value the activation decides on. */
    public double weightedSum(double... x) {
        Require.length("x", x, weights.length);
        Require.allFinite("x", x);
        double sum = bias;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * x[i];
        }
        return sum;
    }

    /** activation(w·x + b). */
    public double output(double... x) {
        return activation.apply(weightedSum(x));
    }

    /** The same activation with new weights and bias: what one learning step produces. */
    public Perceptron with(double[] newWeights, double newBias) {
        Require.length("newWeights", newWeights, weights.length);
        return new Perceptron(newWeights, newBias, activation);
    }

    /** All 2^n inputs of zeros and ones, with x1 changing fastest: 00, 10, 01, 11. */
    static List<double[]> binaryInputs(int n) {
        if (n > 16) {
            throw new IllegalArgumentException("n must be at most 16 for a truth table, got " + n);
        }
        List<double[]> rows = new ArrayList<>();
        for (int bits = 0; bits < (1 << n); bits++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (bits >> i) & 1;
            }
            rows.add(x);
        }
        return rows;
    }

    /** {@code Perceptron[w = (0.5, 0.5), b = -0.7, step]}. */
    @Override
    public String toString() {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
            w.append(i == 0 ? "" : ", ").append(Format.num(weights[i]));
        }
        return "Perceptron[w = (" + w + "), b = " + Format.num(bias) + ", " + activation.name() + "]";
    }

    /** Records compare arrays by identity; two perceptrons with the same numbers are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Perceptron p
                && Arrays.equals(weights, p.weights)
                && Double.compare(bias, p.bias) == 0
                && activation.equals(p.activation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(weights), bias, activation);
    }
}
