package backprop.graph;

/**
 * What a two-input node hands back in its backward pass: the gradient of the final output with
 * respect to each of its inputs, {@code dx} for the first and {@code dy} for the second.
 *
 * <p>These are already upstream × local (the chain rule applied once), ready to be passed on to
 * the nodes that produced x and y.
 */
public record Gradients(double dx, double dy) {
}
