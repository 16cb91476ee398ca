package backprop.graph;

/**
 * The shopping example rebuilt with {@link Value}: no node objects wired by hand, the arithmetic
 * records the graph by itself, and one {@code backward()} call gives every gradient. Also the
 * case the hand-wired nodes make easy to get wrong: a value used twice.
 */
public final class AutogradExample {
    private AutogradExample() {}

    /**
     * 계산그래프 2 as a {@link Value} graph with labelled nodes; its output is the amount paid.
     * Call {@code backward()} on it, then read the leaves' grads.
     */
    public static Value fruitShopping(double applePrice, double appleCount, double orangePrice,
                                      double orangeCount, double tax) {
        Value apple = Value.of(applePrice, "apple price");
        Value apples = Value.of(appleCount, "apple count");
        Value orange = Value.of(orangePrice, "orange price");
        Value oranges = Value.of(orangeCount, "orange count");
        Value taxRate = Value.of(tax, "tax");
        Value appleTotal = apple.times(apples).label("apple total");
        Value orangeTotal = orange.times(oranges).label("orange total");
        Value beforeTax = appleTotal.plus(orangeTotal).label("before tax");
        return beforeTax.times(taxRate).label("amount paid");
    }

    /**
     * The same purchase with the tax applied to each fruit separately: apple total × tax +
     * orange total × tax. The amount is the same; the one tax value now feeds two multiply nodes,
     * so its gradient is the sum of what comes back along both edges.
     */
    public static Value taxPerFruit(double applePrice, double appleCount, double orangePrice,
                                    double orangeCount, double tax) {
        Value taxRate = Value.of(tax, "tax");
        Value appleTotal = Value.of(applePrice, "apple price").times(Value.of(appleCount, "apple count"))
                .label("apple total");
        Value orangeTotal = Value.of(orangePrice, "orange price").times(Value.of(orangeCount, "orange count"))
                .label("orange total");
        Value appleTaxed = appleTotal.times(taxRate).label("apple taxed");
        Value orangeTaxed = orangeTotal.times(taxRate).label("orange taxed");
        return appleTaxed.plus(orangeTaxed).label("amount paid");
    }
}
