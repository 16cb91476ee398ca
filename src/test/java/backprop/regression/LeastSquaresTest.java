package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void theChaptersDataHasTheExactLineTwoXPlusOne() {
        Line line = LeastSquares.fit(Dataset.studyHours());
        assertEquals(2, line.a(), 1e-15);
        assertEquals(1, line.b(), 1e-15);
    }

    @Test
    void pointsOnALineGiveThatLineWithZeroLoss() {
        Dataset onLine = Dataset.of("on a line", "test", new double[] {-1, 0, 2, 5}, new double[] {-2.5, -1, 2, 6.5});
        Line line = LeastSquares.fit(onLine);
        assertEquals(1.5, line.a(), 1e-12);
        assertEquals(-1, line.b(), 1e-12);
        assertEquals(0, Mse.loss(line, onLine), 1e-24);
    }

    @Test
    void noNearbyLineHasASmallerLossOnRandomData() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            Dataset data = RandomData.dataset(random);
            Line best = LeastSquares.fit(data);
            double bestLoss = Mse.loss(best, data);
            Gradient g = Mse.gradient(best, data);
            assertEquals(0, g.dLda(), 1e-9, "trial " + trial);
            assertEquals(0, g.dLdb(), 1e-9, "trial " + trial);
            for (int probe = 0; probe < 10; probe++) {
                Line nearby = Line.of(best.a() + random.nextGaussian() * 0.1, best.b() + random.nextGaussian() * 0.1);
                assertTrue(Mse.loss(nearby, data) >= bestLoss, "trial " + trial);
            }
        }
    }
}
