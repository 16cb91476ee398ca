package backprop.graph;

import backprop.Require;

/**
 * 계산그래프 1 (computation graph 1): apples at 100 won each, 2 of them, then 10% consumption
 * tax (× 1.1). Two multiply nodes, exactly as in Saito's {@code buy_apple.py}:
 *
 * <pre>
 *   apple price ─┐
 *                ×── apple total ─┐
 *   apple count ─┘                ×── amount paid
 *   tax ──────────────────────────┘
 * </pre>
 */
public final class AppleShopping {
    private final double applePrice;
    private final double appleCount;
    private final double tax;
    private final MulNode appleNode = new MulNode();
    private final MulNode taxNode = new MulNode();

    /** How much the amount paid changes per unit change of each input. */
    public record Derivatives(double dApplePrice, double dAppleCount, double dTax) {
        @Override
        public String toString() {
            return "Derivatives(d apple price=" + Trace.shown(dApplePrice) + ", d apple count="
                    + Trace.shown(dAppleCount) + ", d tax=" + Trace.shown(dTax) + ")";
        }
    }

    public AppleShopping(double applePrice, double appleCount, double tax) {
        this.applePrice = Require.finite("applePrice", applePrice);
        this.appleCount = Require.finite("appleCount", appleCount);
        this.tax = Require.finite("tax", tax);
    }

    /** The slides' numbers: 100 won per apple, 2 apples, tax 1.1. */
    public static AppleShopping slides() {
        return new AppleShopping(100, 2, 1.1);
    }

    /** 순전파(forward): the amount paid, 220 for the slides' numbers. */
    public double forward() {
        double appleTotal = appleNode.forward(applePrice, appleCount);
        return taxNode.forward(appleTotal, tax);
    }

    /**
     * 역전파(backward) from {@code dprice} = ∂L/∂(amount paid) (after a forward pass), through the nodes in reverse
     * order: the tax node first, because the apple node needs what the tax node hands back.
     */
    public Derivatives backward(double dprice) {
        // The multiply nodes need the inputs remembered by a forward pass; the shop's inputs are
        // fixed, so running it again here is harmless and spares the caller an ordering rule.
        forward();
        Gradients taxStep = taxNode.backward(dprice);
        Gradients appleStep = appleNode.backward(taxStep.dx());
        return new Derivatives(appleStep.dx(), appleStep.dy(), taxStep.dy());
    }

    /** Forward, then backward from d(amount paid) = 1, every node's value and gradient shown. */
    public String report() {
        double price = forward();
        double appleTotal = taxNode.x();
        StringBuilder out = new StringBuilder();
        out.append("계산그래프 1 (computation graph 1): apple price ").append(Trace.shown(applePrice))
                .append(" won, apple count ").append(Trace.shown(appleCount))
                .append(", tax ").append(Trace.shown(tax)).append(" (10% 소비세 consumption tax)\n");
        out.append("(computed values rounded to 8 decimals, the slides' precision, and printed without trailing zeros)\n\n");

        out.append("순전파(forward)\n");
        out.append(Trace.mulForward("apple total", "apple price", "apple count", appleNode, appleTotal));
        out.append(Trace.mulForward("amount paid", "apple total", "tax", taxNode, price));
        out.append("\n");

        double dprice = 1;
        out.append("역전파(backward), d(q) = ∂(amount paid)/∂q, starting from d(amount paid) = ")
                .append(Trace.shown(dprice)).append("\n");
        Gradients taxStep = taxNode.backward(dprice);
        out.append(Trace.mulBackward("amount paid", "apple total", "tax", taxNode, dprice, taxStep));
        Gradients appleStep = appleNode.backward(taxStep.dx());
        out.append(Trace.mulBackward("apple total", "apple price", "apple count", appleNode, taxStep.dx(), appleStep));

        Derivatives d = new Derivatives(appleStep.dx(), appleStep.dy(), taxStep.dy());
        out.append("\nresult: amount paid ").append(Trace.shown(price))
                .append("; d(apple price) ").append(Trace.shown(d.dApplePrice()))
                .append(", d(apple count) ").append(Trace.shown(d.dAppleCount()))
                .append(", d(tax) ").append(Trace.shown(d.dTax())).append("\n");
        return out.toString();
    }

    @Override
    public String toString() {
        return "AppleShopping(apple price=" + Trace.shown(applePrice) + ", apple count="
                + Trace.shown(appleCount) + ", tax=" + Trace.shown(tax) + ")";
    }
}
