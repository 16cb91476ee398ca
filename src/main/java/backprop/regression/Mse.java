package backprop.regression;

import backprop.Require;

/**
 * The mean squared error, the slides' loss function, and its gradient.
 *
 * <pre>
 *   L(a, b)  = 1/n Σ (a·xᵢ + b − yᵢ)²
 *   ∂L/∂a    = 2/n Σ (a·xᵢ + b − yᵢ) · xᵢ
 *   ∂L/∂b    = 2/n Σ (a·xᵢ + b − yᵢ)
 * </pre>
 *
 * The derivatives follow from the chain rule: the square's derivative is 2·(residual), and the
 * residual a·x + b − y changes by x when a moves and by 1 when b moves. No ½ in front here
 * (chapter 5's loss has one, to cancel that 2); the minimum is at the same place either way.
 */
public final class Mse {
    private Mse() {}

    /** L(a, b) = 1/n Σ (a·xᵢ + b − yᵢ)². */
    public static double loss(Line line, Dataset data) {
        Require.notNull("line", line);
        Require.notNull("data", data);
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double residual = line.predict(data.x(i)) - data.y(i);
            sum += residual * residual;
        }
        return sum / data.size();
    }

    /** (∂L/∂a, ∂L/∂b) = (2/n Σ (a·xᵢ + b − yᵢ)·xᵢ, 2/n Σ (a·xᵢ + b − yᵢ)). */
    public static Gradient gradient(Line line, Dataset data) {
        return residuals(line, data).gradient();
    }

    /** The residuals a·xᵢ + b − yᵢ and the two sums the gradient is made of. */
    public static Residuals residuals(Line line, Dataset data) {
        Require.notNull("line", line);
        Require.notNull("data", data);
        double[] residuals = new double[data.size()];
        double sumTimesX = 0;
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            residuals[i] = line.predict(data.x(i)) - data.y(i);
            sumTimesX += residuals[i] * data.x(i);
            sum += residuals[i];
        }
        return new Residuals(residuals, sumTimesX, sum);
    }
}
