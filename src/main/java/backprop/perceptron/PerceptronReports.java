package backprop.perceptron;

import static backprop.Format.num;

import backprop.Require;
import backprop.Table;

/**
 * Chapter 2's printed outputs and settings: every text the walkthrough, the answer key and the
 * exercises print, built from what {@link Perceptron}, {@link XorNetwork} and
 * {@link PerceptronLearning} compute. Those classes build no text beyond a short {@code toString}.
 *
 * <p>Truth tables keep the slides' own layout, one space between the columns
 * ({@code x1 x2 s1 s2 y} over {@code 1 0 1 1 1}), so that every row reads exactly as on the
 * slides; the epoch table goes through {@link Table} and lines its numbers up.
 */
public final class PerceptronReports {
    private PerceptronReports() {}

    /** The slides' "perceptron as linear regression": y = 2x + 1 ... */
    public static final double REGRESSION_A = 2;
    public static final double REGRESSION_B = 1;

    /** ... at these inputs. */
    private static final double[] REGRESSION_XS = {-2, -1, 0, 0.5, 1, 2};

    // ---- the chapter's outputs -----------------------------------------------------------------

    /** AND, NAND and OR: each gate's weights and bias, then its truth table. */
    public static String gates() {
        return gate("AND", Perceptron.and()) + "\n"
                + gate("NAND", Perceptron.nand()) + "\n"
                + gate("OR", Perceptron.or());
    }

    /** The slides' XOR table of {@link XorNetwork#standard()}. */
    public static String xorTable() {
        return xorTable(XorNetwork.standard());
    }

    /** The learning rule with its default settings on one gate's data, from a zero start. */
    public static String learning(TrainingData data) {
        return training(PerceptronLearning.train(data));
    }

    /** y = 2x + 1 as a perceptron, at x = −2, −1, 0, 0.5, 1, 2. */
    public static String asRegression() {
        return asRegression(REGRESSION_A, REGRESSION_B, REGRESSION_XS);
    }

    // ---- any perceptron, network or run --------------------------------------------------------

    /** "w = (0.5, 0.5), b = -0.7, step": the weights as written by hand, or 8 decimals if computed. */
    public static String describe(Perceptron p) {
        Require.notNull("p", p);
        return "w = " + vector(p.weights()) + ", b = " + num(p.bias()) + ", " + p.activation().name();
    }

    /**
     * The output for every input of zeros and ones, one row per input, {@code x1 x2 y} over
     * {@code 0 1 1}. Rows run in the slides' order (x1 changes fastest), header first.
     */
    public static String truthTable(Perceptron p) {
        Require.notNull("p", p);
        StringBuilder out = new StringBuilder(inputNames(p.inputs())).append("y\n");
        for (double[] x : Perceptron.binaryInputs(p.inputs())) {
            for (double xi : x) {
                out.append((int) xi).append(' ');
            }
            out.append(num(p.output(x))).append('\n');
        }
        return out.toString();
    }

    /** The slides' table: header {@code x1 x2 s1 s2 y}, then one row per input. */
    public static String xorTable(XorNetwork xor) {
        Require.notNull("xor", xor);
        StringBuilder out = new StringBuilder("s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2)\n\n");
        out.append("x1 x2 s1 s2 y\n");
        for (XorRow r : xor.rows()) {
            out.append(r).append('\n');
        }
        return out.toString();
    }

    /** The rule, the settings, one line per epoch, the verdict and the learned truth table. */
    public static String training(TrainingRun run) {
        Require.notNull("run", run);
        PerceptronLearning settings = run.settings();
        int n = run.start().inputs();
        StringBuilder out = new StringBuilder();
        out.append("퍼셉트론 학습 규칙(perceptron learning rule): ").append(run.data().name()).append('\n');
        out.append("  y = step(w·x + b), w := w + η (t − y) x, b := b + η (t − y)\n");
        out.append("학습률 η = ").append(num(settings.learningRate()))
                .append(", 최대 ").append(settings.maxEpochs()).append("에폭\n");
        out.append("출발: ").append(describe(run.start())).append("\n\n");
        String[] header = new String[n + 3];
        header[0] = "에폭";
        header[1] = "오류";
        for (int i = 1; i <= n; i++) {
            header[i + 1] = "w" + i;
        }
        header[n + 2] = "b";
        Table table = Table.of(header);
        for (Epoch e : run.epochs()) {
            String[] row = new String[n + 3];
            row[0] = String.valueOf(e.number());
            row[1] = String.valueOf(e.errors());
            for (int i = 1; i <= n; i++) {
                row[i + 1] = num(e.after().weight(i));
            }
            row[n + 2] = num(e.after().bias());
            table.row(row);
        }
        out.append(table);
        out.append('\n');
        Epoch last = run.epochs().get(run.epochs().size() - 1);
        if (run.converged()) {
            out.append("수렴(converged): ").append(last.number()).append("번째 에폭의 오류가 0개\n");
        } else {
            int fewest = run.errorCounts().stream().min(Integer::compare).orElseThrow();
            out.append("수렴하지 않음: ").append(run.epochs().size())
                    .append("에폭 모두 오류가 있었다 (한 에폭의 가장 적은 오류: ").append(fewest).append("개)\n");
            run.firstRepeat().ifPresent(r -> out.append(r[1]).append("번째 에폭이 끝난 가중치가 ")
                    .append(r[0]).append("번째 에폭과 같다: 규칙이 같은 자리를 맴돌아(cycle) 오류 0에 닿을 수 없다\n"));
        }
        Perceptron result = run.result();
        out.append("\n배운 퍼셉트론: ").append(describe(result)).append('\n');
        out.append(inputNames(n)).append("t y\n");
        for (TrainingSample s : run.data().samples()) {
            for (double xi : s.x()) {
                out.append(num(xi)).append(' ');
            }
            double y = result.output(s.x());
            out.append(num(s.target())).append(' ').append(num(y))
                    .append(y == s.target() ? "" : "  틀림").append('\n');
        }
        return out.toString();
    }

