package backprop.mlp;

import java.util.Arrays;
import java.util.Random;

import backprop.Require;
import backprop.activation.Activation;

/**
 * One fully connected layer: z_j = Σ_i w_ji·input_i + b_j, out_j = f(z_j).
 *
 * <p>Like the layers in Saito's chapter 5, it remembers what its forward pass saw, because the
 * backward pass needs exactly those numbers: ∂z_j/∂w_ji is input_i, and f'(z_j) needs z_j. Like
 * micrograd's {@code grad}, backward adds to the layer's gradient, so that a batch's gradient is
 * the sum of its examples' gradients, until {@link #zeroGradient} starts a new sum.
 *
 * <p>The weights change only by a gradient-descent step of the {@link Mlp} that owns the layer;
 * an {@code Mlp} hands out copies of its layers, never the layers it trains.
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

    // ∂E/∂w and ∂E/∂b, summed over the examples since the last zeroGradient().
    private final double[][] dW;
    private final double[] db;

    private Layer(double[][] weights, double[] biases, boolean hasBias, Activation activation) {
        this.weights = weights;
        this.biases = biases;
        this.hasBias = hasBias;
        this.activation = activation;
        this.dW = new double[weights.length][weights[0].length];
        this.db = new double[weights.length];
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
            Arrays.fill(row, value);
        }
        double[] b = null;
        if (hasBias) {
            b = new double[units];
            Arrays.fill(b, value);
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
        return copy(weights);
    }

    /** A copy of the biases; all zero for a layer without bias. */
    public double[] biases() {
        return biases.clone();
    }

    /** z = W·input + b, output = f(z); remembers input, z and the output for {@link #backward}. */
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
     * Backpropagation through this layer for the example of the last forward pass: it computes
     * gradients and changes no weight (gradient descent does that, {@link Mlp#update}). It takes
     * ∂E/∂out_j from the layer above and returns ∂E/∂input_i for the layer below. In between,
     * unit by unit, through the unit's error signal δ_j, as chapter 5 writes δ3 = ∂E_total/∂z3:
     * <pre>
     *   δ_j = ∂E/∂z_j = ∂E/∂out_j · f'(z_j)     what arrives at the unit × its local derivative
     *   ∂E/∂w_ji = δ_j · input_i                 because ∂z_j/∂w_ji = input_i
     *   ∂E/∂b_j  = δ_j                           because ∂z_j/∂b_j = 1
     *   ∂E/∂input_i = Σ_j δ_j · w_ji             input_i reaches E through every unit: sum the paths
     * </pre>
     * ∂E/∂w and ∂E/∂b are added to the layer's {@link #gradient}.
     */
    public double[] backward(double[] dEdOutput) {
        if (z == null) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        Require.length("dEdOutput", dEdOutput, units());
        double[] dEdInput = new double[inputs()];
        for (int j = 0; j < units(); j++) {
            // δ_j = ∂E/∂z_j. The sigmoid's derivative reads its own output, σ(1 − σ): hence both.
            double delta = dEdOutput[j] * activation.derivative(z[j], output[j]);
            for (int i = 0; i < inputs(); i++) {
                // ∂E/∂w_ji = δ_j · input_i
                dW[j][i] += delta * input[i];
                // ∂E/∂input_i = Σ_j δ_j · w_ji, with the weight before this step's update: the
                // error flows back through the same weights the forward pass used.
                dEdInput[i] += delta * weights[j][i];
            }
            if (hasBias) {
                // ∂E/∂b_j = δ_j
                db[j] += delta;
            }
        }
        return dEdInput;
    }

    /** ∂E/∂W and ∂E/∂b summed over the backward passes since the last {@link #zeroGradient}. */
    public LayerGradient gradient() {
        return new LayerGradient(dW, db);
    }

    /** Starts a new sum of gradients, as micrograd's zero_grad does. */
    public void zeroGradient() {
        for (double[] row : dW) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(db, 0);
    }

    /** ∂E/∂W and ∂E/∂b summed so far, divided by {@code examples}: the batch's mean gradient. */
    LayerGradient meanGradient(int examples) {
        double[][] mean = new double[units()][inputs()];
        double[] meanDb = new double[units()];
        for (int j = 0; j < units(); j++) {
            for (int i = 0; i < inputs(); i++) {
                mean[j][i] = dW[j][i] / examples;
            }
            meanDb[j] = db[j] / examples;
        }
        return new LayerGradient(mean, meanDb);
    }

    /** One gradient-descent step: w ← w − α·∂E/∂w, and b ← b − α·∂E/∂b if the layer has biases. */
    void update(LayerGradient gradient, double learningRate) {
        if (gradient.units() != units() || gradient.inputs() != inputs()) {
            throw new IllegalArgumentException("gradient must be " + units() + "×" + inputs() + " like the layer, got "
                    + gradient.units() + "×" + gradient.inputs());
        }
        for (int j = 0; j < units(); j++) {
            for (int i = 0; i < inputs(); i++) {
                weights[j][i] -= learningRate * gradient.dW(j, i);
            }
            if (hasBias) {
                biases[j] -= learningRate * gradient.db(j);
            }
        }
    }

    /**
     * {@link #update} with the mean of the gradient summed so far, without building it:
     * w ← w − α·(∂E/∂w summed / examples), then the sums start again from zero. The same
     * arithmetic as {@code update(meanGradient(examples), α)}, to the last bit; {@link Trainer}
     * takes this path because a batch of one image would otherwise spend more time copying its
     * gradient than computing it.
     */
    void descend(double learningRate, int examples) {
        for (int j = 0; j < units(); j++) {
            for (int i = 0; i < inputs(); i++) {
                weights[j][i] -= learningRate * (dW[j][i] / examples);
                dW[j][i] = 0;
            }
            if (hasBias) {
                biases[j] -= learningRate * (db[j] / examples);
            }
            db[j] = 0;
        }
    }

    /** A fresh layer with the same weights: no forward pass remembered, no gradient summed. */
    Layer copy() {
        return of(weights, hasBias ? biases : null, activation);
    }

    private static double[][] copy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            copy[j] = rows[j].clone();
        }
        return copy;
    }

    /** Its shape, e.g. {@code Layer 2 → 2 (sigmoid, with bias)}; {@code MlpReports.network} lists the weights. */
    @Override
    public String toString() {
        return "Layer " + inputs() + " → " + units() + " (" + activation.name()
                + (hasBias ? ", with bias" : ", no bias") + ")";
    }
}
