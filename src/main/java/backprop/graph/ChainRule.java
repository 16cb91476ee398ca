package backprop.graph;

import backprop.Require;
import backprop.activation.NumericalDerivative;

/**
 * The slides' chain-rule (연쇄법칙) example z = (x + y)², split into z = t² and t = x + y:
 * ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t × 1 = 2(x + y).
 *
 * <p>The slides give no numbers, so {@link #example()} picks x = 2, y = 3. The derivative comes
 * out three ways that must agree: by the chain rule by hand ({@link #dzdx()}), by autograd
 * ({@link #graph()}), and by a central difference ({@link #centralDzdx()}).
 */
public record ChainRule(double x, double y) {

    public ChainRule {
        Require.finite("x", x);
        Require.finite("y", y);
    }

    /** x = 2, y = 3: t = 5, z = 25, ∂z/∂x = ∂z/∂y = 10. */
    public static ChainRule example() {
        return new ChainRule(2, 3);
    }

    public double t() {
        return x + y;
    }

    public double z() {
        return t() * t();
    }

    /** ∂z/∂t = 2t. */
    public double dzdt() {
        return 2 * t();
    }

    /** ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t × 1. */
    public double dzdx() {
        return dzdt() * 1;
    }

    /** ∂z/∂y = ∂z/∂t · ∂t/∂y = 2t × 1. */
    public double dzdy() {
        return dzdt() * 1;
    }

    /** z as an autograd graph: leaves x and y, t = x.plus(y), z = t.pow(2), all labelled. */
    public Value graph() {
        return Value.of(x, "x").plus(Value.of(y, "y")).label("t").pow(2).label("z");
    }

    /** ∂z/∂x by a central difference, with no chain rule at all: (z(x + h) − z(x − h)) / 2h. */
    public double centralDzdx() {
        return NumericalDerivative.central(u -> new ChainRule(u, y).z(), x);
    }

    /** ∂z/∂y by a central difference. */
    public double centralDzdy() {
        return NumericalDerivative.central(v -> new ChainRule(x, v).z(), y);
    }
}
