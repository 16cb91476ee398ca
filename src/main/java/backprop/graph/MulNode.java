package backprop.graph;

import backprop.Format;
import backprop.Require;

/**
 * A multiply node z = x·y (곱셈노드), in the manner of Saito's {@code MulLayer}.
 *
 * <p>The local gradients are ∂z/∂x = y and ∂z/∂y = x: each input's slope is the <em>other</em>
 * input. That is why the node must remember x and y from its forward pass; without them the
 * backward pass has nothing to multiply by.
 */
public final class MulNode {
    private double x = Double.NaN;
    private double y = Double.NaN;
    private boolean forwarded;

    /** Remembers x and y for the backward pass and returns x·y. */
    public double forward(double x, double y) {
        this.x = Require.finite("x", x);
        this.y = Require.finite("y", y);
        forwarded = true;
        return x * y;
    }

    /**
     * Given dout = ∂L/∂z from downstream, returns ∂L/∂x = dout·y and ∂L/∂y = dout·x
     * (the inputs are swapped: the chain rule times the local gradients).
     */
    public Gradients backward(double dout) {
        Require.finite("dout", dout);
        if (!forwarded) {
            throw new IllegalStateException("MulNode.backward(" + dout + ") called before forward(x, y):"
                    + " a multiply node needs the inputs it remembers in forward to compute its gradients;"
                    + " run the forward pass first");
        }
        return new Gradients(dout * y, dout * x);
    }

    /** The first input remembered from the last forward pass (NaN before any). */
    public double x() {
        return x;
    }

    /** The second input remembered from the last forward pass (NaN before any). */
    public double y() {
        return y;
    }

    @Override
    public String toString() {
        return forwarded ? "MulNode(x=" + Format.num(x) + ", y=" + Format.num(y) + ")" : "MulNode(not yet forwarded)";
    }
}
