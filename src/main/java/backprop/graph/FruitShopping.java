package backprop.graph;

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
    // Intermediate values of the last forward pass, kept for the report (the add node keeps none).
    private double appleTotal = Double.NaN;
    private double orangeTotal = Double.NaN;

    /** How much the amount paid changes per unit change of each input. */
    public record Derivatives(double dApplePrice, double dAppleCount, double dOrangePrice,
                              double dOrangeCount, double dTax) {
        @Override
        public String toString() {
            return "Derivatives(d apple price=" + Trace.shown(dApplePrice)
                    + ", d apple count=" + Trace.shown(dAppleCount)
                    + ", d orange price=" + Trace.shown(dOrangePrice)
                    + ", d orange count=" + Trace.shown(dOrangeCount)
                    + ", d tax=" + Trace.shown(dTax) + ")";
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
        appleTotal = appleNode.forward(applePrice, appleCount);
        orangeTotal = orangeNode.forward(orangePrice, orangeCount);
        double beforeTax = fruitNode.forward(appleTotal, orangeTotal);
        return taxNode.forward(beforeTax, tax);
    }

    /**
     * 역전파(backward) from {@code dprice} = ∂L/∂(amount paid) (after a forward pass), visiting the nodes in the reverse
     * of the forward order: each node needs the gradient its output received first.
     */
    public Derivatives backward(double dprice) {
        // The multiply nodes need the inputs remembered by a forward pass; the shop's inputs are
        // fixed, so running it again here is harmless and spares the caller an ordering rule.
        forward();
        Gradients taxStep = taxNode.backward(dprice);
        Gradients fruitStep = fruitNode.backward(taxStep.dx());
        Gradients orangeStep = orangeNode.backward(fruitStep.dy());
        Gradients appleStep = appleNode.backward(fruitStep.dx());
        return new Derivatives(appleStep.dx(), appleStep.dy(), orangeStep.dx(), orangeStep.dy(), taxStep.dy());
    }

    /** Forward, then backward from d(amount paid) = 1, every node's value and gradient shown. */
    public String report() {
        double price = forward();
        double beforeTax = taxNode.x();
        StringBuilder out = new StringBuilder();
        out.append("계산그래프 2 (computation graph 2): apple price ").append(Trace.shown(applePrice))
                .append(" won × ").append(Trace.shown(appleCount))
                .append(", orange price ").append(Trace.shown(orangePrice))
                .append(" won × ").append(Trace.shown(orangeCount))
                .append(", tax ").append(Trace.shown(tax)).append(" (10% 소비세 consumption tax)\n");
        out.append("(computed values rounded to 8 decimals, the slides' precision, and printed without trailing zeros)\n\n");

        out.append("순전파(forward)\n");
        out.append(Trace.mulForward("apple total", "apple price", "apple count", appleNode, appleTotal));
        out.append(Trace.mulForward("orange total", "orange price", "orange count", orangeNode, orangeTotal));
        out.append(Trace.addForward("before tax", "apple total", "orange total", appleTotal, orangeTotal, beforeTax));
        out.append(Trace.mulForward("amount paid", "before tax", "tax", taxNode, price));
        out.append("\n");

        double dprice = 1;
        out.append("역전파(backward), d(q) = ∂(amount paid)/∂q, starting from d(amount paid) = ")
                .append(Trace.shown(dprice)).append("\n");
        Gradients taxStep = taxNode.backward(dprice);
        out.append(Trace.mulBackward("amount paid", "before tax", "tax", taxNode, dprice, taxStep));
        Gradients fruitStep = fruitNode.backward(taxStep.dx());
        out.append(Trace.addBackward("before tax", "apple total", "orange total", taxStep.dx(), fruitStep));
        Gradients appleStep = appleNode.backward(fruitStep.dx());
        out.append(Trace.mulBackward("apple total", "apple price", "apple count", appleNode, fruitStep.dx(), appleStep));
        Gradients orangeStep = orangeNode.backward(fruitStep.dy());
        out.append(Trace.mulBackward("orange total", "orange price", "orange count", orangeNode, fruitStep.dy(), orangeStep));

        out.append("\nresult: amount paid ").append(Trace.shown(price))
                .append("; d(apple price) ").append(Trace.shown(appleStep.dx()))
                .append(", d(apple count) ").append(Trace.shown(appleStep.dy()))
                .append(", d(orange price) ").append(Trace.shown(orangeStep.dx()))
                .append(", d(orange count) ").append(Trace.shown(orangeStep.dy()))
                .append(", d(tax) ").append(Trace.shown(taxStep.dy())).append("\n");
        return out.toString();
    }

    @Override
    public String toString() {
        return "FruitShopping(apple price=" + Trace.shown(applePrice) + ", apple count=" + Trace.shown(appleCount)
                + ", orange price=" + Trace.shown(orangePrice) + ", orange count=" + Trace.shown(orangeCount)
                + ", tax=" + Trace.shown(tax) + ")";
    }
}
