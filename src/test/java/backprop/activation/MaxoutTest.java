package backprop.activation;

import static backprop.activation.ActivationTest.assertRejects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class MaxoutTest {

    private static final Maxout EXAMPLE = Maxout.of(new double[] {1, -1}, 0.5, new double[] {-0.5, 2}, -1);

    @Test
    void valueIsTheLargerPiece() {
        assertEquals(1.5, EXAMPLE.apply(1, 0));
        assertEquals(1.0, EXAMPLE.apply(0, 1));
        assertEquals(4.0, EXAMPLE.apply(2, 3));
        assertEquals(1, EXAMPLE.winner(1, 0));
        assertEquals(2, EXAMPLE.winner(0, 1));
    }

    @Test
    void tieGoesToPieceOne() {
        assertEquals(EXAMPLE.piece1(1, 1), EXAMPLE.piece2(1, 1));
        assertEquals(1, EXAMPLE.winner(1, 1));
        assertArrayEquals(new double[] {1, -1}, EXAMPLE.gradient(1, 1));
    }

    @Test
    void gradientAgreesWithCentralDifferencesAtRandomPoints() {
        Random random = new Random(42);
        int checked = 0;
        while (checked < 1000) {
            int n = 1 + random.nextInt(4);
            double[] w1 = gaussians(random, n);
            double[] w2 = gaussians(random, n);
            Maxout maxout = Maxout.of(w1, random.nextGaussian(), w2, random.nextGaussian());
            double[] x = gaussians(random, n);
            if (Math.abs(maxout.piece1(x) - maxout.piece2(x)) < 1e-2) {
                continue; // on the ridge where the pieces meet there is no gradient
            }
            double[] numeric = NumericalDerivative.centralGradient(maxout::apply, x, 1e-5);
            assertArrayEquals(numeric, maxout.gradient(x), 1e-6, () -> maxout + " at " + java.util.Arrays.toString(x));
            checked++;
        }
    }

    @Test
    void oneInputMaxoutIsReluAndLeakyRelu() {
        Random random = new Random(7);
        Maxout relu = Maxout.relu();
        Maxout leaky = Maxout.leakyRelu(0.1);
        Activation leakyActivation = Activation.leakyRelu(0.1);
        for (int i = 0; i < 1000; i++) {
            double x = random.nextGaussian() * 5;
            assertEquals(Activation.RELU.apply(x), relu.apply(x), 0.0);
            assertEquals(Activation.RELU.derivative(x), relu.gradient(x)[0], 0.0);
            assertEquals(leakyActivation.apply(x), leaky.apply(x), 0.0);
            assertEquals(leakyActivation.derivative(x), leaky.gradient(x)[0], 0.0);
        }
        // At the kink the pieces tie; piece 1, in the slides' order max(0, x) and max(0.1x, x),
        // gives the left-hand slope, as ReLU and Leaky ReLU do.
        assertEquals(0.0, relu.gradient(0)[0]);
        assertEquals(0.1, leaky.gradient(0)[0]);
        assertEquals(Activation.RELU.derivative(0), relu.gradient(0)[0]);
        assertEquals(leakyActivation.derivative(0), leaky.gradient(0)[0]);
    }

    @Test
    void weightsAreCopied() {
        double[] w1 = {1, 2};
        Maxout m = Maxout.of(w1, 0, new double[] {3, 4}, 0);
        w1[0] = 100;
        m.gradient(5, 5)[0] = 100;
        m.w2()[0] = 100;
        assertArrayEquals(new double[] {1, 2}, m.w1());
        assertArrayEquals(new double[] {3, 4}, m.w2());
    }

    @Test
    void equalityIsByTheNumbers() {
        Maxout same = Maxout.of(new double[] {1, -1}, 0.5, new double[] {-0.5, 2}, -1);
        assertEquals(EXAMPLE, same);
        assertEquals(EXAMPLE.hashCode(), same.hashCode());
        assertNotEquals(EXAMPLE, Maxout.of(new double[] {1, -1}, 0.5, new double[] {-0.5, 2}, -2));
        assertNotEquals(EXAMPLE, Maxout.of(new double[] {1, -1}, 0.25, new double[] {-0.5, 2}, -1));
        assertNotEquals(EXAMPLE, Maxout.of(new double[] {1, 1}, 0.5, new double[] {-0.5, 2}, -1));
        assertNotEquals(EXAMPLE, Maxout.of(new double[] {1, -1}, 0.5, new double[] {0.5, 2}, -1));
        assertNotEquals(EXAMPLE, "w1 = (1, -1), b1 = 0.5; w2 = (-0.5, 2), b2 = -1");
        assertEquals("w1 = (1, -1), b1 = 0.5; w2 = (-0.5, 2), b2 = -1", EXAMPLE.toString());
        assertEquals(2, EXAMPLE.inputs());
        assertEquals(1, Maxout.relu().inputs());
    }

    @Test
    void hashCodesTellDifferentMaxoutsApart() {
        // Not required by equals, but a hash that ignored a field, or a constant one, would put
        // these in one bucket.
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        hashes.add(EXAMPLE.hashCode());
        hashes.add(Maxout.of(new double[] {1, -1}, 0.5, new double[] {-0.5, 2}, -2).hashCode());
        hashes.add(Maxout.of(new double[] {1, -1}, 1.5, new double[] {-0.5, 2}, -1).hashCode());
        hashes.add(Maxout.of(new double[] {2, -1}, 0.5, new double[] {-0.5, 2}, -1).hashCode());
        hashes.add(Maxout.of(new double[] {1, -1}, 0.5, new double[] {-0.5, 3}, -1).hashCode());
        assertEquals(5, hashes.size());
    }

    @Test
    void badInputIsRejected() {
        assertRejects("w2", () -> Maxout.of(new double[] {1, 2}, 0, new double[] {1}, 0));
        assertRejects("w1", () -> Maxout.of(new double[] {}, 0, new double[] {}, 0));
        assertRejects("w1[0]", () -> Maxout.of(new double[] {Double.NaN}, 0, new double[] {1}, 0));
        assertRejects("w2[0]", () -> Maxout.of(new double[] {1}, 0, new double[] {Double.NaN}, 0));
        assertRejects("b1", () -> Maxout.of(new double[] {1}, Double.NaN, new double[] {1}, 0));
        assertRejects("b2", () -> Maxout.of(new double[] {1}, 0, new double[] {1}, Double.NEGATIVE_INFINITY));
        assertRejects("x", () -> EXAMPLE.apply(1));
        assertRejects("x", () -> EXAMPLE.gradient(1, 2, 3));
        assertRejects("x[1]", () -> EXAMPLE.apply(1, Double.NaN));
        assertRejects("slope", () -> Maxout.leakyRelu(Double.NaN));
    }

    private static double[] gaussians(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}
