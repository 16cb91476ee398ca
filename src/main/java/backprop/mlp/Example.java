package backprop.mlp;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import backprop.Format;
import backprop.Require;

/**
 * One training example for {@link Mlp}: an input vector and the target the output should reach.
 * Two examples are equal when their numbers are, as two {@link Sample}s are.
 */
public record Example(double[] input, double[] target) {

    public Example {
        Require.allFinite("input", input);
        Require.allFinite("target", target);
        if (input.length == 0) {
            throw new IllegalArgumentException("input must not be empty");
        }
        if (target.length == 0) {
            throw new IllegalArgumentException("target must not be empty");
        }
        input = input.clone();
        target = target.clone();
    }

    public static Example of(double[] input, double... target) {
        return new Example(input, target);
    }

    /** The four rows of XOR, the problem a single perceptron cannot solve. */
    public static List<Example> xor() {
        return List.of(
                of(new double[] {0, 0}, 0),
                of(new double[] {0, 1}, 1),
                of(new double[] {1, 0}, 1),
                of(new double[] {1, 1}, 0));
    }

    @Override
    public double[] input() {
        return input.clone();
    }

    @Override
    public double[] target() {
        return target.clone();
    }

    /** The input's length, without copying it. */
    public int inputs() {
        return input.length;
    }

    /** The target's length, without copying it. */
    public int targets() {
        return target.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Example e && Arrays.equals(input, e.input) && Arrays.equals(target, e.target);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(input) + Arrays.hashCode(target);
    }

    @Override
    public String toString() {
        return vector(input) + " → " + vector(target);
    }

    private static String vector(double[] values) {
        return Arrays.stream(values).mapToObj(Format::num).collect(Collectors.joining(", ", "[", "]"));
    }
}
