package backprop.activation;

import java.util.function.DoubleUnaryOperator;

import backprop.Format;
import backprop.Require;
import backprop.Table;

/**
 * Chapter 3's printed outputs and settings: every text the walkthrough, the answer key and the
 * exercises print, built from what the activations, {@link ActivationTable},
 * {@link DerivativeCheck}, {@link NumericalDerivative} and {@link Maxout} compute. Those build no
 * text beyond a short {@code toString}.
 */
public final class ActivationReports {
    private ActivationReports() {}

    /** The two-input Maxout the chapter traces. */
    public static final Maxout EXAMPLE_MAXOUT = Maxout.of(new double[] {1, -1}, 0.5, new double[] {-0.5, 2}, -1);

    /** Where the example is traced: three points where one piece wins, and (1, 1), a tie. */
    private static final double[][] EXAMPLE_POINTS = {{1, 0}, {0, 1}, {1, 1}, {2, 3}};

    // ---- the chapter's outputs -----------------------------------------------------------------

    /** Every function of {@link Activations#all()}, one table each, over −3 … 3 in steps of 0.5. */
    public static String all() {
        StringBuilder out = new StringBuilder();
        for (Activation f : Activations.all()) {
            out.append(out.length() == 0 ? "" : "\n").append(table(f));
        }
        return out.toString();
    }

    /** The slides' Leaky ReLU max(0.1x, x) next to ReLU, to show what the slope 0.1 changes. */
    public static String leakyReluExample() {
        return leakyRelu(Activations.SLIDES_LEAKY_SLOPE);
    }

    /**
     * Max error per function of the derivative against the central difference over
     * {@link DerivativeCheck#checkPoints()}, then the one-sided slopes at the kink x = 0.
     */
    public static String derivativeCheck() {
        double h = DerivativeCheck.REPORT_H;
        double[] xs = DerivativeCheck.checkPoints();
        StringBuilder out = new StringBuilder();
        out.append("derivative(x)와 중심 차분(central difference) (f(x + h) − f(x − h)) / 2h의 비교, h = ")
                .append(Format.num(h)).append('\n');
        out.append("점 ").append(xs.length).append("개: x = -3, -2.875, …, 2.875, 3 (간격 0.125), 꺾이는 점 x = 0은 뺐다\n");
        out.append("중심 차분 자체가 h²·f'''(x)/6쯤 틀리므로, 1e-7 근처의 오차는 예상한 그대로다\n\n");
        Table errors = Table.of("함수", "최대 |오차|", "그 x", "검사").left(0, 3);
        for (Activation f : Activations.all()) {
            DerivativeCheck.Result r = DerivativeCheck.check(f, h, xs);
            errors.row(f.name(), Format.sci(r.maxAbsError()), Format.num(r.worstX()),
                    r.passed() ? "ok (≤ 1e-6)" : "실패 (> 1e-6)");
        }
        out.append(errors);
        out.append("\nx = 0에서 derivative()는 왼쪽 기울기(left-hand slope)를 돌려준다. 한쪽 차분(one-sided difference), h = ")
                .append(Format.num(h)).append(":\n");
        Table kink = Table.of("함수", "왼쪽 차분", "오른쪽 차분", "derivative(0)", "꺾임").left(0, 4);
        for (Activation f : Activations.all()) {
            double left = NumericalDerivative.leftHand(f::apply, 0, h);
            double right = NumericalDerivative.rightHand(f::apply, 0, h);
            kink.row(f.name(), Format.num(left), Format.num(right), Format.num(f.derivative(0)),
                    f.hasKinkAtZero() ? "있음" : "없음");
        }
        out.append(kink);
        out.append("(step은 x = 0에서 0에서 1로 뛰므로 오른쪽 차분이 1/h다: 그 점에는 기울기가 아예 없다.\n")
                .append(" 꺾임이 없는 함수는 h가 작아질수록 두 한쪽 차분이 모두 derivative(0)에 다가간다)\n");
        return out.toString();
    }

