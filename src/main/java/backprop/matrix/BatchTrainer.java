package backprop.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import backprop.Require;

/**
 * Mini-batch gradient descent for a {@link TwoLayerNet}, the loop of DLfS's
 * {@code train_neuralnet.py}: each step takes a batch, computes its gradient in matrix form and
 * moves every weight by −α·gradient.
 */
public final class BatchTrainer {
    private BatchTrainer() {}

    /**
     * One epoch: the examples in an order shuffled by {@code random}, then one step for every
     * {@code batchSize} of them (the last batch may be smaller). The order is the one chapter 6's
     * {@code Trainer.epoch} draws from a {@code Random} in the same state, so both trainers see the
     * same batches.
     */
    public static void epoch(TwoLayerNet network, Batch data, double learningRate, int batchSize, Random random) {
        Require.notNull("network", network);
        Require.notNull("data", data);
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("batchSize", batchSize);
        Require.notNull("random", random);
        int[] order = shuffled(data.size(), random);
        for (int start = 0; start < order.length; start += batchSize) {
            Batch batch = data.rows(order, start, Math.min(start + batchSize, order.length));
            network.update(network.gradient(batch), learningRate);
        }
    }

    /** 0 … n − 1 in the order {@code Collections.shuffle} leaves a list of n examples. */
    static int[] shuffled(int n, Random random) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = order.get(i);
        }
        return result;
    }
}
