package backprop.graph;

import backprop.Format;
import backprop.Require;

/**
 * 계산그래프 2 (computation graph 2, the slides' 역전파 연습문제): 2 apples at 100 won and
 * 3 oranges at 150 won, then 10% consumption tax (× 1.1). Three multiply nodes and one add node,
 * as in Saito's {@code buy_apple_orange.py}:
 *
 * <pre>
 *   apple price  ─┐
 *                 ×── apple total ──┐
 *   apple count  ─┘                 +── before tax ─┐
 *   orange price ─┐                 │               ×── amount paid
 *                 ×── orange total ─┘               │
 *   orange count ─┘                                 │
 *   tax ────────────────────────────────────────────┘
 * </pre>
 */
public final class FruitShopping {
    private final double applePrice;
    private final double appleCount;
    private final double orangePrice;
    private final double orangeCount;
    private final double tax;
    private final MulNode appleNode = new MulNode();
    private final MulNode orangeNode = new MulNode();
    private final AddNode fruitNode = new AddNode();
    private final MulNode taxNode = new MulNode();

    /** How much the amount paid changes per unit change of each input. */
    public record Derivatives(double dApplePrice, double dAppleCount, double dOrangePrice,
                              double dOrangeCount, double dTax) {
        @Override
        public String toString() {
            return "Derivatives(d apple price=" + Format.num(dApplePrice)
                    + ", d apple count=" + Format.num(dAppleCount)
                    + ", d orange price=" + Format.num(dOrangePrice)
                    + ", d orange count=" + Format.num(dOrangeCount)
                    + ", d tax=" + Format.num(dTax) + ")";
        }
    }

    public FruitShopping(double applePrice, double appleCount, double orangePrice, double orangeCount, double tax) {
        this.applePrice = Require.finite("applePrice", applePrice);
        this.appleCount = Require.finite("appleCount", appleCount);
        this.orangePrice = Require.finite("orangePrice", orangePrice);
        this.orangeCount = Require.finite("orangeCount", orangeCount);
        this.tax = Require.finite("tax", tax);
    }

    /** The slides' numbers: apples 100 won × 2, oranges 150 won × 3, tax 1.1. */
    public static FruitShopping slides() {
        return new FruitShopping(100, 2, 150, 3, 1.1);
    }

    /** 순전파(forward): the amount paid, 715 for the slides' numbers. */
    public double forward() {
        double appleTotal = appleNode.forward(applePrice, appleCount);
        double orangeTotal = orangeNode.forward(orangePrice, orangeCount);
        double beforeTax = fruitNode.forward(appleTotal, orangeTotal);
        return taxNode.forward(beforeTax, tax);
    }

    /**
     * 역전파(backward) from {@code dprice} = ∂L/∂(amount paid), visiting the nodes in the reverse
     * of the forward order: each node needs the gradient its output received first. It needs
     * what {@link #forward()} remembered: before it, the multiply nodes refuse.
     */
    public Derivatives backward(double dprice) {
        Gradients taxStep = taxNode.backward(dprice);
        Gradients fruitStep = fruitNode.backward(taxStep.dx());
        Gradients orangeStep = orangeNode.backward(fruitStep.dy());
        Gradients appleStep = appleNode.backward(fruitStep.dx());
        return new Derivatives(appleStep.dx(), appleStep.dy(), orangeStep.dx(), orangeStep.dy(), taxStep.dy());
    }

    public double applePrice() {
        return applePrice;
    }

    public double appleCount() {
        return appleCount;
    }

    public double orangePrice() {
        return orangePrice;
    }

    public double orangeCount() {
        return orangeCount;
    }

    public double tax() {
        return tax;
    }

    MulNode appleNode() {
        return appleNode;
    }

    MulNode orangeNode() {
        return orangeNode;
    }

    AddNode fruitNode() {
        return fruitNode;
    }

    MulNode taxNode() {
        return taxNode;
    }

    @Override
    public String toString() {
        return "FruitShopping(apple price=" + Format.num(applePrice) + ", apple count=" + Format.num(appleCount)
                + ", orange price=" + Format.num(orangePrice) + ", orange count=" + Format.num(orangeCount)
                + ", tax=" + Format.num(tax) + ")";
    }
}
