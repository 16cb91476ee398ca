package backprop.perceptron;

/** The three logic gates a single TLU can compute, with their hand-set weights. */
public final class Gates {
    private Gates() {}

    /** AND, NAND and OR: each gate's weights and bias, then its truth table. */
    public static String report() {
        return gate("AND", Perceptron.and()) + "\n"
                + gate("NAND", Perceptron.nand()) + "\n"
                + gate("OR", Perceptron.or());
    }

    private static String gate(String name, Perceptron perceptron) {
        return name + ": " + perceptron.describe() + "\n" + perceptron.truthTable();
    }
}
