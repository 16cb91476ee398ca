package backprop.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ActivationTest {

    /** The slides' functions plus Leaky ReLU and ELU with other parameters. */
    private static List<Activation> functions() {
        List<Activation> all = new ArrayList<>(Activations.all());
        all.add(Activation.leakyRelu(0.01));
        all.add(Activation.leakyRelu(0.5));
        all.add(Activation.elu(0.5));
        all.add(Activation.elu(2));
        return all;
    }

    @Test
    void derivativesAgreeWithCentralDifferencesAtRandomPoints() {
        Random random = new Random(303);
        for (Activation f : functions()) {
            int checked = 0;
            while (checked < 1000) {
                double x = random.nextDouble() * 12 - 6;
                if (Math.abs(x) < 1e-3) {
                    continue; // the kink of step, ReLU, Leaky ReLU and ELU: no derivative to compare
                }
                double numeric = NumericalDerivative.central(f, x);
                assertEquals(numeric, f.derivative(x), 1e-6, () -> f.formula() + " at x = " + x);
                checked++;
            }
        }
    }

    @Test
    void atTheKinkDerivativeIsTheLeftHandSlope() {
        for (Activation f : functions()) {
            double left = NumericalDerivative.leftHand(f::apply, 0, 1e-7);
            if (f == Activation.STEP) {
                // The step jumps at 0 (its left-hand difference is 1/h); 0 is the slope on both sides.
                assertEquals(0.0, f.derivative(0));
            } else {
                assertEquals(left, f.derivative(0), 1e-6, f.formula());
            }
        }
    }

    /** The references' numbers at 0: PyTorch, TensorFlow, JAX, Saito's layers and micrograd. */
    @Test
    void atZeroTheFunctionsGiveWhatTheReferencesGive() {
        assertEquals(0.0, Activation.STEP.apply(0));        // Saito: step_function is x > 0
        assertEquals(0.0, Activation.RELU.derivative(0));   // Saito's Relu masks x <= 0; micrograd: out.data > 0
        assertEquals(0.1, Activation.leakyRelu(0.1).derivative(0));  // PyTorch: x > 0 ? grad : grad * slope
        assertEquals(0.5, Activation.elu(0.5).derivative(0));        // PyTorch: x <= 0 takes the α·e^x branch
        assertEquals(1.0, Activation.elu(1).derivative(0));
    }

    @Test
    void kinksAreWhereTheOneSidedSlopesDiffer() {
        for (Activation f : functions()) {
            double left = NumericalDerivative.leftHand(f::apply, 0, 1e-7);
            double right = NumericalDerivative.rightHand(f::apply, 0, 1e-7);
            assertEquals(f.hasKinkAtZero(), Math.abs(left - right) > 1e-3, f.formula());
        }
    }

    @Test
    void knownValues() {
        assertEquals(0.5, Activation.SIGMOID.apply(0));
        assertEquals(0.25, Activation.SIGMOID.derivative(0));
        assertEquals(0.0, Activation.TANH.apply(0));
        assertEquals(1.0, Activation.TANH.derivative(0));
        assertEquals(0.0, Activation.RELU.apply(-2));
        assertEquals(2.0, Activation.RELU.apply(2));
        assertEquals(-0.2, Activation.leakyRelu(0.1).apply(-2), 1e-15);
        assertEquals(0.1, Activation.leakyRelu(0.1).derivative(-2));
        assertEquals(Math.expm1(-1), Activation.elu(1).apply(-1));
        assertEquals(0.0, Activation.STEP.apply(0));
        assertEquals(1.0, Activation.STEP.apply(1e-300));
        assertEquals(0.0, Activation.STEP.apply(-1e-300));
        assertEquals(-7.5, Activation.IDENTITY.apply(-7.5));
    }

    /**
     * The slides' 2-2-2 example: at z3 = 0.44498412, o1 = σ(z3) = 0.60944600 and
     * ∂o1/∂z3 = 0.23802157 (both printed with 8 decimals, so within 5e-9), from x alone and from
     * the output alone; and the same slope by a central difference, which knows no formula.
     */
    @Test
    void sigmoidDerivativeAtTheSlidesZ3IsTheSlides0_23802157() {
        double z3 = 0.44498412;
        assertEquals(0.60944600, Activation.SIGMOID.apply(z3), 5e-9);
        assertEquals(0.23802157, Activation.SIGMOID.derivative(z3), 5e-9);
        assertEquals(0.23802157, Activation.SIGMOID.derivative(z3, 0.60944600), 5e-9);
        assertEquals(NumericalDerivative.central(Activation.SIGMOID, z3), Activation.SIGMOID.derivative(z3), 1e-10);
    }

    /** Backpropagation passes the output it already has; the slope must be the same as from x. */
    @Test
    void derivativeFromTheOutputIsTheDerivativeFromX() {
        Random random = new Random(304);
        for (Activation f : functions()) {
            for (int i = 0; i < 200; i++) {
                double x = random.nextDouble() * 12 - 6;
                assertEquals(NumericalDerivative.central(f, x), f.derivative(x, f.apply(x)), 1e-6,
                        () -> f.formula() + " at x = " + x);
            }
        }
    }

    @Test
    void theFunctionsWithAKinkAtZeroAreStepReluLeakyReluAndEluUnlessAlphaIsOne() {
        assertTrue(Activation.STEP.hasKinkAtZero());
        assertTrue(Activation.RELU.hasKinkAtZero());
        assertTrue(Activation.leakyRelu(0.1).hasKinkAtZero());
        assertTrue(Activation.elu(0.5).hasKinkAtZero());
        assertTrue(!Activation.elu(1).hasKinkAtZero());
        assertTrue(!Activation.SIGMOID.hasKinkAtZero());
        assertTrue(!Activation.TANH.hasKinkAtZero());
        assertTrue(!Activation.IDENTITY.hasKinkAtZero());
    }

    @Test
    void eachFormulaStartsWithItsNameAndShowsItsParameter() {
        for (Activation f : functions()) {
            assertTrue(f.formula().startsWith(f.name()), f.formula());
        }
        assertEquals("ELU: x ≥ 0이면 x, x < 0이면 α(e^x − 1), α = 2", Activation.elu(2).formula());
        assertEquals("sigmoid σ(x) = 1 / (1 + e^(−x))", Activation.SIGMOID.formula());
    }

    @Test
    void parametersPrintInTheSlidesForm() {
        assertEquals("LeakyReLU[slope=0.1]", Activation.leakyRelu(0.1).toString());
        assertEquals("ELU[alpha=1]", Activation.elu(1.0).toString());
    }

    @Test
    void centralDifferenceOfAnyFunction() {
        // d/dx sin x = cos x; the central difference is off by about h²/6 · cos x.
        assertEquals(Math.cos(1), NumericalDerivative.central(Math::sin, 1), 1e-10);
        assertEquals(2 * 3.0, NumericalDerivative.central(x -> x * x, 3), 1e-9);
    }

    @Test
    void oneSidedDifferencesOfAStraightLineAreItsSlope() {
        assertEquals(3, NumericalDerivative.leftHand(x -> 3 * x + 1, 2, 1e-3), 1e-9);
        assertEquals(3, NumericalDerivative.rightHand(x -> 3 * x + 1, 2, 1e-3), 1e-9);
        // x²: (x + h)² − x² over h is 2x + h; x² − (x − h)² over h is 2x − h.
        assertEquals(4.5, NumericalDerivative.rightHand(x -> x * x, 2, 0.5), 1e-12);
        assertEquals(3.5, NumericalDerivative.leftHand(x -> x * x, 2, 0.5), 1e-12);
    }

    @Test
    void tableRowsAndTheirShortForms() {
        ActivationTable table = ActivationTable.of(Activation.RELU, -1, 1, 0.5);
        assertEquals("ActivationTable[ReLU, x = -1 … 1 in steps of 0.5, 5 rows]", table.toString());
        ActivationTable.Row row = table.rows().get(3);
        assertEquals(new ActivationTable.Row(0.5, 0.5, 1), row);
        assertEquals("Row[x = 0.5, f(x) = 0.5, f'(x) = 1]", row.toString());
    }

    @Test
    void aCheckResultSaysWhetherItPassed() {
        DerivativeCheck.Result good = new DerivativeCheck.Result(Activation.TANH, 48, 3.13e-7, -0.125);
        DerivativeCheck.Result bad = new DerivativeCheck.Result(Activation.TANH, 48, 2e-6, 1);
        assertTrue(good.passed());
        assertTrue(!bad.passed());
        assertTrue(new DerivativeCheck.Result(Activation.TANH, 1, DerivativeCheck.TOLERANCE, 0).passed(), "at the tolerance");
        assertEquals("Result[tanh, 48 points, max |error| 3.130e-07 at x = -0.125, passed]", good.toString());
        assertEquals("Result[tanh, 48 points, max |error| 2.000e-06 at x = 1, FAILED]", bad.toString());
    }

    @Test
    void theCheckReportsItsWorstPoint() {
        // ReLU with h = 1e-3 near its kink: at x = 0.0005 the difference straddles 0,
        // (0.0015 − 0) / 0.002 = 0.75 against the slope 1; at -1 and 2 it is exact.
        DerivativeCheck.Result r = DerivativeCheck.check(Activation.RELU, 1e-3, -1, 0.0005, 2);
        assertEquals(3, r.points());
        assertEquals(0.0005, r.worstX());
        assertEquals(0.25, r.maxAbsError(), 1e-12);
        assertTrue(!r.passed());
        assertEquals(0, DerivativeCheck.check(Activation.RELU, 1e-3, 2, -1).maxAbsError(), 1e-12);
    }

    @Test
    void describeShowsTheParameters() {
        assertEquals("Leaky ReLU max(0.1x, x), 기울기 0.1", Activation.leakyRelu(0.1).formula());
        assertEquals("Leaky ReLU max(0.2x, x), 기울기 0.2", Activation.leakyRelu(0.2).formula());
        assertTrue(Activation.elu(0.5).formula().endsWith("α = 0.5"));
    }

    @Test
    void derivativeCheckReportPassesEveryFunction() {
        for (Activation f : Activations.all()) {
            DerivativeCheck.Result r = DerivativeCheck.check(f, DerivativeCheck.REPORT_H, DerivativeCheck.checkPoints());
            assertTrue(r.passed(), f.formula() + ": " + r);
            assertEquals(48, r.points());
        }
    }

    @Test
    void tableRowsRunFromFromToToIncludingBothEnds() {
        List<ActivationTable.Row> rows = ActivationTable.of(Activation.RELU, -1, 1, 0.1).rows();
        assertEquals(21, rows.size());
        assertEquals(-1.0, rows.get(0).x());
        assertEquals(1.0, rows.get(20).x(), 1e-12);
        assertEquals(13, ActivationTable.of(Activation.TANH).rows().size());
        assertEquals(1, ActivationTable.of(Activation.TANH, 2, 2, 1).rows().size());
    }

    @Test
    void leakyReluTableUsesTheGivenSlope() {
        String table = ActivationReports.leakyRelu(0.2);
        assertTrue(table.contains("max(0.2x, x), 기울기 0.2"), table);
        // The row x = -3: ReLU 0 with slope 0; max(0.2 × -3, -3) = -0.6 with slope 0.2.
        String row = table.lines().filter(l -> l.trim().startsWith("-3 ")).findFirst().orElseThrow();
        assertEquals(List.of("-3", "0", "0", "-0.6", "0.2"), List.of(row.trim().split(" +")), table);
    }

    // ---- bad input ---------------------------------------------------------------------------

    @Test
    void badSlopeIsRejected() {
        for (double slope : new double[] {0, 1, -0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejects("slope", () -> Activation.leakyRelu(slope));
            assertRejects("slope", () -> ActivationReports.leakyRelu(slope));
        }
    }

    @Test
    void badAlphaIsRejected() {
        for (double alpha : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejects("alpha", () -> Activation.elu(alpha));
        }
    }

    @Test
    void badTableRangeIsRejected() {
        assertRejects("function", () -> ActivationTable.of(null));
        assertRejects("from", () -> ActivationTable.of(Activation.RELU, Double.NaN, 1, 0.5));
        assertRejects("to", () -> ActivationTable.of(Activation.RELU, 0, Double.POSITIVE_INFINITY, 0.5));
        assertRejects("to", () -> ActivationTable.of(Activation.RELU, 1, 0, 0.5));
        assertRejects("step", () -> ActivationTable.of(Activation.RELU, 0, 1, 0));
        assertRejects("step", () -> ActivationTable.of(Activation.RELU, 0, 1, -0.5));
        assertRejects("step", () -> ActivationTable.of(Activation.RELU, 0, 1, Double.NaN));
        assertRejects("step", () -> ActivationTable.of(Activation.RELU, -1e6, 1e6, 1e-3));
    }

    @Test
    void badNumericalDerivativeArgumentsAreRejected() {
        assertRejects("h", () -> NumericalDerivative.central(Activation.RELU, 1, 0));
        assertRejects("h", () -> NumericalDerivative.central(Activation.RELU, 1, -1e-5));
        assertRejects("h", () -> NumericalDerivative.central(Activation.RELU, 1, Double.NaN));
        assertRejects("x", () -> NumericalDerivative.central(Activation.RELU, Double.NaN));
        assertRejects("x", () -> NumericalDerivative.rightHand(Math::sin, Double.NaN, 1e-3));
        assertRejects("x[1]", () -> NumericalDerivative.centralGradient(v -> v[0], new double[] {0, Double.NaN}, 1e-5));
        assertRejects("xs", () -> DerivativeCheck.check(Activation.RELU, 1e-3));
        assertRejects("xs[0]", () -> DerivativeCheck.check(Activation.RELU, 1e-3, Double.NaN));
    }

    @Test
    void centralGradientOfAQuadratic() {
        double[] g = NumericalDerivative.centralGradient(v -> v[0] * v[0] + 3 * v[1], new double[] {2, 5}, 1e-5);
        assertArrayEquals(new double[] {4, 3}, g, 1e-8);
    }

    static void assertRejects(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(parameter + " "),
                () -> "message should name " + parameter + ": " + e.getMessage());
    }
}
