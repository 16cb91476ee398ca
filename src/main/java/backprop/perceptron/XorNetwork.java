package backprop.perceptron;

import java.util.List;

import backprop.Require;

/**
 * XOR from three TLUs in two layers: s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2).
 *
 * <p>No single perceptron computes XOR (no straight line puts (1, 0) and (0, 1) on one side
 * and (0, 0) and (1, 1) on the other). Stacking a second layer on top bends that line: this is
 * the slides' "퍼셉트론의 필요성 — XOR와 같은 비선형성을 표현할 수 있다".
 */
public record XorNetwork(Perceptron nand, Perceptron or, Perceptron and) {

    public XorNetwork {
        requireTwoInputs("nand", nand);
        requireTwoInputs("or", or);
        requireTwoInputs("and", and);
    }

    /** The slides' network with the hand-set gates of {@link Perceptron}. */
    public static XorNetwork standard() {
        return new XorNetwork(Perceptron.nand(), Perceptron.or(), Perceptron.and());
    }

    /** y = AND(NAND(x1, x2), OR(x1, x2)). */
    public double output(double x1, double x2) {
        double s1 = nand.output(x1, x2);
        double s2 = or.output(x1, x2);
        return and.output(s1, s2);
    }

    /** Every intermediate value for inputs 0 or 1. */
    public XorRow row(int x1, int x2) {
        requireBit("x1", x1);
        requireBit("x2", x2);
        int s1 = (int) nand.output(x1, x2);
        int s2 = (int) or.output(x1, x2);
        int y = (int) and.output(s1, s2);
        return new XorRow(x1, x2, s1, s2, y);
    }

    /** The four rows in the slides' order: (0, 0), (1, 0), (0, 1), (1, 1). */
    public List<XorRow> rows() {
        return List.of(row(0, 0), row(1, 0), row(0, 1), row(1, 1));
    }

    private static void requireTwoInputs(String name, Perceptron gate) {
        Require.notNull(name, gate);
        if (gate.inputs() != 2) {
            throw new IllegalArgumentException(name + " must take 2 inputs, got " + gate.inputs());
        }
    }

    private static void requireBit(String name, int value) {
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException(name + " must be 0 or 1, got " + value);
        }
    }
}
