package backprop.matrix;

/**
 * A layer of DLfS's chapter 5 that works on a whole batch at once: {@code forward} takes a
 * matrix with one example per row and remembers what its {@code backward} will need;
 * {@code backward} takes ∂L/∂(its output), the upstream gradient, of the same shape as the
 * output, and returns ∂L/∂(its input) for the layer below.
 */
public sealed interface MatrixLayer permits Affine, SigmoidLayer, ReluLayer {

    /** The layer's output for the batch {@code x}, one example per row. */
    Matrix forward(Matrix x);

    /** ∂L/∂x from ∂L/∂y, for the batch of the last {@link #forward}. */
    Matrix backward(Matrix dY);
}
