package backprop.digits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import backprop.Require;
import backprop.mlp.Example;

/**
 * Examples divided into a training set, which the network learns from, and a test set it never
 * sees while learning: accuracy on the test set says whether it learned digits or memorised images.
 */
public record Split(List<Example> train, List<Example> test) {

    public Split {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }

    /** Shuffles with {@code seed}, then keeps {@code testFraction} of the examples for testing. */
    public static Split of(List<Example> examples, double testFraction, long seed) {
        Require.notNull("examples", examples);
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be between 0 and 1 (exclusive), got " + testFraction);
        }
        if (examples.size() < 2) {
            throw new IllegalArgumentException("examples must hold at least 2 examples to split, got " + examples.size());
        }
        List<Example> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(seed));
        int testSize = Math.max(1, Math.min(shuffled.size() - 1, (int) Math.round(shuffled.size() * testFraction)));
        return new Split(shuffled.subList(testSize, shuffled.size()), shuffled.subList(0, testSize));
    }

    /** Short, for JShell: the sizes, not 1,797 lists of 64 pixels. */
    @Override
    public String toString() {
        return "Split[" + train.size() + " to train, " + test.size() + " to test]";
    }
}
