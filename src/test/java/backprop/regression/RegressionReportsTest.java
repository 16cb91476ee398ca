package backprop.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The reports' branches the chapter's own runs (the approved files) do not take: a short run, a
 * run whose loss grew, a run that never gets close, a loss that overflowed.
 */
class RegressionReportsTest {

    private final Dataset data = Dataset.studyHours();

    @Test
    void aRunIsShownInAboutTenRows() {
        assertTrue(RegressionReports.training(GradientDescent.train(data, 0.1, 300)).contains(", a row every 30 steps\n"));
        String five = RegressionReports.training(GradientDescent.train(data, 0.1, 5));
        assertTrue(five.contains("5 steps, a row per step\n"), five);
    }

    @Test
    void oneStepIsOneStep() {
        // From y = 0x + 0 one step with α = 0.1 gives y = 2.8x + 1 with loss 23.2 / 5 (GradientDescentTest).
        String one = RegressionReports.training(GradientDescent.train(data, 0.1, 1));
        assertTrue(one.contains(", 1 step, a row per step\n"), one);
        assertTrue(one.endsWith("after 1 step: y = 2.8x + 1, loss 4.64\n"), one);
    }

    @Test
    void aRunWhoseLossGrewIsWarnedAbout() {
        // α = 0.15 is just above the limit 2/λmax ≈ 0.149: the loss grows slowly, not past the bound.
        Training training = GradientDescent.train(data, 0.15, 300);
        String report = RegressionReports.training(training);
        assertTrue(!training.diverged(), report);
        assertTrue(report.endsWith("warning: the loss is larger than at step 0; the learning rate 0.15 is probably too large.\n"),
                report);
        String fine = RegressionReports.training(GradientDescent.train(data, 0.1, 300));
        assertTrue(!fine.contains("warning"), fine);
    }

    @Test
    void aShortRunHasNotReachedTheExactFit() {
        String report = RegressionReports.versusExact(GradientDescent.train(data, 0.1, 10), 0, 10);
        assertTrue(report.endsWith("after 10 steps gradient descent has not reached the exact fit to 8 decimals yet.\n"),
                report);
    }

    @Test
    void aDivergedRunIsComparedUpToItsLastFiniteStep() {
        // |1 − 0.2·λmax| = 1.68 with λmax = 7 + √41: the loss grows about 2.8 times a step and passes
        // 10000 × 33.8 at step 9.
        String report = RegressionReports.versusExact(GradientDescent.train(data, 0.2, 300), 0, 8);
        assertTrue(report.endsWith("\ngradient descent diverged at step 9: loss 377291.75247272 grew past 338000\n"),
                report);
    }

    @Test
    void gradientDescentThatNeverComesCloseIsSaidSo() {
        // With α = 1e-7, a moves at most 1e-7 × 28 a step: after 100000 steps it is still below 0.3,
        // not within h/2 = 0.5 of a* = 2.
        String report = RegressionReports.gridSearchCost(data, -10, 10, 1e-7, 1);
        assertTrue(report.contains("not within 100000"), report);
    }

    @Test
    void aLossThatOverflowedIsSaidInWords() {
        assertTrue(new Divergence(1, Double.POSITIVE_INFINITY, 338000).toString()
                .equals("diverged at step 1: the loss overflowed and is no longer a finite number (bound 338000)"));
        assertTrue(new Divergence(2, Double.NaN, 100).toString().contains("overflowed"));
    }

    @Test
    void aMillionAndMoreIsWrittenShort() {
        String out = RegressionReports.stopping(0.001, 500, List.of(
                new RegressionExercises.Run(0.2, RegressionExercises.Outcome.OUT_OF_STEPS, 500, Line.of(1e6, 999999.5))), 0);
        assertTrue(out.contains("1.000e+06") && out.contains("999999.5"), out);
    }

    @Test
    void theStoppingRulesLineUpOnTheirArrows() {
        String out = RegressionReports.stopping(0.001, 500, List.of(), 0.14);
        List<String> rules = out.lines().filter(l -> l.contains("→")).toList();
        assertTrue(rules.size() == 3, out);
        assertTrue(rules.get(0).startsWith("  |∂L/∂a| < 0.001 and |∂L/∂b| < 0.001 ") && rules.get(0).endsWith("→ CONVERGED"), out);
        assertTrue(rules.get(1).startsWith("  a step makes the loss larger ") && rules.get(1).endsWith("→ DIVERGING"), out);
        assertTrue(rules.get(2).startsWith("  500 steps are done ") && rules.get(2).endsWith("→ OUT_OF_STEPS"), out);
        assertTrue(rules.stream().map(l -> l.indexOf('→')).distinct().count() == 1, out);
    }

    @Test
    void theLimitIsQuotedWithTheComparison() {
        // 2/λmax = 2/(7 + √41) = 0.14921894… (GradientDescentTest).
        String report = RegressionReports.learningRates(data, 10, 0.1);
        assertTrue(report.endsWith("converges exactly when α < 2/λmax = 0.14921894 (λmax: the loss's steepest curvature)\n"),
                report);
    }
}
