package backprop.mlp;

import static backprop.Format.f8;
import static backprop.Format.sci;

import java.util.Locale;

import backprop.Require;
import backprop.graph.Value;

/**
 * Three ways to get ∂E_total/∂w1 … ∂E_total/∂w8 of the slides' network, side by side: the chain
 * rule worked by hand ({@link BackwardPass}), chapter 4's autograd, and central differences.
 * If the hand derivation had a slip, this is where it would show.
 */
public final class GradientCheck {
    private GradientCheck() {}

    /** The step for central differences: small, but far above rounding noise of E ≈ 0.02. */
    public static final double H = 1e-6;

    /** The same network built from autograd values; backward() fills every weight's grad. */
    public static double[] autograd(Weights weights, Sample sample) {
        Value[] w = new Value[8];
        graph(weights, sample, w);
        double[] gradient = new double[8];
        for (int i = 0; i < 8; i++) {
            gradient[i] = w[i].grad();
        }
        return gradient;
    }

    /**
     * The network as one autograd graph, after {@code backward()}: the returned E_total is its
     * output, and every node in it (w1..w8, x1, x2, z1.., h1.., o1.., E_o1, E_o2) holds its data
     * and grad. Draw it with {@code backprop.draw.Diagrams.labelled(GradientCheck.graph(...))}.
     */
    public static Value graph(Weights weights, Sample sample) {
        return graph(weights, sample, new Value[8]);
    }

    /** Builds the graph, runs backward(), and leaves the weight leaves in {@code w}. */
    private static Value graph(Weights weights, Sample sample, Value[] w) {
        Require.notNull("weights", weights);
        Require.notNull("sample", sample);
        for (int i = 0; i < 8; i++) {
            w[i] = Value.of(weights.get(i + 1), "w" + (i + 1));
        }
        Value x1 = Value.of(sample.x1(), "x1");
        Value x2 = Value.of(sample.x2(), "x2");
        Value h1 = w[0].times(x1).plus(w[1].times(x2)).label("z1").sigmoid().label("h1");
        Value h2 = w[2].times(x1).plus(w[3].times(x2)).label("z2").sigmoid().label("h2");
        Value o1 = w[4].times(h1).plus(w[5].times(h2)).label("z3").sigmoid().label("o1");
        Value o2 = w[6].times(h1).plus(w[7].times(h2)).label("z4").sigmoid().label("o2");
        Value errorO1 = o1.neg().plus(sample.target1()).pow(2).times(0.5).label("E_o1");
        Value errorO2 = o2.neg().plus(sample.target2()).pow(2).times(0.5).label("E_o2");
        Value errorTotal = errorO1.plus(errorO2).label("E_total");
        errorTotal.backward();
        return errorTotal;
    }

    /** (E(wi + h) − E(wi − h)) / 2h for each weight: no calculus at all. */
    public static double[] centralDifferences(Weights weights, Sample sample) {
        Require.notNull("weights", weights);
        Require.notNull("sample", sample);
        double[] gradient = new double[8];
        for (int i = 0; i < 8; i++) {
            double[] plus = weights.toArray();
            double[] minus = weights.toArray();
            plus[i] += H;
            minus[i] -= H;
            gradient[i] = (ForwardPass.of(Weights.of(plus), sample).errorTotal()
                    - ForwardPass.of(Weights.of(minus), sample).errorTotal()) / (2 * H);
        }
        return gradient;
    }

    public static String report() {
        return report(Weights.slides(), Sample.slides());
    }

    public static String report(Weights weights, Sample sample) {
        double[] byHand = BackwardPass.of(ForwardPass.of(weights, sample)).gradient();
        double[] byAutograd = autograd(weights, sample);
        double[] byDifferences = centralDifferences(weights, sample);
        StringBuilder s = new StringBuilder();
        s.append("∂E_total/∂wi three ways: by hand (chain rule), by autograd (chapter 4), by central differences (h = 1e-6)\n");
        s.append(String.format(Locale.ROOT, "%2s  %-10s  %-10s  %-10s  %17s  %19s\n", "", "by hand", "autograd",
                "differences", "|hand − autograd|", "|hand − differences|"));
        double worstAutograd = 0;
        double worstDifferences = 0;
        for (int i = 0; i < 8; i++) {
            double toAutograd = Math.abs(byHand[i] - byAutograd[i]);
            double toDifferences = Math.abs(byHand[i] - byDifferences[i]);
            worstAutograd = Math.max(worstAutograd, toAutograd);
            worstDifferences = Math.max(worstDifferences, toDifferences);
            s.append(String.format(Locale.ROOT, "w%d  %s  %s  %s  %17s  %19s\n", i + 1, f8(byHand[i]),
                    f8(byAutograd[i]), f8(byDifferences[i]), below(toAutograd, 1e-12), below(toDifferences, 1e-8)));
        }
        s.append("largest difference: hand vs autograd ").append(below(worstAutograd, 1e-12))
         .append(", hand vs differences ").append(below(worstDifferences, 1e-8)).append('\n');
        return s.toString();
    }

    /**
     * "&lt; 1e-12" rather than the exact tiny difference: its last digits are rounding noise that
     * would make the approved output depend on the order of floating-point operations.
     */
    private static String below(double difference, double bound) {
        return difference < bound ? "< " + sci(bound).replace(".000", "") : sci(difference);
    }
}
