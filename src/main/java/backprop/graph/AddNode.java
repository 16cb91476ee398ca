package backprop.graph;

import backprop.Require;

/**
 * An add node z = x + y (덧셈노드), in the manner of Saito's {@code AddLayer}.
 *
 * <p>The local gradients are ∂z/∂x = 1 and ∂z/∂y = 1, so the backward pass hands the upstream
 * gradient to both inputs unchanged. Unlike {@link MulNode} it needs to remember nothing.
 */
public final class AddNode {

    /** Returns x + y. */
    public double forward(double x, double y) {
        Require.finite("x", x);
        Require.finite("y", y);
        return x + y;
    }

    /** Given dout = ∂L/∂z, returns ∂L/∂x = dout·1 and ∂L/∂y = dout·1. */
    public Gradients backward(double dout) {
        Require.finite("dout", dout);
        return new Gradients(dout, dout);
    }

    @Override
    public String toString() {
        return "AddNode";
    }
}
