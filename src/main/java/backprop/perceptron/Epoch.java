package backprop.perceptron;

/**
 * One pass of the learning rule over the data.
 *
 * @param number  1 for the first pass
 * @param errors  how many samples the perceptron got wrong during the pass (each one caused an update)
 * @param after   the perceptron at the end of the pass
 */
public record Epoch(int number, int errors, Perceptron after) {}