    /** For each x: a·x + b by hand, the perceptron's output, whether they agree, and the TLU's output. */
    public static String asRegression(double a, double b, double... xs) {
        Require.finite("a", a);
        Require.finite("b", b);
        Require.allFinite("xs", xs);
        Require.nonEmpty("xs", xs);
        Perceptron linear = Perceptron.linear(a, b);
        Perceptron tlu = Perceptron.tlu(b, a);
        StringBuilder out = new StringBuilder();
        out.append("모델 y = ax + b, a = ").append(num(a)).append(", b = ").append(num(b)).append('\n');
        out.append("퍼셉트론: ").append(linear).append('\n');
        out.append("  입력 x 하나, 가중치 a, 편향 b, 활성화 함수는 항등 함수 f(s) = s\n\n");
        for (double x : xs) {
            double byHand = a * x + b;
            double output = linear.output(x);
            out.append("x = ").append(num(x))
                    .append(": ax + b = ").append(num(a)).append(" × ").append(num(x))
                    .append(" + ").append(num(b)).append(" = ").append(num(byHand))
                    .append(", 퍼셉트론의 출력 = ").append(num(output))
                    .append(byHand == output ? " (같다)" : " (다르다!)").append('\n');
        }
        out.append("\n같은 가중치와 편향에 계단 함수를 붙이면 TLU: ").append(tlu).append('\n');
        out.append("  ax + b > 0 인지만 알려 준다\n");
        for (double x : xs) {
            out.append("x = ").append(num(x)).append(": step(").append(num(a * x + b))
                    .append(") = ").append(num(tlu.output(x))).append('\n');
        }
        return out.toString();
    }

    // ---- the exercises -------------------------------------------------------------------------

    /** Exercise 2.1: the gate's name and its truth table; the weights are left out on purpose. */
    public static String exerciseGate(String name, Perceptron gate) {
        Require.notNull("name", name);
        Require.notNull("gate", gate);
        return name + "\n" + truthTable(gate) + "\n";
    }

    /** Exercise 2.2, part 1: the slides' construction and the table's header. */
    public static String xorHeaderNandOr() {
        return "XOR, 슬라이드의 방법: s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2)\n"
                + "x1 x2 s1 s2 y\n";
    }

    /** Exercise 2.2, part 2: the other construction and the table's header. */
    public static String xorHeaderAndNot() {
        return "\nXOR, 다른 방법: s1 = x1 AND NOT x2, s2 = NOT x1 AND x2, y = OR(s1, s2)\n"
                + "x1 x2 s1 s2 y\n";
    }

    /** Exercise 2.2: one row of the table, as the slides print it: {@code 1 0 1 1 1}. */
    public static String xorRow(double x1, double x2, double s1, double s2, double y) {
        return num(x1) + " " + num(x2) + " " + num(s1) + " " + num(s2) + " " + num(y) + "\n";
    }

    // ---- pieces --------------------------------------------------------------------------------

    private static String gate(String name, Perceptron perceptron) {
        return name + ": " + describe(perceptron) + "\n" + truthTable(perceptron);
    }

    /** "x1 x2 " for two inputs. */
    private static String inputNames(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append('x').append(i).append(' ');
        }
        return out.toString();
    }

    /** "(0.5, 0.5)" */
    private static String vector(double[] values) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(num(values[i]));
        }
        return out.append(')').toString();
    }
}
