package backprop.mlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import backprop.Require;

/**
 * Gradient descent for an {@link Mlp}: the loop of DLfS's training scripts, apart from the
 * model. Every step is {@code network.update(network.gradient(batch), learningRate)}, computed
 * in place (the same bits, without copying the gradient out of the layers and back).
 */
public final class Trainer {
    private Trainer() {}

    /** One step with the mean gradient over all examples (full-batch gradient descent). */
    public static void step(Mlp network, List<Example> examples, double learningRate) {
        Require.notNull("network", network);
        network.step(examples, learningRate);
    }

    /**
     * {@code epochs} full-batch steps; the loss before the first step and after every step. A
     * loss that stops being a finite number ends the training at that epoch.
     */
    public static TrainingHistory train(Mlp network, List<Example> examples, double learningRate, int epochs) {
        Require.notNull("network", network);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("epochs", epochs);
        List<Double> losses = new ArrayList<>();
        losses.add(network.loss(examples));
        for (int epoch = 1; epoch <= epochs; epoch++) {
            step(network, examples, learningRate);
            double loss = network.loss(examples);
            losses.add(loss);
            if (!Double.isFinite(loss)) {
                return new TrainingHistory(learningRate, losses, epoch);
            }
        }
        return new TrainingHistory(learningRate, losses, 0);
    }

    /**
     * One epoch of mini-batch gradient descent: the examples in an order shuffled by
     * {@code random}, then a step with the mean gradient of every {@code batchSize} of them (the
     * last batch may be smaller). Each example still goes through the same forward and backward
     * as chapter 5's.
     */
    public static void epoch(Mlp network, List<Example> examples, double learningRate, int batchSize,
                             Random random) {
        Require.notNull("network", network);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("batchSize", batchSize);
        Require.notNull("random", random);
        network.checkExamples(examples);
        List<Example> order = new ArrayList<>(examples);
        Collections.shuffle(order, random);
        for (int start = 0; start < order.size(); start += batchSize) {
            List<Example> batch = order.subList(start, Math.min(start + batchSize, order.size()));
            network.step(batch, learningRate);
        }
    }
}
