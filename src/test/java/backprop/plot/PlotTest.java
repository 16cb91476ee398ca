package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import backprop.pictures.Pictures;
import backprop.perceptron.Perceptron;
import backprop.perceptron.TrainingData;

/** Ticks, bad input, and the same pictures under any default locale. */
class PlotTest {

    private static void assertRefused(Executable call, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), "message should name " + word + ": " + e.getMessage());
        }
    }

    @Test
    void ticksAreRoundDecimalNumbers() {
        assertEquals(List.of("-4", "-2", "0", "2", "4"),
                Ticks.linear(-4, 4, 4).stream().map(Ticks::label).toList());
        assertEquals(List.of("0", "0.1", "0.2", "0.3"),
                Ticks.linear(0, 0.3, 3).stream().map(Ticks::label).toList());
        assertEquals(List.of("0.001", "0.01", "0.1", "1", "10", "100", "1000", "1e4"),
                Ticks.logarithmic(1e-3, 1e4).stream().map(Ticks::label).toList());
        assertEquals("1e-6", Ticks.label(new BigDecimal("0.000001")));
    }

    @Test
    void badInputIsRefusedWithTheParameterName() {
        assertRefused(() -> Plot.titled("t").size(100, 10), "columns", "100");
        assertRefused(() -> Plot.titled("t").size(60, 2), "rows", "2");
        assertRefused(() -> Plot.titled("t").x(1, 1), "x", "1.0");
        assertRefused(() -> Plot.titled("t").y(Double.NaN, 1), "y from", "NaN");
        assertRefused(() -> Plot.titled("t").line("a", new double[] {1, 2}, new double[] {1}), "ys", "2");
        assertRefused(() -> Plot.titled(null), "title");
        assertThrows(IllegalStateException.class, () -> Plot.titled("t").render());
        assertThrows(IllegalStateException.class, () -> Plot.titled("t").function("f", Math::sin).render());
        assertRefused(() -> DecisionMap.of("t", (a, b) -> a).range(1, 0), "range");
        assertRefused(() -> DecisionMap.of("t", (a, b) -> a).point(Double.NaN, 0, 1), "x1", "NaN");
        assertRefused(() -> Plots.decisionMap(Perceptron.tlu(0, 1, 1, 1), TrainingData.and()), "perceptron", "3");
        assertRefused(() -> Plots.losses(List.of()), "histories");
        assertRefused(() -> Plots.activation(null), "f");
    }

    @Test
    void aPlotShowsWhatItIsGiven() {
        String plot = Plot.titled("line").x(0, 10).function("y = x", x -> x)
                .points("p", new double[] {5}, new double[] {5}).render();
        assertTrue(plot.contains("●"), plot);
        assertTrue(plot.contains("⠤⠤ y = x"), plot);
        assertTrue(plot.contains("10"), plot);
        // A NaN or an infinity in the data leaves a gap, not a crash.
        String gaps = Plot.titled("gaps").line("l", new double[] {0, 1, 2, 3}, new double[] {1, Double.NaN, 2, 3})
                .points("p", new double[] {0, 1}, new double[] {Double.POSITIVE_INFINITY, 1}).logY().render();
        assertTrue(gaps.contains("●"), gaps);
    }

    @Test
    void everyPictureIsTheSameUnderAnyDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            List<String> root = Pictures.all().stream().map(Pictures.Picture::text).toList();
            for (String tag : List.of("de-DE", "tr-TR", "ko-KR")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                List<String> local = Pictures.all().stream().map(Pictures.Picture::text).toList();
                for (int i = 0; i < root.size(); i++) {
                    assertEquals(root.get(i), local.get(i), Pictures.all().get(i).name() + " under " + tag);
                }
            }
        } finally {
            Locale.setDefault(original);
        }
    }
}
