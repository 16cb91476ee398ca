package backprop.digits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import backprop.Require;
import backprop.activation.Sigmoid;
import backprop.mlp.Example;

/**
 * The same network and the same training as an {@code Mlp} with one hidden layer under
 * {@code Trainer.epoch} (sigmoid units with biases, E = ½ Σ (target − output)², mini-batch
 * gradient descent), written for speed: flat {@code double[]} arrays, no objects per example,
 * the sigmoid's slope from its output.
 *
 * <p>It exists as the bound the readable trainer is measured against (see {@link Benchmark}).
 * Its weights start from the same seeded draws and its sums run in the same order, so after the
 * same epochs it holds the same weights as the readable {@code Mlp}, to the last bit.
 */
public final class FastTrainer {
    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final double[] w1;   // [hidden][inputs], row by row
    private final double[] b1;
    private final double[] w2;   // [outputs][hidden]
    private final double[] b2;
    private final double[] g1;
    private final double[] gb1;
    private final double[] g2;
    private final double[] gb2;
    private final double[] h;
    private final double[] o;
    private final double[] dEdzHidden;
    private final double[] dEdh;

    /** Weights uniform in [−1, 1) from {@code seed}, drawn in the order {@code Mlp.random} draws them. */
    public FastTrainer(int inputs, int hidden, int outputs, long seed) {
        this.inputs = Require.positive("inputs", inputs);
        this.hidden = Require.positive("hidden", hidden);
        this.outputs = Require.positive("outputs", outputs);
        Random random = new Random(seed);
        w1 = new double[hidden * inputs];
        b1 = new double[hidden];
        w2 = new double[outputs * hidden];
        b2 = new double[outputs];
        for (int j = 0; j < hidden; j++) {
            for (int i = 0; i < inputs; i++) {
                w1[j * inputs + i] = 2 * random.nextDouble() - 1;
            }
            b1[j] = 2 * random.nextDouble() - 1;
        }
        for (int k = 0; k < outputs; k++) {
            for (int j = 0; j < hidden; j++) {
                w2[k * hidden + j] = 2 * random.nextDouble() - 1;
            }
            b2[k] = 2 * random.nextDouble() - 1;
        }
        g1 = new double[w1.length];
        gb1 = new double[hidden];
        g2 = new double[w2.length];
        gb2 = new double[outputs];
        h = new double[hidden];
        o = new double[outputs];
        dEdzHidden = new double[hidden];
        dEdh = new double[hidden];
    }

    private void forward(double[] x) {
        for (int j = 0; j < hidden; j++) {
            double sum = b1[j];
            int row = j * inputs;
            for (int i = 0; i < inputs; i++) {
                sum += w1[row + i] * x[i];
            }
            h[j] = Sigmoid.sigmoid(sum);
        }
        for (int k = 0; k < outputs; k++) {
            double sum = b2[k];
            int row = k * hidden;
            for (int j = 0; j < hidden; j++) {
                sum += w2[row + j] * h[j];
            }
            o[k] = Sigmoid.sigmoid(sum);
        }
    }

    private void accumulate(double[] x, double[] t) {
        forward(x);
        java.util.Arrays.fill(dEdh, 0);
        for (int k = 0; k < outputs; k++) {
            double dEdz = -(t[k] - o[k]) * (o[k] * (1 - o[k]));
            int row = k * hidden;
            for (int j = 0; j < hidden; j++) {
                g2[row + j] += dEdz * h[j];
                dEdh[j] += dEdz * w2[row + j];
            }
            gb2[k] += dEdz;
        }
        for (int j = 0; j < hidden; j++) {
            dEdzHidden[j] = dEdh[j] * (h[j] * (1 - h[j]));
            int row = j * inputs;
            for (int i = 0; i < inputs; i++) {
                g1[row + i] += dEdzHidden[j] * x[i];
            }
            gb1[j] += dEdzHidden[j];
        }
    }

    /** A step with the batch's mean gradient, rounded as {@code Mlp.update} rounds it: α·(sum / count). */
    private void step(double learningRate, int count) {
        for (int n = 0; n < w1.length; n++) {
            w1[n] -= learningRate * (g1[n] / count);
            g1[n] = 0;
        }
        for (int j = 0; j < hidden; j++) {
            b1[j] -= learningRate * (gb1[j] / count);
            gb1[j] = 0;
        }
        for (int n = 0; n < w2.length; n++) {
            w2[n] -= learningRate * (g2[n] / count);
            g2[n] = 0;
        }
        for (int k = 0; k < outputs; k++) {
            b2[k] -= learningRate * (gb2[k] / count);
            gb2[k] = 0;
        }
    }

    /** One epoch over {@code examples}, shuffled by {@code random} as {@code Trainer.epoch} shuffles them. */
    public void trainEpoch(List<Example> examples, double learningRate, int batchSize, Random random) {
        Require.nonEmpty("examples", examples);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("batchSize", batchSize);
        Require.notNull("random", random);
        List<Example> order = new ArrayList<>(examples);
        Collections.shuffle(order, random);
        double[][] x = new double[order.size()][];
        double[][] t = new double[order.size()][];
        for (int n = 0; n < order.size(); n++) {
            x[n] = order.get(n).input();
            t[n] = order.get(n).target();
        }
        for (int start = 0; start < x.length; start += batchSize) {
            int end = Math.min(start + batchSize, x.length);
            for (int n = start; n < end; n++) {
                accumulate(x[n], t[n]);
            }
            step(learningRate, end - start);
        }
    }

    /** The share of examples whose largest output is where their target's 1 is. */
    public double accuracy(List<Example> examples) {
        Require.nonEmpty("examples", examples);
        int right = 0;
        for (Example e : examples) {
            forward(e.input());
            double[] target = e.target();
            int guess = 0;
            int truth = 0;
            for (int k = 1; k < outputs; k++) {
                if (o[k] > o[guess]) {
                    guess = k;
                }
                if (target[k] > target[truth]) {
                    truth = k;
                }
            }
            if (guess == truth) {
                right++;
            }
        }
        return (double) right / examples.size();
    }

    /** The hidden layer's weights, [unit][input], for comparing with the readable trainer. */
    public double[][] hiddenWeights() {
        double[][] w = new double[hidden][inputs];
        for (int j = 0; j < hidden; j++) {
            System.arraycopy(w1, j * inputs, w[j], 0, inputs);
        }
        return w;
    }

    /** The output layer's weights, [unit][hidden unit]. */
    public double[][] outputWeights() {
        double[][] w = new double[outputs][hidden];
        for (int k = 0; k < outputs; k++) {
            System.arraycopy(w2, k * hidden, w[k], 0, hidden);
        }
        return w;
    }

    /** The hidden layer's biases. */
    public double[] hiddenBiases() {
        return b1.clone();
    }

    /** The output layer's biases. */
    public double[] outputBiases() {
        return b2.clone();
    }
}
