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
        assertTrue(RegressionReports.training(GradientDescent.train(data, 0.1, 300)).contains(", 30걸음마다 한 줄\n"));
        String five = RegressionReports.training(GradientDescent.train(data, 0.1, 5));
        assertTrue(five.contains("5걸음, 걸음마다 한 줄\n"), five);
    }

    @Test
    void oneStepIsOneStep() {
        // From y = 0x + 0 one step with α = 0.1 gives y = 2.8x + 1 with loss 23.2 / 5 (GradientDescentTest).
        String one = RegressionReports.training(GradientDescent.train(data, 0.1, 1));
        assertTrue(one.contains(", 1걸음, 걸음마다 한 줄\n"), one);
        assertTrue(one.endsWith("1걸음 뒤: y = 2.8x + 1, 손실 4.64\n"), one);
    }

    @Test
    void aRunWhoseLossGrewIsWarnedAbout() {
        // α = 0.15 is just above the limit 2/λmax ≈ 0.149: the loss grows slowly, not past the bound.
        Training training = GradientDescent.train(data, 0.15, 300);
        String report = RegressionReports.training(training);
        assertTrue(!training.diverged(), report);
        assertTrue(report.endsWith("주의: 손실이 0걸음 때보다 크다. 학습률(α = 0.15)이 너무 클 것이다.\n"),
                report);
        String fine = RegressionReports.training(GradientDescent.train(data, 0.1, 300));
        assertTrue(!fine.contains("주의"), fine);
    }

    @Test
    void aShortRunHasNotReachedTheExactFit() {
        String report = RegressionReports.versusExact(GradientDescent.train(data, 0.1, 10), 0, 10);
        assertTrue(report.endsWith("10걸음 뒤에도 경사하강법의 직선은 아직 소수점 8자리까지 정확한 답과 같지 않다.\n"),
                report);
    }

    @Test
    void aDivergedRunIsComparedUpToItsLastFiniteStep() {
        // |1 − 0.2·λmax| = 1.68 with λmax = 7 + √41: the loss grows about 2.8 times a step and passes
        // 10000 × 33.8 at step 9.
        String report = RegressionReports.versusExact(GradientDescent.train(data, 0.2, 300), 0, 8);
        assertTrue(report.endsWith("\n경사하강법: 9번째 걸음에서 발산(diverged): 손실 377291.75247272 > 한계 338000\n"),
                report);
    }

    @Test
    void gradientDescentThatNeverComesCloseIsSaidSo() {
        // With α = 1e-7, a moves at most 1e-7 × 28 a step: after 100000 steps it is still below 0.3,
        // not within h/2 = 0.5 of a* = 2.
        String report = RegressionReports.gridSearchCost(data, -10, 10, 1e-7, 1);
        assertTrue(report.contains("100000걸음 안에 못 미침"), report);
    }

    @Test
    void aLossThatOverflowedIsSaidInWords() {
        assertTrue(new Divergence(1, Double.POSITIVE_INFINITY, 338000).toString()
                .equals("1번째 걸음에서 발산(diverged): 손실이 넘쳐(overflow) 더 이상 유한한 수가 아니다 (한계 338000)"));
        assertTrue(new Divergence(2, Double.NaN, 100).toString().contains("넘쳐(overflow)"));
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
        assertTrue(rules.get(0).startsWith("  |∂L/∂a| < 0.001이고 |∂L/∂b| < 0.001 ") && rules.get(0).endsWith("→ CONVERGED"), out);
        assertTrue(rules.get(1).startsWith("  한 걸음 뒤 손실이 커졌다 ") && rules.get(1).endsWith("→ DIVERGING"), out);
        assertTrue(rules.get(2).startsWith("  500걸음을 다 썼다 ") && rules.get(2).endsWith("→ OUT_OF_STEPS"), out);
        assertTrue(rules.stream().map(l -> backprop.Columns.of(l.substring(0, l.indexOf('→')))).distinct().count() == 1, out);
    }

    @Test
    void theLimitIsQuotedWithTheComparison() {
        // 2/λmax = 2/(7 + √41) = 0.14921894… (GradientDescentTest).
        String report = RegressionReports.learningRates(data, 10, 0.1);
        assertTrue(report.endsWith("경사하강법은 α < 2/λmax = 0.14921894일 때 수렴한다\n"), report);
    }
}
