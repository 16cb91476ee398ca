package backprop.perceptron;

import java.util.ArrayList;
import java.util.List;

import backprop.Require;

/**
 * Rosenblatt's perceptron learning rule, one sample at a time:
 * <pre>
 *   y = step(w·x + b)
 *   w := w + η (t − y) x
 *   b := b + η (t − y)
 * </pre>
 * When the output y is right, t − y = 0 and nothing moves; when it is wrong, the weights move
 * towards (t = 1) or away from (t = 0) the input that was misjudged.
 *
 * <p>There is no gradient here: the step function is flat, so its derivative is 0 everywhere
 * and gradient descent would never move. That is why later chapters swap the step for sigmoid.
 *
 * <p>If some line separates the 1s from the 0s (AND, OR), the rule is guaranteed to find one
 * in finitely many updates (the perceptron convergence theorem). For XOR no such line exists,
 * so some sample is misjudged in every epoch, however long it runs.
 *
 * @param learningRate η, the step size of each update
 * @param maxEpochs    how many passes over the data to try before giving up
 */
public record PerceptronLearning(double learningRate, int maxEpochs) {

    /**
     * η = 0.5: a binary fraction, so on 0/1 inputs the weights stay exact multiples of 0.5 and
     * no rounding error decides a step. That matters because from a zero start the runs meet
     * weighted sums that are exactly 0 on paper (where step gives 0); with a decimal η such as
     * 0.1 such a sum can come out as ±1e-17 and step the other way. (From a zero start η only
     * scales the weights, so in exact arithmetic every η takes the same path.)
     */
    public static final double DEFAULT_LEARNING_RATE = 0.5;
    public static final int DEFAULT_MAX_EPOCHS = 20;

    public PerceptronLearning {
        Require.positiveFinite("learningRate", learningRate);
        Require.positive("maxEpochs", maxEpochs);
    }

    /** η = 0.5, at most 20 epochs. */
    public static PerceptronLearning standard() {
        return new PerceptronLearning(DEFAULT_LEARNING_RATE, DEFAULT_MAX_EPOCHS);
    }

    /** Trains with the default settings from all-zero weights and bias: fully deterministic. */
    public static TrainingRun train(TrainingData data) {
        return standard().run(data);
    }

    /** A TLU with all weights and the bias 0, the fixed starting point of every run. */
    public static Perceptron zeroStart(int inputs) {
        Require.positive("inputs", inputs);
        return Perceptron.tlu(0.0, new double[inputs]);
    }

    /** Runs from all-zero weights and bias. */
    public TrainingRun run(TrainingData data) {
        Require.notNull("data", data);
        return run(zeroStart(data.inputs()), data);
    }

    /** Runs from the given perceptron until an epoch has no errors, or maxEpochs have passed. */
    public TrainingRun run(Perceptron start, TrainingData data) {
        Require.notNull("start", start);
        Require.notNull("data", data);
        if (start.inputs() != data.inputs()) {
            throw new IllegalArgumentException("start must take " + data.inputs()
                    + " inputs like the data, got " + start.inputs());
        }
        List<Epoch> epochs = new ArrayList<>();
        Perceptron p = start;
        for (int number = 1; number <= maxEpochs; number++) {
            int errors = 0;
            for (TrainingSample s : data.samples()) {
                if (p.output(s.x()) != s.target()) {
                    errors++;
                }
                p = update(p, s, learningRate);
            }
            epochs.add(new Epoch(number, errors, p));
            if (errors == 0) {
                break;
            }
        }
        return new TrainingRun(data, this, start, epochs);
    }

    /** One application of the rule to one sample; returns the same numbers when y = t. */
    public static Perceptron update(Perceptron p, TrainingSample s, double learningRate) {
        Require.notNull("p", p);
        Require.notNull("s", s);
        Require.positiveFinite("learningRate", learningRate);
        double[] x = s.x();
        double error = s.target() - p.output(x);
        double[] w = p.weights();
        for (int i = 0; i < w.length; i++) {
            w[i] += learningRate * error * x[i];
        }
        return p.with(w, p.bias() + learningRate * error);
    }
}
