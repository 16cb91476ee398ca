package backprop.digits;

import java.util.Arrays;

import backprop.mlp.Example;

/**
 * One handwritten digit as stored: 8×8 = 64 pixels, row by row, each a count of ink from 0 to
 * 16, and the label, the digit it shows. Two digits are equal when their pixels and labels are.
 */
public record Digit(int[] pixels, int label) {

    public Digit {
        if (pixels == null || pixels.length != Digits.PIXELS) {
            throw new IllegalArgumentException("pixels must hold " + Digits.PIXELS + " values, got "
                    + (pixels == null ? "null" : pixels.length));
        }
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] < 0 || pixels[i] > Digits.MAX_INK) {
                throw new IllegalArgumentException("pixels[" + i + "] must be between 0 and " + Digits.MAX_INK
                        + ", got " + pixels[i]);
            }
        }
        if (label < 0 || label >= Digits.CLASSES) {
            throw new IllegalArgumentException("label must be between 0 and " + (Digits.CLASSES - 1) + ", got " + label);
        }
        pixels = pixels.clone();
    }

    @Override
    public int[] pixels() {
        return pixels.clone();
    }

    /** The pixel in {@code row} and {@code column}, both counted from 0 at the top left. */
    public int pixel(int row, int column) {
        if (row < 0 || row >= Digits.SIDE) {
            throw new IllegalArgumentException("row must be between 0 and " + (Digits.SIDE - 1) + ", got " + row);
        }
        if (column < 0 || column >= Digits.SIDE) {
            throw new IllegalArgumentException("column must be between 0 and " + (Digits.SIDE - 1) + ", got " + column);
        }
        return pixels[row * Digits.SIDE + column];
    }

    /**
     * The network's view: pixels scaled to [0, 1] (the sigmoid works best with small inputs),
     * and the label as ten targets, 1 for the right digit and 0 for the others ("one-hot").
     */
    public Example toExample() {
        double[] input = new double[Digits.PIXELS];
        for (int i = 0; i < Digits.PIXELS; i++) {
            input[i] = pixels[i] / (double) Digits.MAX_INK;
        }
        double[] target = new double[Digits.CLASSES];
        target[label] = 1;
        return new Example(input, target);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Digit d && label == d.label && Arrays.equals(pixels, d.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pixels) + label;
    }

    @Override
    public String toString() {
        return "Digit[" + label + "]";
    }
}
