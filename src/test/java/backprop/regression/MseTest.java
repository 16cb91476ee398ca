package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class MseTest {

    @Test
    void lossOfTheChaptersDataAtTheBestLineIsExactlyFourFifths() {
        assertEquals(0.8, Mse.loss(Line.of(2, 1), Dataset.studyHours()), 1e-15);
    }

    @Test
    void lossAtTheOriginIsTheMeanOfYSquared() {
        // (1 + 16 + 16 + 36 + 100) / 5 = 169 / 5
        assertEquals(33.8, Mse.loss(Line.of(0, 0), Dataset.studyHours()), 1e-12);
    }

    @Test
    void gradientAtTheOriginMatchesTheHandCalculation() {
        // ∂L/∂a = 2/5 × Σ(−y·x) = 2/5 × (−70); ∂L/∂b = 2/5 × Σ(−y) = 2/5 × (−25)
        Gradient g = Mse.gradient(Line.of(0, 0), Dataset.studyHours());
        assertEquals(-28, g.dLda(), 1e-12);
        assertEquals(-10, g.dLdb(), 1e-12);
    }

    @Test
    void gradientVanishesAtTheLeastSquaresLine() {
        Gradient g = Mse.gradient(Line.of(2, 1), Dataset.studyHours());
        assertEquals(0, g.dLda(), 1e-12);
        assertEquals(0, g.dLdb(), 1e-12);
    }

    @Test
    void gradientAgreesWithCentralDifferencesOnRandomLinesAndData() {
        Random random = new Random(20240101);
        for (int trial = 0; trial < 500; trial++) {
            Dataset data = RandomData.dataset(random);
            Line line = Line.of(random.nextGaussian() * 5, random.nextGaussian() * 5);
            Gradient g = Mse.gradient(line, data);
            double h = 1e-5;
            double numericA = (Mse.loss(Line.of(line.a() + h, line.b()), data)
                    - Mse.loss(Line.of(line.a() - h, line.b()), data)) / (2 * h);
            double numericB = (Mse.loss(Line.of(line.a(), line.b() + h), data)
                    - Mse.loss(Line.of(line.a(), line.b() - h), data)) / (2 * h);
            // The MSE is quadratic, so central differences are exact up to rounding.
            assertEquals(numericA, g.dLda(), 1e-6 * Math.max(1, Math.abs(numericA)), "∂L/∂a, trial " + trial);
            assertEquals(numericB, g.dLdb(), 1e-6 * Math.max(1, Math.abs(numericB)), "∂L/∂b, trial " + trial);
        }
    }
}
