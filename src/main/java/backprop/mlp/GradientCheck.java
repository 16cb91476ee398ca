package backprop.mlp;

import backprop.Require;
import backprop.activation.NumericalDerivative;
import backprop.graph.Value;

/**
 * Three ways to get ∂E_total/∂w1 … ∂E_total/∂w8 of the slides' network: the chain rule worked by
 * hand ({@link BackwardPass}), chapter 4's autograd, and central differences. If the hand
 * derivation had a slip, comparing them is where it would show ({@code MlpReports.gradientCheck()}).
 */
public final class GradientCheck {
    private GradientCheck() {}

    /**
     * The step of the central differences: the project's one step, {@link NumericalDerivative#DEFAULT_H}.
     * Its error, about h² times E's third derivative, and the rounding noise, about 1e-16·E/h, both
     * stay far below the 1e-8 the check asks for.
     */
    public static final double H = NumericalDerivative.DEFAULT_H;

    /** The gradient worked by hand, the slides' chain rule. */
    public static double[] byHand(Weights weights, Sample sample) {
        return BackwardPass.of(ForwardPass.of(weights, sample)).gradient();
    }

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

    /** (E(wi + h) − E(wi − h)) / 2h for each weight, h = {@link #H}: no calculus at all. */
    public static double[] centralDifferences(Weights weights, Sample sample) {
        Require.notNull("weights", weights);
        Require.notNull("sample", sample);
        return NumericalDerivative.centralGradient(
                w -> ForwardPass.of(Weights.of(w), sample).errorTotal(), weights.toArray(), H);
    }
}