    /** The example Maxout traced at a few points (one a tie), then Maxout as ReLU and as Leaky ReLU. */
    public static String maxoutExample() {
        Maxout maxout = EXAMPLE_MAXOUT;
        StringBuilder out = new StringBuilder("Maxout f(x) = max(w1ᵀx + b1, w2ᵀx + b2)\n");
        out.append(maxout).append("\n");
        out.append("x에 대한 기울기(gradient): 이긴 조각(piece)의 가중치. 두 조각이 같으면 조각 1이 이긴다\n\n");
        for (double[] x : EXAMPLE_POINTS) {
            out.append(trace(maxout, x));
        }
        out.append("\n입력이 하나이면 Maxout은 ReLU와 Leaky ReLU를 품는다:\n");
        out.append("  ReLU max(0, x)          = Maxout ").append(Maxout.relu()).append('\n');
        out.append("  Leaky ReLU max(0.1x, x) = Maxout ").append(Maxout.leakyRelu(0.1)).append("\n\n");
        Maxout relu = Maxout.relu();
        Maxout leaky = Maxout.leakyRelu(0.1);
        Activation leakyActivation = Activation.leakyRelu(0.1);
        Table table = Table.of("x", "ReLU(x)", "Maxout", "leaky(x)", "Maxout", "leaky'(x)", "Maxout")
                .indent("  ");
        for (int i = -3; i <= 3; i++) {
            double x = i;
            table.row(Format.num(x), Format.num(Activation.RELU.apply(x)), Format.num(relu.apply(x)),
                    Format.num(leakyActivation.apply(x)), Format.num(leaky.apply(x)),
                    Format.num(leakyActivation.derivative(x)), Format.num(leaky.gradient(x)[0]));
        }
        out.append(table);
        out.append("(Maxout의 기울기는 이긴 조각의 가중치다. x = 0에서는 두 조각이 같고, 조각 1이 왼쪽 기울기를 낸다)\n");
        return out.toString();
    }

    // ---- any function, table or Maxout ---------------------------------------------------------

    /** f over −3 … 3 in steps of 0.5, as {@link #table(ActivationTable)} prints it. */
    public static String table(Activation f) {
        return table(ActivationTable.of(f));
    }

    /** The formula, then one row per x: x, f(x) and f'(x). */
    public static String table(ActivationTable table) {
        Require.notNull("table", table);
        Activation f = table.function();
        StringBuilder out = new StringBuilder(f.formula()).append('\n');
        Table rows = Table.of("x", "f(x)", "f'(x)").indent("  ");
        for (ActivationTable.Row row : table.rows()) {
            rows.row(Format.num(row.x()), Format.num(row.value()), Format.num(row.derivative()));
        }
        out.append(rows);
        if (f.hasKinkAtZero() && table.from() <= 0 && 0 <= table.to()) {
            out.append("(f'(0): f는 0에서 꺾여 미분이 없다. 이 값은 왼쪽 기울기다)\n");
        }
        return out.toString();
    }

    /** Leaky ReLU with any slope in (0, 1), next to ReLU, over −3 … 3 in steps of 1. */
    public static String leakyRelu(double slope) {
        Activation leaky = Activation.leakyRelu(slope);
        String s = Format.num(slope);
        StringBuilder out = new StringBuilder();
        out.append(leaky.formula()).append('\n');
        out.append("0보다 작은 쪽에서 ReLU는 0을 내고 기울기도 0이다. Leaky ReLU는 ").append(s)
                .append("·x를 내보내고 기울기(").append(s).append(")가 0이 아니라서, 그곳에서도 뉴런이 배운다\n\n");
        Table table = Table.of("x", "ReLU(x)", "ReLU'(x)", "leaky(x)", "leaky'(x)").indent("  ");
        for (ActivationTable.Row row : ActivationTable.of(leaky, -3, 3, 1).rows()) {
            double x = row.x();
            table.row(Format.num(x), Format.num(Activation.RELU.apply(x)), Format.num(Activation.RELU.derivative(x)),
                    Format.num(row.value()), Format.num(row.derivative()));
        }
        out.append(table);
        out.append("(꺾이는 점 x = 0에서 두 미분은 모두 왼쪽 기울기다: ReLU는 0, Leaky ReLU는 ").append(s).append(")\n");
        return out.toString();
    }

    /** Both pieces at x with their numbers, the maximum, the winner and the gradient. */
    public static String trace(Maxout maxout, double... x) {
        Require.notNull("maxout", maxout);
        double p1 = maxout.piece1(x);
        double p2 = maxout.piece2(x);
        int winner = maxout.winner(x);
        return "x = " + vector(x) + "\n"
                + "  조각 1 = w1ᵀx + b1 = " + expression(maxout.w1(), maxout.b1(), x) + " = " + Format.num(p1) + "\n"
                + "  조각 2 = w2ᵀx + b2 = " + expression(maxout.w2(), maxout.b2(), x) + " = " + Format.num(p2) + "\n"
                + "  f(x) = max(" + Format.num(p1) + ", " + Format.num(p2) + ") = " + Format.num(maxout.apply(x))
                + ", 조각 " + winner + (winner == 1 ? "이" : "가") + " 이긴다"
                + (p1 == p2 ? " (동점(tie): 약속대로 조각 1)" : "") + "\n"
                + "  ∂f/∂x = w" + winner + " = " + vector(maxout.gradient(x)) + "\n";
    }

    // ---- the exercises -------------------------------------------------------------------------

