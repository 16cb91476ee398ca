package backprop.perceptron;

/**
 * One row of the slides' XOR table: inputs x1, x2, the hidden outputs s1 = NAND(x1, x2) and
 * s2 = OR(x1, x2), and the output y = AND(s1, s2).
 */
public record XorRow(int x1, int x2, int s1, int s2, int y) {

    /** The row as the slides print it, single spaces: {@code 1 0 1 1 1}. */
    @Override
    public String toString() {
        return x1 + " " + x2 + " " + s1 + " " + s2 + " " + y;
    }
}
