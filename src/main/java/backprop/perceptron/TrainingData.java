package backprop.perceptron;

import java.util.List;

import backprop.Require;

/**
 * A named list of samples, all with the same number of inputs.
 *
 * <p>The gate data sets list the inputs in the slides' XOR-table order: (0, 0), (1, 0), (0, 1),
 * (1, 1). The learning rule visits them in this order, so every run is reproducible.
 */
public record TrainingData(String name, List<TrainingSample> samples) {

    public TrainingData {
        Require.notNull("name", name);
        Require.notNull("samples", samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("samples must not be empty, got " + samples);
        }
        int inputs = Require.notNull("samples[0]", samples.get(0)).x().length;
        for (int i = 0; i < samples.size(); i++) {
            TrainingSample s = Require.notNull("samples[" + i + "]", samples.get(i));
            if (s.x().length != inputs) {
                throw new IllegalArgumentException("samples[" + i + "] must have " + inputs
                        + " inputs like samples[0], got " + s.x().length);
            }
        }
        samples = List.copyOf(samples);
    }

    public static TrainingData of(String name, TrainingSample... samples) {
        return new TrainingData(name, List.of(samples));
    }

    public static TrainingData and() {
        return gate("AND", 0, 0, 0, 1);
    }

    public static TrainingData or() {
        return gate("OR", 0, 1, 1, 1);
    }

    public static TrainingData nand() {
        return gate("NAND", 1, 1, 1, 0);
    }

    public static TrainingData xor() {
        return gate("XOR", 0, 1, 1, 0);
    }

    /** Targets for (0, 0), (1, 0), (0, 1), (1, 1), in that order. */
    private static TrainingData gate(String name, double t00, double t10, double t01, double t11) {
        return of(name, TrainingSample.of(t00, 0, 0), TrainingSample.of(t10, 1, 0), TrainingSample.of(t01, 0, 1), TrainingSample.of(t11, 1, 1));
    }

    /** How many inputs each sample has. */
    public int inputs() {
        return samples.get(0).x().length;
    }

    public int size() {
        return samples.size();
    }
}
