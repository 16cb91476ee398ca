package backprop.mlp;

import backprop.Require;

/** One training example for {@link Mlp}: an input vector and the target the output should reach. */
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

    @Override
    public double[] input() {
        return input.clone();
    }

    @Override
    public double[] target() {
        return target.clone();
    }

    @Override
    public String toString() {
        return java.util.Arrays.toString(input) + " → " + java.util.Arrays.toString(target);
    }

    /** The four rows of XOR, the problem a single perceptron cannot solve. */
    public static java.util.List<Example> xor() {
        return java.util.List.of(
                of(new double[] {0, 0}, 0),
                of(new double[] {0, 1}, 1),
                of(new double[] {1, 0}, 1),
                of(new double[] {1, 1}, 0));
    }
}
