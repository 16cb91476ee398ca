package backprop.regression;

import backprop.Format;

/**
 * The slope of the loss in each parameter direction: ∂L/∂a and ∂L/∂b at one line.
 *
 * <p>Gradient descent walks against this vector, because it points to where the loss grows
 * fastest.
 */
public record Gradient(double dLda, double dLdb) {

    @Override
    public String toString() {
        return "∂L/∂a = " + Format.num(dLda) + ", ∂L/∂b = " + Format.num(dLdb);
    }
}
