package backprop.mlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import backprop.Require;
import backprop.activation.Activation;

/**
 * A small multi-layer perceptron: a list of {@link Layer}s and the slides' loss
 * E = ½ Σ (target − output)². Like DLfS's {@code TwoLayerNet} it is the model only: it predicts,
 * measures its loss and computes its gradient; {@link Trainer} trains it and {@link Evaluation}
 * scores it.
 */
public final class Mlp {
    private final List<Layer> layers;

    private Mlp(List<Layer> layers) {
        this.layers = layers;
    }

    /** A network of copies of the given layers; each layer's inputs must match the previous layer's units. */
    public static Mlp of(Layer... layers) {
        Require.notNull("layers", layers);
        Require.nonEmpty("layers", layers);
        for (int k = 0; k < layers.length; k++) {
            Require.notNull("layers[" + k + "]", layers[k]);
        }
        for (int k = 1; k < layers.length; k++) {
            if (layers[k].inputs() != layers[k - 1].units()) {
                throw new IllegalArgumentException("layers[" + k + "] takes " + layers[k].inputs()
                        + " inputs, but layers[" + (k - 1) + "] has " + layers[k - 1].units() + " units");
            }
        }
        List<Layer> copies = new ArrayList<>();
        for (Layer layer : layers) {
            copies.add(layer.copy());
        }
        return new Mlp(copies);
    }

    /**
     * Layer sizes, e.g. {@code random(42, SIGMOID, true, 2, 2, 1)} for 2 inputs, 2 hidden units
     * and 1 output; every layer uses {@code activation}, weights uniform in [−1, 1) from the seed.
     */
    public static Mlp random(long seed, Activation activation, boolean hasBias, int... sizes) {
        checkSizes(sizes);
        Random random = new Random(seed);
        Layer[] layers = new Layer[sizes.length - 1];
        for (int k = 0; k < layers.length; k++) {
            layers[k] = Layer.random(sizes[k], sizes[k + 1], activation, hasBias, random);
        }
        return of(layers);
    }

    /** Every weight and bias equal to {@code value}: the symmetric start. */
    public static Mlp constant(double value, Activation activation, boolean hasBias, int... sizes) {
        checkSizes(sizes);
        Layer[] layers = new Layer[sizes.length - 1];
        for (int k = 0; k < layers.length; k++) {
            layers[k] = Layer.constant(sizes[k], sizes[k + 1], activation, hasBias, value);
        }
        return of(layers);
    }

    /** The slides' 2-2-2 sigmoid network without biases, from eight weights w1..w8. */
    public static Mlp of(Weights w) {
        Require.notNull("weights", w);
        return of(
                Layer.of(new double[][] {{w.w1(), w.w2()}, {w.w3(), w.w4()}}, null, Activation.SIGMOID),
                Layer.of(new double[][] {{w.w5(), w.w6()}, {w.w7(), w.w8()}}, null, Activation.SIGMOID));
    }

    /** The slides' network with the slides' weights. */
    public static Mlp slides() {
        return of(Weights.slides());
    }

