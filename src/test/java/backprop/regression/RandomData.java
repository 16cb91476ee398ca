package backprop.regression;

import java.util.Random;

/** Seeded random datasets for property tests: noisy points around a random line. */
final class RandomData {
    private RandomData() {}

    static Dataset dataset(Random random) {
        int n = 2 + random.nextInt(20);
        double a = random.nextGaussian() * 3;
        double b = random.nextGaussian() * 3;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextDouble() * 4 - 2;
            ys[i] = a * xs[i] + b + random.nextGaussian();
        }
        // Two distinct x values at least, so that the least-squares line exists.
        xs[0] = -1;
        xs[1] = 1;
        return Dataset.of("random", "seeded random test data", xs, ys);
    }
}
