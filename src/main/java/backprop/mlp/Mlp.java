package backprop.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import backprop.Format;
import backprop.Require;
import backprop.activation.Activation;

/**
 * A small multi-layer perceptron of {@link Layer}s, trained by plain gradient descent on
 * E = ½ Σ (target − output)², the slides' loss. The loss of a data set is the mean of E over its
 * examples, and one epoch is one step with the mean gradient (full-batch gradient descent).
 */
public final class Mlp {
    private final List<Layer> layers;

    private Mlp(List<Layer> layers) {
        this.layers = layers;
    }

    /** A network of the given layers; each layer's inputs must match the previous layer's units. */
    public static Mlp of(Layer... layers) {
        Require.notNull("layers", layers);
        Require.nonEmpty("layers", layers);
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
                    + java.util.Arrays.toString(sizes));
        }
        for (int k = 0; k < sizes.length; k++) {
            Require.positive("sizes[" + k + "]", sizes[k]);
        }
    }

    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    public Layer layer(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IllegalArgumentException("index must be between 0 and " + (layers.size() - 1) + ", got " + index);
        }
        return layers.get(index);
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

    /** E = ½ Σ (target − output)² for one example. */
    public double error(Example example) {
        double[] output = predict(example.input());
        double[] target = checkTarget(example);
        double e = 0;
        for (int k = 0; k < output.length; k++) {
            e += 0.5 * (target[k] - output[k]) * (target[k] - output[k]);
        }
        return e;
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
     * Forward, then backward through every layer for one example; the layers add the example's
     * gradients to their running sums. This is the slides' backpropagation, for any sizes:
     * ∂E/∂output = −(target − output) at the top, then each layer passes ∂E/∂input down.
     */
    void accumulateGradients(Example example) {
        double[] target = checkTarget(example);
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
     * ∂E/∂w of every layer for the mean loss over {@code examples}, {@code [layer][unit][input]},
     * without changing the weights.
     */
    public double[][][] gradients(List<Example> examples) {
        checkExamples(examples);
        for (Layer layer : layers) {
            layer.clearGradients();
        }
        for (Example example : examples) {
            accumulateGradients(example);
        }
        double[][][] result = new double[layers.size()][][];
        for (int k = 0; k < layers.size(); k++) {
            result[k] = layers.get(k).weightGradients();
            for (double[] row : result[k]) {
                for (int i = 0; i < row.length; i++) {
                    row[i] /= examples.size();
                }
            }
            layers.get(k).clearGradients();
        }
        return result;
    }

    /** One epoch: one gradient-descent step with the mean gradient over all examples. */
    public void step(List<Example> examples, double learningRate) {
        Require.positiveFinite("learningRate", learningRate);
        checkExamples(examples);
        for (Example example : examples) {
            accumulateGradients(example);
        }
        for (Layer layer : layers) {
            layer.step(learningRate, examples.size());
        }
    }

    /**
     * One epoch of mini-batch gradient descent: the examples in an order shuffled by {@code random},
     * a step with the mean gradient after every {@code batchSize} of them. Each example still goes
     * through {@link #accumulateGradients}: the same forward and backward as chapter 5.
     */
    public void trainEpoch(List<Example> examples, double learningRate, int batchSize, Random random) {
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("batchSize", batchSize);
        Require.notNull("random", random);
        checkExamples(examples);
        List<Example> order = new ArrayList<>(examples);
        java.util.Collections.shuffle(order, random);
        for (int start = 0; start < order.size(); start += batchSize) {
            int end = Math.min(start + batchSize, order.size());
            for (int n = start; n < end; n++) {
                accumulateGradients(order.get(n));
            }
            for (Layer layer : layers) {
                layer.step(learningRate, end - start);
            }
        }
    }

    /** The mean loss and the accuracy of a data set, found in one pass over it. */
    public record Evaluation(double loss, double accuracy) {}

    public Evaluation evaluate(List<Example> examples) {
        checkExamples(examples);
        double errors = 0;
        int right = 0;
        for (Example example : examples) {
            double[] output = predict(example.input());
            double[] target = example.target();
            double e = 0; // summed as error(example) sums it, so that loss and evaluate agree to the bit
            for (int k = 0; k < output.length; k++) {
                e += 0.5 * (target[k] - output[k]) * (target[k] - output[k]);
            }
            errors += e;
            if (argmax(output) == argmax(target)) {
                right++;
            }
        }
        return new Evaluation(errors / examples.size(), (double) right / examples.size());
    }

    /** The index of the largest output: the class a classifier picks. */
    public int classify(double... input) {
        return argmax(predict(input));
    }

    /** The share of examples whose largest output is where their target's largest value is. */
    public double accuracy(List<Example> examples) {
        checkExamples(examples);
        int right = 0;
        for (Example example : examples) {
            if (classify(example.input()) == argmax(example.target())) {
                right++;
            }
        }
        return (double) right / examples.size();
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Trains for {@code epochs} steps and records the loss before the first and after every step. */
    public TrainingHistory train(List<Example> examples, double learningRate, int epochs) {
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("epochs", epochs);
        checkExamples(examples);
        List<Double> losses = new ArrayList<>();
        losses.add(loss(examples));
        for (int epoch = 1; epoch <= epochs; epoch++) {
            step(examples, learningRate);
            double loss = loss(examples);
            losses.add(loss);
            if (!Double.isFinite(loss)) {
                return new TrainingHistory(learningRate, losses, epoch);
            }
        }
        return new TrainingHistory(learningRate, losses, 0);
    }

    private void checkExamples(List<Example> examples) {
        Require.notNull("examples", examples);
        Require.nonEmpty("examples", examples);
        for (int n = 0; n < examples.size(); n++) {
            Example example = Require.notNull("examples[" + n + "]", examples.get(n));
            if (example.input().length != inputs()) {
                throw new IllegalArgumentException("examples[" + n + "].input must have length " + inputs()
                        + ", got " + example.input().length);
            }
            checkTarget(example);
        }
    }

    private double[] checkTarget(Example example) {
        double[] target = example.target();
        if (target.length != outputs()) {
            throw new IllegalArgumentException("target must have length " + outputs() + ", got " + target.length);
        }
        return target;
    }

    /** A table of inputs, targets and outputs, for reading what the network has learned. */
    public String predictions(List<Example> examples) {
        checkExamples(examples);
        StringBuilder s = new StringBuilder();
        for (Example example : examples) {
            s.append("input");
            for (double x : example.input()) {
                s.append(' ').append(Format.num(x));
            }
            s.append("  target");
            for (double t : example.target()) {
                s.append(' ').append(Format.num(t));
            }
            s.append("  output");
            for (double o : predict(example.input())) {
                s.append(' ').append(Format.f8(o));
            }
            s.append('\n');
        }
        return s.toString();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Mlp ").append(inputs());
        for (Layer layer : layers) {
            s.append('-').append(layer.units());
        }
        for (Layer layer : layers) {
            s.append('\n').append(layer);
        }
        return s.toString();
    }
}
