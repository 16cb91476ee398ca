package backprop.regression;

import java.util.Arrays;
import java.util.Objects;

import backprop.Format;
import backprop.Require;

/**
 * How far a line misses each point, rᵢ = a·xᵢ + b − yᵢ, and the two sums the MSE's gradient is
 * made of: ∂L/∂a = 2/n Σ rᵢ·xᵢ and ∂L/∂b = 2/n Σ rᵢ. Kept together so that a step written out
 * with its numbers shows the very sums the step used.
 *
 * @param values    r₀ … rₙ₋₁, one per point
 * @param sumTimesX Σ rᵢ·xᵢ
 * @param sum       Σ rᵢ
 */
public record Residuals(double[] values, double sumTimesX, double sum) {

    public Residuals {
        Require.nonEmpty("values", values);
        values = values.clone();
    }

    /** How many points. */
    public int n() {
        return values.length;
    }

    /** (2/n Σ rᵢ·xᵢ, 2/n Σ rᵢ). */
    public Gradient gradient() {
        return new Gradient(2.0 * sumTimesX / n(), 2.0 * sum / n());
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Residuals r && Arrays.equals(values, r.values)
                && Double.compare(sumTimesX, r.sumTimesX) == 0 && Double.compare(sum, r.sum) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(values), sumTimesX, sum);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Residuals[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Format.num(values[i]));
        }
        return out.append("; Σ r·x = ").append(Format.num(sumTimesX)).append(", Σ r = ").append(Format.num(sum))
                .append(']').toString();
    }
}
