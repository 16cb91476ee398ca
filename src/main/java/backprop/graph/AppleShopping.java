package backprop.graph;

import backprop.Format;
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
            return "Derivatives(d apple price=" + Format.num(dApplePrice) + ", d apple count="
                    + Format.num(dAppleCount) + ", d tax=" + Format.num(dTax) + ")";
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
     * 역전파(backward) from {@code dprice} = ∂L/∂(amount paid), through the nodes in reverse
     * order: the tax node first, because the apple node needs what the tax node hands back.
     * It needs what {@link #forward()} remembered: before it, the multiply nodes refuse.
     */
    public Derivatives backward(double dprice) {
        Gradients taxStep = taxNode.backward(dprice);
        Gradients appleStep = appleNode.backward(taxStep.dx());
        return new Derivatives(appleStep.dx(), appleStep.dy(), taxStep.dy());
    }

    public double applePrice() {
        return applePrice;
    }

    public double appleCount() {
        return appleCount;
    }

    public double tax() {
        return tax;
    }

    MulNode appleNode() {
        return appleNode;
    }

    MulNode taxNode() {
        return taxNode;
    }

    @Override
    public String toString() {
        return "AppleShopping(apple price=" + Format.num(applePrice) + ", apple count="
                + Format.num(appleCount) + ", tax=" + Format.num(tax) + ")";
    }
}
