package backprop.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Property tests over many seeded random expression graphs: random operations on random leaves,
 * with nodes reused as operands so that shared subexpressions and values used twice are common.
 * Autograd must agree with central differences on every leaf.
 */
class ValuePropertyTest {

    private static final int GRAPHS = 500;
    private static final double H = 1e-5;

    /** One operation of a recipe: operands are indices into the list of values made so far. */
    record Step(String op, int a, int b, double constant) {}

    /**
     * A random graph as a replayable recipe, so that the same graph can be rebuilt with one leaf
     * nudged by ±h for the central difference.
     */
    record Recipe(int leafCount, List<Step> steps) {

        Value build(double[] leaves, List<Value> made) {
            for (int i = 0; i < leafCount; i++) {
                made.add(Value.of(leaves[i], "x" + i));
            }
            for (Step s : steps) {
                made.add(apply(s, made.get(s.a()), made.get(s.b())));
            }
            return made.get(made.size() - 1);
        }

        static Value apply(Step s, Value a, Value b) {
            return switch (s.op()) {
                case "plus" -> a.plus(b);
                case "minus" -> a.minus(b);
                case "times" -> a.times(b);
                case "div" -> a.div(b);
                case "plusConst" -> a.plus(s.constant());
                case "timesConst" -> a.times(s.constant());
                case "pow" -> a.pow(s.constant());
                case "neg" -> a.neg();
                case "exp" -> a.exp();
                case "log" -> a.log();
                case "sigmoid" -> a.sigmoid();
                case "tanh" -> a.tanh();
                case "relu" -> a.relu();
                default -> throw new IllegalStateException(s.op());
            };
        }
    }

    private static final String[] OPS = {
        "plus", "minus", "times", "div", "plusConst", "timesConst", "pow", "neg", "exp", "log",
        "sigmoid", "tanh", "relu"};

    /**
     * Grows a random graph. An operation is kept only where it is smooth with a margin (no log near
     * 0, no relu near its kink, no huge values), so that nudging a leaf by h cannot cross a kink or
     * leave the domain and the central difference is a fair reference. The output sums the last
     * few values, so that several branches meet.
     */
    static Recipe randomRecipe(Random random, double[] leaves) {
        int leafCount = leaves.length;
        List<Value> made = new ArrayList<>();
        for (double leaf : leaves) {
            made.add(Value.of(leaf));
        }
        List<Step> steps = new ArrayList<>();
        int wanted = 3 + random.nextInt(12);
        while (steps.size() < wanted) {
            String op = OPS[random.nextInt(OPS.length)];
            int a = random.nextInt(made.size());
            int b = random.nextInt(made.size()); // may equal a: x·x, x + x
            double constant = switch (op) {
                case "pow" -> new double[] {2, 3, 0.5, -1, 1.5}[random.nextInt(5)];
                case "plusConst", "timesConst" -> Math.round((random.nextDouble() * 4 - 2) * 10) / 10.0;
                default -> 0;
            };
            double x = made.get(a).data();
            double y = made.get(b).data();
            boolean smooth = switch (op) {
                case "div" -> Math.abs(y) > 0.2;
                case "pow" -> constant == 2 || constant == 3 ? Math.abs(x) < 5 : x > 0.2;
                case "exp" -> x < 3;
                case "log" -> x > 0.2;
                case "relu" -> Math.abs(x) > 0.05;
                default -> true;
            };
            if (!smooth) {
                continue;
            }
            Step step = new Step(op, a, b, constant);
            Value result = Recipe.apply(step, made.get(a), made.get(b));
            if (Math.abs(result.data()) > 100) {
                continue;
            }
            made.add(result);
            steps.add(step);
        }
        // The output: the sum of the last three values, so that branches meet in one node.
        int n = made.size();
        steps.add(new Step("plus", n - 1, n - 2, 0));
        steps.add(new Step("plus", n, n - 3, 0));
        return new Recipe(leafCount, steps);
    }

    static double[] randomLeaves(Random random) {
        double[] leaves = new double[2 + random.nextInt(3)];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = random.nextDouble() * 4 - 2;
        }
        return leaves;
    }

    @Test
    void autogradAgreesWithCentralDifferences() {
        Random random = new Random(20240404);
        int sharedCount = 0;
        for (int g = 0; g < GRAPHS; g++) {
            double[] leaves = randomLeaves(random);
            Recipe recipe = randomRecipe(random, leaves);
            List<Value> made = new ArrayList<>();
            Value out = recipe.build(leaves, made);
            out.backward();
            if (recipe.steps().stream().anyMatch(s -> s.a() == s.b() && !s.op().endsWith("Const"))) {
                sharedCount++;
            }
            for (int i = 0; i < leaves.length; i++) {
                double[] up = leaves.clone();
                double[] down = leaves.clone();
                up[i] += H;
                down[i] -= H;
                double numeric = (recipe.build(up, new ArrayList<>()).data()
                        - recipe.build(down, new ArrayList<>()).data()) / (2 * H);
                double auto = made.get(i).grad();
                double tolerance = 1e-6 * Math.max(1, Math.abs(auto));
                int graph = g;
                int leaf = i;
                assertEquals(numeric, auto, tolerance,
                        () -> "graph " + graph + ", leaf x" + leaf + "\n" + GraphReports.graph(out));
            }
        }
        assertTrue(sharedCount > GRAPHS / 10, "the generator should often use a value twice: " + sharedCount);
    }

    @Test
    void backwardTwiceDoublesAndZeroGradResetsOnRandomGraphs() {
        Random random = new Random(7);
        for (int g = 0; g < 200; g++) {
            double[] leaves = randomLeaves(random);
            Recipe recipe = randomRecipe(random, leaves);
            Value out = recipe.build(leaves, new ArrayList<>());
            List<Value> nodes = out.topologicalOrder();
            out.backward();
            double[] once = nodes.stream().mapToDouble(Value::grad).toArray();
            out.backward();
            for (int i = 0; i < nodes.size(); i++) {
                assertEquals(2 * once[i], nodes.get(i).grad(), 1e-12 * Math.max(1, Math.abs(once[i])));
            }
            out.zeroGrad();
            out.backward();
            for (int i = 0; i < nodes.size(); i++) {
                assertEquals(once[i], nodes.get(i).grad(), 1e-12 * Math.max(1, Math.abs(once[i])));
            }
        }
    }
}
