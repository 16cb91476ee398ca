package backprop.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import backprop.activation.Activation;

class PerceptronTest {

    private static final double[][] INPUTS = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};

    @Test
    void gatesComputeTheirTruthTables() {
        double[] and = {0, 0, 0, 1};
        double[] nand = {1, 1, 1, 0};
        double[] or = {0, 1, 1, 1};
        for (int i = 0; i < INPUTS.length; i++) {
            assertEquals(and[i], Perceptron.and().output(INPUTS[i]), "AND " + i);
            assertEquals(nand[i], Perceptron.nand().output(INPUTS[i]), "NAND " + i);
            assertEquals(or[i], Perceptron.or().output(INPUTS[i]), "OR " + i);
        }
    }

    @Test
    void xorNetworkMatchesTheSlidesTable() {
        XorNetwork xor = XorNetwork.standard();
        assertEquals(new XorRow(0, 0, 1, 0, 0), xor.row(0, 0));
        assertEquals(new XorRow(1, 0, 1, 1, 1), xor.row(1, 0));
        assertEquals(new XorRow(0, 1, 1, 1, 1), xor.row(0, 1));
        assertEquals(new XorRow(1, 1, 0, 1, 0), xor.row(1, 1));
        assertEquals("1 0 1 1 1", xor.row(1, 0).toString());
        for (double[] x : INPUTS) {
            assertEquals(x[0] != x[1] ? 1.0 : 0.0, xor.output(x[0], x[1]));
        }
    }

    @Test
    void weightedSumIsWeightsTimesInputsPlusBias() {
        Perceptron p = Perceptron.tlu(-1, 2, 3);
        assertEquals(2 * 0.5 + 3 * 2 - 1, p.weightedSum(0.5, 2));
        assertEquals(1.0, p.output(0.5, 2));
        assertEquals(0.0, p.output(0, 0));
        assertEquals(2, p.inputs());
        assertEquals(3.0, p.weight(2));
    }

    @Test
    void stepStaysSilentAtExactlyZero() {
        // Saito's step_function and gates: 1 only when the weighted sum is above 0.
        assertEquals(0.0, Perceptron.tlu(-1, 1).output(1));
        assertEquals(1.0, Perceptron.tlu(-1, 1).output(1.001));
        assertEquals(0.0, Perceptron.tlu(-1, 1).output(0.999));
    }

    @Test
    void weightsAreCopiedInAndOut() {
        double[] w = {1, 2};
        Perceptron p = Perceptron.tlu(0, w);
        w[0] = 100;
        p.weights()[1] = 100;
        assertEquals(1.0, p.weight(1));
        assertEquals(2.0, p.weight(2));
    }

    @Test
    void equalityIsByValue() {
        assertEquals(Perceptron.and(), Perceptron.tlu(-0.7, 0.5, 0.5));
        assertEquals(Perceptron.and().hashCode(), Perceptron.tlu(-0.7, 0.5, 0.5).hashCode());
        assertNotEquals(Perceptron.and(), Perceptron.or());
        assertNotEquals(Perceptron.linear(1, 0), Perceptron.tlu(0, 1));
    }

    @Test
    void hashCodesTellDifferentPerceptronsApart() {
        // Not required by equals, but a constant hash, or one that ignored a field, would collide here.
        Set<Integer> hashes = new HashSet<>();
        for (Perceptron p : List.of(Perceptron.and(), Perceptron.or(), Perceptron.nand(), Perceptron.tlu(-0.7, 0.5, 1),
                Perceptron.linear(0.5, -0.7), Perceptron.tlu(0.3, 0.5))) {
            hashes.add(p.hashCode());
        }
        assertEquals(6, hashes.size());
    }

    @Test
    void samplesCompareTheirNumbers() {
        TrainingSample s = TrainingSample.of(1, 1, 0);
        assertEquals(TrainingSample.of(1, 1, 0), s);
        assertEquals(TrainingSample.of(1, 1, 0).hashCode(), s.hashCode());
        assertNotEquals(TrainingSample.of(0, 1, 0), s);
        assertNotEquals(TrainingSample.of(1, 0, 1), s);
        assertNotEquals(TrainingSample.of(1, 1), s);
        assertNotEquals(s.hashCode(), TrainingSample.of(0, 1, 0).hashCode());
        assertNotEquals(s.hashCode(), TrainingSample.of(1, 0, 1).hashCode());
        assertEquals("x = (1, 0), t = 1", s.toString());
        assertEquals("x = (0.5), t = 0", TrainingSample.of(0, 0.5).toString());
        double[] x = s.x();
        x[0] = 7;
        assertEquals(1.0, s.x()[0], "x is copied out");
    }

    @Test
    void gateDataHasTheFourInputsInTheSlidesOrder() {
        TrainingData xor = TrainingData.xor();
        assertEquals(4, xor.size());
        assertEquals(2, xor.inputs());
        assertEquals(List.of(TrainingSample.of(0, 0, 0), TrainingSample.of(1, 1, 0), TrainingSample.of(1, 0, 1),
                TrainingSample.of(0, 1, 1)), xor.samples());
        assertEquals(List.of(1.0, 1.0, 1.0, 0.0), TrainingData.nand().samples().stream().map(TrainingSample::target).toList());
    }

    @Test
    void toStringShowsWeightsBiasAndActivation() {
        assertEquals("Perceptron[w = (0.5, 0.5), b = -0.7, step]", Perceptron.and().toString());
    }

    @Test
    void linearPerceptronIsExactlyAxPlusB() {
        Random random = new Random(20240202);
        for (int i = 0; i < 1000; i++) {
            double a = random.nextGaussian() * 10;
            double b = random.nextGaussian() * 10;
            double x = random.nextGaussian() * 10;
            assertEquals(a * x + b, Perceptron.linear(a, b).output(x), 0.0);
        }
    }

    @Test
    void truthTableListsEveryBinaryInput() {
        assertEquals("x1 x2 y\n0 0 0\n1 0 1\n0 1 1\n1 1 1\n", PerceptronReports.truthTable(Perceptron.or()));
    }

    // ---- bad input ---------------------------------------------------------------------------

    @Test
    void wrongNumberOfInputsIsRejected() {
        assertRejects("x", () -> Perceptron.and().output(1));
        assertRejects("x", () -> Perceptron.and().output(1, 0, 1));
        assertRejects("x", () -> Perceptron.and().weightedSum());
    }

    @Test
    void nanOrInfiniteInputsAreRejected() {
        assertRejects("x[1]", () -> Perceptron.and().output(0, Double.NaN));
        assertRejects("x[0]", () -> Perceptron.and().output(Double.POSITIVE_INFINITY, 0));
    }

    @Test
    void badParametersAreRejected() {
        assertRejects("weights", () -> Perceptron.tlu(0));
        assertRejects("weights[0]", () -> Perceptron.tlu(0, Double.NaN));
        assertRejects("bias", () -> Perceptron.tlu(Double.NaN, 1));
        assertRejects("activation", () -> new Perceptron(new double[] {1}, 0, null));
        assertRejects("weights", () -> new Perceptron(null, 0, Activation.STEP));
        assertRejects("newWeights", () -> Perceptron.and().with(new double[] {1}, 0));
        assertRejects("i", () -> Perceptron.and().weight(0));
        assertRejects("i", () -> Perceptron.and().weight(3));
    }

    @Test
    void xorNetworkRejectsBadGatesAndNonBinaryInputs() {
        assertRejects("x1", () -> XorNetwork.standard().row(2, 0));
        assertRejects("x2", () -> XorNetwork.standard().row(0, -1));
        assertRejects("and", () -> new XorNetwork(Perceptron.nand(), Perceptron.or(), Perceptron.tlu(0, 1)));
        assertRejects("or", () -> new XorNetwork(Perceptron.nand(), null, Perceptron.and()));
    }

    @Test
    void regressionReportRejectsBadArguments() {
        assertRejects("a", () -> PerceptronReports.asRegression(Double.NaN, 1, 1));
        assertRejects("b", () -> PerceptronReports.asRegression(1, Double.POSITIVE_INFINITY, 1));
        assertRejects("xs", () -> PerceptronReports.asRegression(1, 1));
        assertRejects("xs[0]", () -> PerceptronReports.asRegression(1, 1, Double.NaN));
    }

    static void assertRejects(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(parameter + " "),
                () -> "message should name " + parameter + ": " + e.getMessage());
    }
}