    private static void checkSizes(int[] sizes) {
        Require.notNull("sizes", sizes);
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes must list at least an input and an output size, got "
                    + Arrays.toString(sizes));
        }
        for (int k = 0; k < sizes.length; k++) {
            Require.positive("sizes[" + k + "]", sizes[k]);
        }
    }

    /** Copies of the layers: reading them never changes the network. */
    public List<Layer> layers() {
        return layers.stream().map(Layer::copy).toList();
    }

    /** A copy of layer {@code index}, counted from 0 at the input. */
    public Layer layer(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IllegalArgumentException("index must be between 0 and " + (layers.size() - 1) + ", got " + index);
        }
        return layers.get(index).copy();
    }

    public int depth() {
        return layers.size();
    }

    public int inputs() {
        return layers.get(0).inputs();
    }

    public int outputs() {
        return layers.get(layers.size() - 1).units();
    }

    /** The forward pass: each layer's output is the next layer's input. */
    public double[] predict(double... input) {
        Require.allFinite("input", input);
        Require.length("input", input, inputs());
        double[] signal = input;
        for (Layer layer : layers) {
            signal = layer.forward(signal);
        }
        return signal;
    }

    /** The index of the largest output: the class a classifier picks. */
    public int classify(double... input) {
        return argmax(predict(input));
    }

    /** E = ½ Σ (target − output)² for one example. */
    public double error(Example example) {
        Require.notNull("example", example);
        checkTarget(example);
        return error(predict(example.input()), example.target());
    }

    /** The mean of E over the examples. */
    public double loss(List<Example> examples) {
        checkExamples(examples);
        double sum = 0;
        for (Example example : examples) {
            sum += error(example);
        }
        return sum / examples.size();
    }

    /**
     * ∂E/∂W and ∂E/∂b of every layer, for the mean loss over {@code examples}: one
     * {@link LayerGradient} per layer, from the input up. Nothing in the network changes but the
     * layers' gradient sums.
     */
    public List<LayerGradient> gradient(List<Example> examples) {
        sumGradients(examples);
        List<LayerGradient> mean = new ArrayList<>();
        for (Layer layer : layers) {
            mean.add(layer.meanGradient(examples.size()));
        }
        return List.copyOf(mean);
    }

    /**
     * {@code update(gradient(batch), learningRate)}, to the last bit, but each layer reads its own
     * gradient sums in place instead of copying them out and back in: {@link Trainer}'s step.
     */
    void step(List<Example> batch, double learningRate) {
        Require.positiveFinite("learningRate", learningRate);
        sumGradients(batch);
        for (Layer layer : layers) {
            layer.descend(learningRate, batch.size());
        }
    }

    /** Every layer's gradient sums, from zero, over the examples: forward and backward for each one. */
    private void sumGradients(List<Example> examples) {
        checkExamples(examples);
        for (Layer layer : layers) {
            layer.zeroGradient();
        }
        for (Example example : examples) {
            backpropagate(example);
        }
    }

    /**
     * Forward, then backward through every layer, top to bottom: the slides' backpropagation for
     * any sizes. At the top ∂E/∂o_k = −(target_k − o_k), because E = ½ Σ (target − o)²; then each
     * layer adds its ∂E/∂W and ∂E/∂b to its sums and passes ∂E/∂input down.
     */
    private void backpropagate(Example example) {
        double[] target = example.target();
        double[] output = predict(example.input());
        double[] dEdOutput = new double[output.length];
        for (int k = 0; k < output.length; k++) {
            dEdOutput[k] = -(target[k] - output[k]);
        }
        for (int k = layers.size() - 1; k >= 0; k--) {
            dEdOutput = layers.get(k).backward(dEdOutput);
        }
    }

    /**
     * One gradient-descent step on every layer at once: W ← W − α·dW, b ← b − α·db, as DLfS's
     * {@code params[key] -= learning_rate * grads[key]}.
     */
    public void update(List<LayerGradient> gradient, double learningRate) {
        Require.notNull("gradient", gradient);
        Require.positiveFinite("learningRate", learningRate);
        if (gradient.size() != layers.size()) {
            throw new IllegalArgumentException("gradient must hold one LayerGradient per layer (" + layers.size()
                    + "), got " + gradient.size());
        }
        for (int k = 0; k < layers.size(); k++) {
            Require.notNull("gradient[" + k + "]", gradient.get(k));
        }
        for (int k = 0; k < layers.size(); k++) {
            layers.get(k).update(gradient.get(k), learningRate);
        }
    }

    /** E = ½ Σ (target − output)², summed in one order so that every caller gets the same bits. */
    static double error(double[] output, double[] target) {
        double e = 0;
        for (int k = 0; k < output.length; k++) {
            e += 0.5 * (target[k] - output[k]) * (target[k] - output[k]);
        }
        return e;
    }

    /** The index of the largest value, the first one if several are equal. */
    static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Every example must fit the network: an input per input unit, a target per output. */
    void checkExamples(List<Example> examples) {
        Require.notNull("examples", examples);
        Require.nonEmpty("examples", examples);
        for (int n = 0; n < examples.size(); n++) {
            Example example = Require.notNull("examples[" + n + "]", examples.get(n));
            if (example.inputs() != inputs()) {
                throw new IllegalArgumentException("examples[" + n + "].input must have length " + inputs()
                        + ", got " + example.inputs());
            }
            checkTarget(example);
        }
    }

    private void checkTarget(Example example) {
        if (example.targets() != outputs()) {
            throw new IllegalArgumentException("target must have length " + outputs() + ", got " + example.targets());
        }
    }

    /** Its sizes, e.g. {@code Mlp 2-2-1}; {@code MlpReports.network} lists the weights. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Mlp ").append(inputs());
        for (Layer layer : layers) {
            s.append('-').append(layer.units());
        }
        return s.toString();
    }
}
