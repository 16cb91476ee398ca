package backprop.perceptron;

import backprop.Format;
import backprop.Require;

/**
 * The slides' "퍼셉트론으로 선형회귀를 표현": input x times weight a, plus bias b, then the
 * activation. With the identity activation that is exactly chapter 1's model y = ax + b.
 */
public final class PerceptronAsRegression {
    private PerceptronAsRegression() {}

    /** a = 2, b = 1 at x = −2, −1, 0, 0.5, 1, 2. */
    public static String report() {
        return report(2, 1, -2, -1, 0, 0.5, 1, 2);
    }

    /** For each x: a·x + b by hand, the perceptron's output, whether they agree, and the TLU's output. */
    public static String report(double a, double b, double... xs) {
        Require.finite("a", a);
        Require.finite("b", b);
        Require.allFinite("xs", xs);
        Require.nonEmpty("xs", xs);
        Perceptron linear = Perceptron.linear(a, b);
        Perceptron tlu = Perceptron.tlu(b, a);
        StringBuilder out = new StringBuilder();
        out.append("model y = ax + b with a = ").append(Format.num(a)).append(", b = ").append(Format.num(b)).append('\n');
        out.append("perceptron: ").append(linear).append('\n');
        out.append("  one input x, weight a, bias b, identity activation f(s) = s\n\n");
        for (double x : xs) {
            double byHand = a * x + b;
            double output = linear.output(x);
            out.append("x = ").append(Format.num(x))
                    .append(": ax + b = ").append(Format.num(a)).append(" × ").append(Format.num(x))
                    .append(" + ").append(Format.num(b)).append(" = ").append(Format.num(byHand))
                    .append(", perceptron output = ").append(Format.num(output))
                    .append(byHand == output ? " (same)" : " (DIFFERENT)").append('\n');
        }
        out.append("\nthe same weight and bias with the step function make a TLU: ").append(tlu).append('\n');
        out.append("  it only reports whether ax + b ≥ 0\n");
        for (double x : xs) {
            out.append("x = ").append(Format.num(x)).append(": step(").append(Format.num(a * x + b))
                    .append(") = ").append(Format.num(tlu.output(x))).append('\n');
        }
        return out.toString();
    }
}
