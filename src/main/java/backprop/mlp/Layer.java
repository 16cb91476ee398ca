package backprop.mlp;

import java.util.Random;

import backprop.Format;
import backprop.Require;
import backprop.activation.Activation;

/**
 * One fully connected layer: z = W·input + b, output = f(z).
 *
 * <p>Like the layers in Saito's chapter 5, it remembers what its forward pass saw, because the
 * backward pass needs exactly those numbers: ∂z/∂w is the input, and f'(z) needs z.
 * The weights change while training, so this is a class and not a record.
 */
public final class Layer {
    private final double[][] weights;   // weights[j][i]: from input i to unit j
    private final double[] biases;      // all zero and never trained when hasBias is false
    private final boolean hasBias;
    private final Activation activation;

    // The last forward pass, kept for backward.
    private double[] input;
    private double[] z;
    private double[] output;

    // Gradients summed over the examples seen since the last step.
    private final double[][] weightGradients;
    private final double[] biasGradients;

    private Layer(double[][] weights, double[] biases, boolean hasBias, Activation activation) {
        this.weights = weights;
        this.biases = biases;
        this.hasBias = hasBias;
        this.activation = activation;
        this.weightGradients = new double[weights.length][weights[0].length];
        this.biasGradients = new double[weights.length];
    }

    /**
     * A layer with exact weights, {@code weights[j][i]} from input i to unit j, and biases
     * (null for a layer without bias, as in the slides' network).
     */
    public static Layer of(double[][] weights, double[] biases, Activation activation) {
        Require.notNull("weights", weights);
        Require.notNull("activation", activation);
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must have at least one row (one unit), got 0");
        }
        int inputs = Require.notNull("weights[0]", weights[0]).length;
        if (inputs == 0) {
            throw new IllegalArgumentException("weights[0] must have at least one column (one input), got 0");
        }
        double[][] copy = new double[weights.length][];
        for (int j = 0; j < weights.length; j++) {
            Require.length("weights[" + j + "]", weights[j], inputs);
            copy[j] = Require.allFinite("weights[" + j + "]", weights[j]).clone();
        }
        double[] b = new double[weights.length];
        if (biases != null) {
            Require.length("biases", biases, weights.length);
            b = Require.allFinite("biases", biases).clone();
        }
        return new Layer(copy, b, biases != null, activation);
    }

    /** Weights (and biases) drawn uniformly from [−1, 1) by the given, seeded random source. */
    public static Layer random(int inputs, int units, Activation activation, boolean hasBias, Random random) {
        Require.positive("inputs", inputs);
        Require.positive("units", units);
        Require.notNull("random", random);
        double[][] w = new double[units][inputs];
        double[] b = hasBias ? new double[units] : null;
        for (int j = 0; j < units; j++) {
            for (int i = 0; i < inputs; i++) {
                w[j][i] = 2 * random.nextDouble() - 1;
            }
            if (hasBias) {
                b[j] = 2 * random.nextDouble() - 1;
            }
        }
        return of(w, b, activation);
    }

    /** Every weight and bias the same: the symmetric start the slides warn against. */
    public static Layer constant(int inputs, int units, Activation activation, boolean hasBias, double value) {
        Require.positive("inputs", inputs);
        Require.positive("units", units);
        Require.finite("value", value);
        double[][] w = new double[units][inputs];
        for (double[] row : w) {
            java.util.Arrays.fill(row, value);
        }
        double[] b = null;
        if (hasBias) {
            b = new double[units];
            java.util.Arrays.fill(b, value);
        }
        return of(w, b, activation);
    }

    public int inputs() {
        return weights[0].length;
    }

    public int units() {
        return weights.length;
    }

    public boolean hasBias() {
        return hasBias;
    }

    public Activation activation() {
        return activation;
    }

    /** A copy of the weights, {@code [unit][input]}. */
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int j = 0; j < weights.length; j++) {
            copy[j] = weights[j].clone();
        }
        return copy;
    }

    public double[] biases() {
        return biases.clone();
    }

    /** z = W·input + b, output = f(z); remembers input and z for {@link #backward}. */
    public double[] forward(double[] input) {
        Require.length("input", input, inputs());
        this.input = input.clone();
        this.z = new double[units()];
        this.output = new double[units()];
        for (int j = 0; j < units(); j++) {
            double sum = biases[j];
            for (int i = 0; i < inputs(); i++) {
                sum += weights[j][i] * input[i];
            }
            z[j] = sum;
            output[j] = activation.apply(sum);
        }
        return output.clone();
    }

    /**
     * Takes ∂E/∂output of this layer, adds ∂E/∂w and ∂E/∂b to the running sums, and returns
     * ∂E/∂input for the layer before. The chain rule, unit by unit:
     * ∂E/∂z_j = ∂E/∂out_j · f'(z_j);  ∂E/∂w_ji = ∂E/∂z_j · input_i;  ∂E/∂input_i = Σ_j ∂E/∂z_j · w_ji.
     */
    public double[] backward(double[] dEdOutput) {
        if (z == null) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        Require.length("dEdOutput", dEdOutput, units());
        double[] dEdInput = new double[inputs()];
        for (int j = 0; j < units(); j++) {
            double dEdz = dEdOutput[j] * activation.derivative(z[j], output[j]);
            for (int i = 0; i < inputs(); i++) {
                weightGradients[j][i] += dEdz * input[i];
                // The weight before this step's update: an input's gradient flows back through
                // the same weights the forward pass used.
                dEdInput[i] += dEdz * weights[j][i];
            }
            if (hasBias) {
                biasGradients[j] += dEdz;
            }
        }
        return dEdInput;
    }

    /** The summed gradients ∂E/∂w since the last step, {@code [unit][input]}. */
    public double[][] weightGradients() {
        double[][] copy = new double[weightGradients.length][];
        for (int j = 0; j < weightGradients.length; j++) {
            copy[j] = weightGradients[j].clone();
        }
        return copy;
    }

    /** Gradient descent with the mean gradient over {@code examples}, then clears the sums. */
    void step(double learningRate, int examples) {
        for (int j = 0; j < units(); j++) {
            for (int i = 0; i < inputs(); i++) {
                weights[j][i] -= learningRate * weightGradients[j][i] / examples;
                weightGradients[j][i] = 0;
            }
            if (hasBias) {
                biases[j] -= learningRate * biasGradients[j] / examples;
                biasGradients[j] = 0;
            }
        }
    }

    void clearGradients() {
        for (double[] row : weightGradients) {
            java.util.Arrays.fill(row, 0);
        }
        java.util.Arrays.fill(biasGradients, 0);
    }

    Layer copy() {
        return of(weights, hasBias ? biases : null, activation);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append("Layer ").append(inputs()).append(" → ").append(units()).append(" (")
         .append(activation.name()).append(hasBias ? ", with bias" : ", no bias").append(")");
        for (int j = 0; j < units(); j++) {
            s.append("\n  unit ").append(j + 1).append(": w =");
            for (int i = 0; i < inputs(); i++) {
                s.append(' ').append(Format.f8(weights[j][i]));
            }
            if (hasBias) {
                s.append(", b = ").append(Format.f8(biases[j]));
            }
        }
        return s.toString();
    }
}