    /**
     * Exercise 3.1: a student's derivative of {@code f} written from the output o = f(x) alone, as
     * backpropagation uses it, at x = −2 … 2, next to the central difference of {@code f.apply}. A
     * row is right only when it agrees with the exact derivative to
     * {@link ActivationExercises#EXACT_TOLERANCE}: a closed form does (its rounding error is about
     * 1e-16), a numerical derivative does not (about 1e-11 at h = 1e-5), even where both print the
     * same 8 decimals. The function's own derivative(x) and the central difference taken at o are
     * other functions of o, and differ in the printed decimals.
     */
    public static String exerciseDerivative(Activation f, DoubleUnaryOperator derivativeFromOutput) {
        Require.notNull("f", f);
        Require.notNull("derivativeFromOutput", derivativeFromOutput);
        StringBuilder out = new StringBuilder(f.formula()).append('\n');
        out.append("여러분의 미분은 출력 o = f(x)만 받는다 (역전파가 순전파에서 이미 구한 출력을 쓰듯이)\n");
        Table table = Table.of("x", "o = f(x)", "여러분의 f'(x)", "중심 차분", "검사").left(4).indent("  ");
        int wrong = 0;
        for (double x : ActivationExercises.DERIVATIVE_POINTS) {
            double o = f.apply(x);
            double yours = derivativeFromOutput.applyAsDouble(o);
            boolean ok = Math.abs(yours - f.derivative(x)) <= ActivationExercises.EXACT_TOLERANCE;
            wrong += ok ? 0 : 1;
            table.row(Format.num(x), Format.num(o), Format.num(yours), Format.num(NumericalDerivative.central(f, x)),
                    ok ? "ok" : "다름");
        }
        out.append(table);
        out.append(wrong == 0
                ? "모든 점에서 정확한 미분과 1e-12 안에서 같다\n"
                : "점 " + ActivationExercises.DERIVATIVE_POINTS.length + "개 가운데 " + wrong
                        + "개에서 정확한 미분과 1e-12보다 크게 다르다 (8자리까지 같아 보인다면 공식이 아니라 근삿값이다)\n");
        return out.toString();
    }

    /**
     * Exercise 3.2: a student's Leaky ReLU max(0.1x, x) and its derivative, checked against
     * {@code Activation.leakyRelu(0.1)}, and the gradient each passes back from an upstream
     * gradient of 1, next to ReLU's.
     */
    public static String exerciseLeakyRelu(DoubleUnaryOperator leaky, DoubleUnaryOperator leakyDerivative) {
        Require.notNull("leaky", leaky);
        Require.notNull("leakyDerivative", leakyDerivative);
        Activation reference = Activation.leakyRelu(Activations.SLIDES_LEAKY_SLOPE);
        StringBuilder out = new StringBuilder("여러분의 Leaky ReLU max(0.1x, x)와 그 미분을 ")
                .append("Activation.leakyRelu(0.1)과 비교한다\n");
        Table table = Table.of("x", "f(x)", "f'(x)", "ReLU'(x)", "검사").left(4).indent("  ");
        int wrong = 0;
        for (double x : ActivationExercises.LEAKY_POINTS) {
            double value = leaky.applyAsDouble(x);
            double slope = leakyDerivative.applyAsDouble(x);
            boolean ok = Math.abs(value - reference.apply(x)) <= ActivationExercises.TOLERANCE
                    && Math.abs(slope - reference.derivative(x)) <= ActivationExercises.TOLERANCE;
            wrong += ok ? 0 : 1;
            table.row(Format.num(x), Format.num(value), Format.num(slope), Format.num(Activation.RELU.derivative(x)),
                    ok ? "ok" : "틀림");
        }
        out.append(table);
        out.append(wrong == 0
                ? "모든 행이 Activation.leakyRelu(0.1)과 같다. 꺾이는 점 x = 0(왼쪽 기울기 0.1)도 포함해서\n"
                : "행 " + ActivationExercises.LEAKY_POINTS.length + "개 가운데 " + wrong
                        + "개가 Activation.leakyRelu(0.1)과 다르다\n");
        double x = -2;
        out.append("\nx = ").append(Format.num(x))
                .append("에서 활성화 함수를 지나는 역전파, 상류 기울기 1: 하류 기울기 = 상류 기울기 × f'(x)\n");
        out.append("  ReLU:       1 × ").append(Format.num(Activation.RELU.derivative(x))).append(" = ")
                .append(Format.num(Activation.RELU.derivative(x))).append("  (아무것도 돌아가지 않는다: 여기서는 뉴런이 배울 수 없다)\n");
        double yours = leakyDerivative.applyAsDouble(x);
        out.append("  Leaky ReLU: 1 × ").append(Format.num(yours)).append(" = ").append(Format.num(yours)).append('\n');
        return out.toString();
    }

    // ---- pieces --------------------------------------------------------------------------------

    /** The pieces written out with the given x, e.g. {@code 1 × 2 + -1 × 1 + 0.5}. */
    private static String expression(double[] w, double b, double[] x) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            out.append(Format.num(w[i])).append(" × ").append(Format.num(x[i])).append(" + ");
        }
        return out.append(Format.num(b)).toString();
    }

    /** "(1, -1)" */
    private static String vector(double[] v) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Format.num(v[i]));
        }
        return out.append(')').toString();
    }
}
