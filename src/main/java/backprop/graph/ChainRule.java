package backprop.graph;

import backprop.Format;
import backprop.Require;

/**
 * The slides' chain-rule (연쇄법칙) example z = (x + y)², split into z = t² and t = x + y:
 * ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t × 1 = 2(x + y).
 *
 * <p>The slides give no numbers, so {@link #example()} picks x = 2, y = 3. The report computes
 * the derivative three ways that must agree: by the chain rule by hand, by autograd
 * ({@link Value}), and by a central difference.
 */
public record ChainRule(double x, double y) {

    /** Step for the central difference: small enough for accuracy, large enough for rounding. */
    static final double H = 1e-6;

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

    public String report() {
        double t = t();
        StringBuilder out = new StringBuilder();
        out.append("연쇄법칙(chain rule): z = (x + y)², split into z = t² and t = x + y\n");
        out.append("x = ").append(Trace.shown(x)).append(", y = ").append(Trace.shown(y)).append("\n\n");

        out.append("순전파(forward)\n");
        out.append("  t = x + y = ").append(Trace.shown(x)).append(" + ").append(Trace.shown(y))
                .append(" = ").append(Trace.shown(t)).append("\n");
        out.append("  z = t² = ").append(Trace.shown(t)).append("² = ").append(Trace.shown(z())).append("\n\n");

        out.append("역전파(backward): the local derivatives, multiplied along the path\n");
        out.append("  ∂z/∂t = 2t = 2 × ").append(Trace.shown(t)).append(" = ").append(Trace.shown(dzdt())).append("\n");
        out.append("  ∂t/∂x = 1, ∂t/∂y = 1\n");
        out.append("  ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t × 1 = ").append(Trace.shown(dzdt())).append(" × 1 = ")
                .append(Trace.shown(dzdx())).append("\n");
        out.append("  ∂z/∂y = ∂z/∂t · ∂t/∂y = 2t × 1 = ").append(Trace.shown(dzdt())).append(" × 1 = ")
                .append(Trace.shown(dzdy())).append("\n");
        out.append("  the same as 2(x + y) = 2 × (").append(Trace.shown(x)).append(" + ").append(Trace.shown(y))
                .append(") = ").append(Trace.shown(2 * (x + y))).append("\n\n");

        Value xv = Value.of(x, "x");
        Value yv = Value.of(y, "y");
        Value tv = xv.plus(yv).label("t");
        Value zv = tv.pow(2).label("z");
        zv.backward();
        out.append("autograd (Value): t = x.plus(y), z = t.pow(2), then z.backward()\n");
        out.append("  x.grad() = ").append(Format.f8(xv.grad()))
                .append(", y.grad() = ").append(Format.f8(yv.grad()))
                .append(", t.grad() = ").append(Format.f8(tv.grad())).append("\n");
        out.append(indent(zv.graph(), "  "));
        out.append("  agrees with the chain rule (within 1e-9): ")
                .append(close(xv.grad(), dzdx()) && close(yv.grad(), dzdy()) ? "yes" : "NO").append("\n\n");

        double numericX = ((x + H + y) * (x + H + y) - (x - H + y) * (x - H + y)) / (2 * H);
        double numericY = ((x + y + H) * (x + y + H) - (x + y - H) * (x + y - H)) / (2 * H);
        out.append("central difference (z(x + h) − z(x − h)) / 2h with h = ").append(Format.num(H)).append("\n");
        out.append("  ∂z/∂x ≈ ").append(Format.f8(numericX)).append(", ∂z/∂y ≈ ").append(Format.f8(numericY)).append("\n");
        return out.toString();
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    static String indent(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            out.append(prefix).append(line).append("\n");
        }
        return out.toString();
    }
}
