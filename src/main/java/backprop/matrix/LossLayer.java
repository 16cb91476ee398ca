package backprop.matrix;

/**
 * The last layer: it compares the network's output for a batch with the targets {@code t} (one
 * row per example) and gives the batch's loss L, the mean of the examples' losses. Its
 * {@code backward} starts backpropagation with ∂L/∂(its input).
 */
public sealed interface LossLayer permits SoftmaxWithLoss, SquaredErrorLoss {

    /** The mean loss over the batch; remembers what {@link #backward} needs. */
    double forward(Matrix x, Matrix t);

    /** ∂L/∂x for the batch of the last {@link #forward}, one row per example. */
    Matrix backward();
}
