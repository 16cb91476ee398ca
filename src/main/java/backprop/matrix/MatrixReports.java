package backprop.matrix;

import static backprop.Format.num;
import static backprop.Format.sci;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import backprop.Format;
import backprop.Require;
import backprop.Table;
import backprop.digits.DigitTraining;
import backprop.digits.DigitsReports;
import backprop.mlp.Example;
import backprop.mlp.LayerGradient;
import backprop.mlp.Mlp;
import backprop.mlp.Sample;
import backprop.mlp.SlidesExample;
import backprop.mlp.Weights;
import backprop.activation.Activation;

/**
 * Chapter 7's printed outputs and their settings, in one place: the slides' step in matrix form,
 * the checks of the batch gradients, the output gradient with and without σ', the digits'
 * training report and the benchmark's result. The walkthrough, the answer key and
 * {@code ./companion matrix} call these; the math lives in the other classes of the package.
 */
public final class MatrixReports {
    private MatrixReports() {}

    /** The step of the central differences in the gradient check. */
    public static final double H = 1e-5;
    /** The seeds of the check's random networks and batches. */
    public static final List<Long> CHECK_SEEDS = List.of(1L, 2L, 3L);
    /** The networks (inputs, hidden, outputs) and batch sizes of the check against chapter 6. */
    static final int[][] CHAPTER6_CHECKS = {{2, 3, 2, 1}, {3, 4, 2, 5}, {5, 3, 4, 10}, {64, 32, 10, 32}};
    /** The small networks and batch sizes of the check against central differences. */
    static final int[][] DIFFERENCE_CHECKS = {{2, 3, 2, 1}, {3, 4, 3, 4}, {4, 5, 3, 8}};
    /** The seeds of the robustness table under the training report. */
    public static final List<Long> TRAINING_SEEDS = List.of(1L, 2L, 3L, 4L, 5L);
    /** The outputs at which the output-gradient table compares the two losses. */
    public static final double[] OUTPUTS = {0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99};

    // ----- the slides' example in matrix form ---------------------------------------------------

    /** The slides' 2-2-2 network as matrices, one step: forward, backward, the update, forward again. */
    public static String slidesStep() {
        return slidesStep(Weights.slides(), Sample.slides(), SlidesExample.LEARNING_RATE);
    }

    /** The same for other weights, sample or learning rate. */
    public static String slidesStep(Weights w, Sample s, double learningRate) {
        Require.notNull("weights", w);
        Require.notNull("sample", s);
        Require.positiveFinite("learningRate", learningRate);
        Matrix x = Matrix.rowOf(s.x1(), s.x2());
        Matrix t = Matrix.rowOf(s.target1(), s.target2());
        // W(i, j): from input i to unit j, the transpose of chapter 5's (w1 w2 / w3 w4).
        Matrix w1 = Matrix.of(new double[][] {{w.w1(), w.w3()}, {w.w2(), w.w4()}});
        Matrix w2 = Matrix.of(new double[][] {{w.w5(), w.w7()}, {w.w6(), w.w8()}});
        Affine affine1 = Affine.of(w1, null);
        SigmoidLayer sigmoid1 = new SigmoidLayer();
        Affine affine2 = Affine.of(w2, null);
        SigmoidLayer sigmoid2 = new SigmoidLayer();
        SquaredErrorLoss loss = new SquaredErrorLoss();

        StringBuilder out = new StringBuilder();
        out.append("== 주어진 값 (given): 예제 하나가 한 행(row)인 배치 ==\n");
        out.append("X  = ").append(x).append("        입력 x1, x2\n");
        out.append("T  = ").append(t).append("        목표값 target o1, o2\n");
        out.append("W1 = ").append(w1).append("   W1(i, j): 입력 i → 은닉 j = [[w1, w3], [w2, w4]]\n");
        out.append("W2 = ").append(w2).append("   W2(i, j): 은닉 i → 출력 j = [[w5, w7], [w6, w8]]\n");
        out.append("편향(bias) 없음, 시그모이드(sigmoid), E = ½ Σ (T − O)², 학습률(learning rate) α = ")
           .append(num(learningRate)).append('\n');

        out.append("\n== 순전파 (forward): 층마다 행렬 곱 하나 ==\n");
        Matrix z1 = affine1.forward(x);
        out.append("Z1 = X·W1        = ").append(z1).append('\n');
        Matrix h = sigmoid1.forward(z1);
        out.append("H  = σ(Z1)       = ").append(h).append('\n');
        Matrix z2 = affine2.forward(h);
        out.append("Z2 = H·W2        = ").append(z2).append('\n');
        Matrix o = sigmoid2.forward(z2);
        out.append("O  = σ(Z2)       = ").append(o).append('\n');
        double e = loss.forward(o, t);
        out.append("E  = ½ Σ (T − O)² = ").append(num(e)).append('\n');

        out.append("\n== 역전파 (backward): 위에서부터, 층마다 backward 하나 ==\n");
        Matrix dO = loss.backward();
        out.append("dO  = O − T             = ").append(dO).append("   (5장의 ∂E/∂o1, ∂E/∂o2)\n");
        Matrix dZ2 = sigmoid2.backward(dO);
        out.append("dZ2 = dO ⊙ O ⊙ (1 − O)  = ").append(dZ2).append("   (δ: 출력층의 오차 신호)\n");
        Matrix dH = affine2.backward(dZ2);
        out.append("dW2 = Hᵀ·dZ2            = ").append(affine2.dW()).append("   = [[∂E/∂w5, ∂E/∂w7], [∂E/∂w6, ∂E/∂w8]]\n");
        out.append("dH  = dZ2·W2ᵀ           = ").append(dH).append("   (5장의 ∂E_total/∂h1, ∂E_total/∂h2)\n");
        Matrix dZ1 = sigmoid1.backward(dH);
        out.append("dZ1 = dH ⊙ H ⊙ (1 − H)  = ").append(dZ1).append('\n');
        affine1.backward(dZ1);
        out.append("dW1 = Xᵀ·dZ1            = ").append(affine1.dW()).append("   = [[∂E/∂w1, ∂E/∂w3], [∂E/∂w2, ∂E/∂w4]]\n");

        out.append("\n== 경사하강법 (gradient descent): W ← W − α·dW, 여덟 가중치를 한꺼번에 ==\n");
        Matrix w1Next = w1.minusTimes(learningRate, affine1.dW());
        Matrix w2Next = w2.minusTimes(learningRate, affine2.dW());
        out.append("W1⁺ = ").append(w1Next).append('\n');
        out.append("W2⁺ = ").append(w2Next).append('\n');
        double[] next = {w1Next.get(0, 0), w1Next.get(1, 0), w1Next.get(0, 1), w1Next.get(1, 1),
                         w2Next.get(0, 0), w2Next.get(1, 0), w2Next.get(0, 1), w2Next.get(1, 1)};
        Table table = Table.of("", "w", "∂E/∂w", "w⁺ = w − α·∂E/∂w");
        Matrix[] gradients = {affine1.dW(), affine2.dW()};
        for (int k = 1; k <= 8; k++) {
            // w1 w2 w3 w4 = W1(0,0) W1(1,0) W1(0,1) W1(1,1); the same for w5…w8 in W2.
            int layer = k <= 4 ? 0 : 1;
            int i = (k - 1) % 2;
            int j = ((k - 1) % 4) / 2;
            table.row("w" + k, num(w.get(k)), num(gradients[layer].get(i, j)), num(next[k - 1]));
        }
        out.append(table);

        out.append("\n== 갱신된 가중치로 다시 순전파 (forward again) ==\n");
        TwoLayerNet again = TwoLayerNet.squaredError(Affine.of(w1Next, null), Affine.of(w2Next, null));
        double after = again.loss(new Batch(x, t));
        out.append("O⁺ = ").append(again.predict(x)).append('\n');
        out.append("E⁺ = ").append(num(after)).append('\n');
        out.append("E − E⁺ = ").append(num(e)).append(" − ").append(num(after)).append(" = ").append(num(e - after))
           .append(": 5장과 같은 한 걸음, 같은 감소\n");
        return out.toString();
    }

    // ----- the checks ---------------------------------------------------------------------------

    /** Both checks: against chapter 6's per-example gradients, and against central differences. */
    public static String gradientCheck() {
        return chapter6Check() + '\n' + differenceCheck();
    }

    /**
     * The batch gradient, times N, against the sum of chapter 6's per-example gradients
     * ({@code Mlp.gradient} of one example at a time), on seeded random networks and batches.
     */
    public static String chapter6Check() {
        StringBuilder out = new StringBuilder();
        out.append("배치의 기울기(batch gradient)의 N배 = 예제마다 구한 6장 Layer의 기울기를 더한 것인가\n");
        out.append("N·dW(배치, 행렬) 대 Σ_n dW_n(예제 하나씩, 6장의 Mlp.gradient), 시그모이드 + ½ Σ 오차, 편향 있음\n");
        Table table = Table.of("network", "N", "seed", "|N·dW1 − ΣdW1|", "|N·db1 − Σdb1|", "|N·dW2 − ΣdW2|",
                "|N·db2 − Σdb2|").left(0);
        double largest = 0;
        for (int[] c : CHAPTER6_CHECKS) {
            for (long seed : CHECK_SEEDS) {
                double[] d = chapter6Differences(c[0], c[1], c[2], c[3], seed);
                for (double v : d) {
                    largest = Math.max(largest, v);
                }
                table.row(c[0] + "-" + c[1] + "-" + c[2], String.valueOf(c[3]), String.valueOf(seed),
                        below(d[0]), below(d[1]), below(d[2]), below(d[3]));
            }
        }
        out.append(table);
        out.append("가장 큰 차이(largest difference) ").append(below(largest)).append(": 반올림 오차 수준\n");
        return out.toString();
    }

    /**
     * The largest |N·(batch gradient) − Σ_n (example n's gradient)| in dW1, db1, dW2, db2, for a
     * sigmoid network with biases from {@code Mlp.random(seed)} and a batch of {@code n} random
     * examples drawn from the same seed.
     */
    public static double[] chapter6Differences(int inputs, int hidden, int outputs, int n, long seed) {
        Mlp mlp = Mlp.random(seed, Activation.SIGMOID, true, inputs, hidden, outputs);
        List<Example> examples = randomExamples(inputs, outputs, n, new Random(seed + 1000));
        TwoLayerGradient batch = TwoLayerNet.of(mlp).gradient(Batch.of(examples));
        double[][] sumW1 = new double[hidden][inputs];
        double[] sumB1 = new double[hidden];
        double[][] sumW2 = new double[outputs][hidden];
        double[] sumB2 = new double[outputs];
        for (Example e : examples) {
            List<LayerGradient> g = mlp.gradient(List.of(e));
            add(sumW1, sumB1, g.get(0));
            add(sumW2, sumB2, g.get(1));
        }
        // Chapter 6 writes dW[j][i] (unit, input): its transpose is this chapter's dW(i, j).
        return new double[] {batch.dW1().times(n).maxDifference(Matrix.of(sumW1).transpose()),
                             maxDifference(batch.db1(), n, sumB1),
                             batch.dW2().times(n).maxDifference(Matrix.of(sumW2).transpose()),
                             maxDifference(batch.db2(), n, sumB2)};
    }

    /** Backpropagation in matrix form against central differences, on small random networks. */
    public static String differenceCheck() {
        StringBuilder out = new StringBuilder();
        out.append("역전파(행렬) 대 중앙차분(central differences, h = ").append(sci(H))
           .append("): 가중치와 편향 하나하나를 ±h만큼 움직여 잰 기울기\n");
        Table table = Table.of("network", "loss", "N", "seed", "|dW1 − 차분|", "|db1 − 차분|", "|dW2 − 차분|",
                "|db2 − 차분|").left(0, 1);
        double largest = 0;
        for (int[] c : DIFFERENCE_CHECKS) {
            for (String kind : List.of("softmax", "½Σ")) {
                for (long seed : CHECK_SEEDS) {
                    double[] d = differenceDifferences(kind.equals("softmax"), c[0], c[1], c[2], c[3], seed);
                    for (double v : d) {
                        largest = Math.max(largest, v);
                    }
                    table.row(c[0] + "-" + c[1] + "-" + c[2], kind.equals("softmax") ? "ReLU, 소프트맥스 + 교차 엔트로피"
                            : "시그모이드, ½ Σ 오차", String.valueOf(c[3]), String.valueOf(seed), below(d[0]), below(d[1]),
                            below(d[2]), below(d[3]));
                }
            }
        }
        out.append(table);
        out.append("가장 큰 차이(largest difference) ").append(below(largest))
           .append(": 중앙차분 자체의 오차 수준. 미분 없이 잰 값과 맞는다\n");
        return out.toString();
    }

    /**
     * The largest |backpropagation − central differences| in dW1, db1, dW2, db2: for the
     * chapter's network ({@code softmax}) or chapter 6's (sigmoid, ½Σ error), with random
     * biases so that their gradients are checked too.
     */
    public static double[] differenceDifferences(boolean softmax, int inputs, int hidden, int outputs, int n, long seed) {
        Random random = new Random(seed);
        Affine affine1 = randomAffine(inputs, hidden, random);
        Affine affine2 = randomAffine(hidden, outputs, random);
        TwoLayerNet net = softmax ? TwoLayerNet.softmax(affine1, new ReluLayer(), affine2)
                : TwoLayerNet.squaredError(affine1, affine2);
        List<Example> examples = softmax ? randomOneHot(inputs, outputs, n, random) : randomExamples(inputs, outputs, n, random);
        Batch batch = Batch.of(examples);
        return net.gradient(batch).differences(net.numericalGradient(batch, H));
    }

    private static Affine randomAffine(int inputs, int units, Random random) {
        double[][] w = new double[inputs][units];
        double[] b = new double[units];
        for (int i = 0; i < inputs; i++) {
            for (int j = 0; j < units; j++) {
                w[i][j] = 2 * random.nextDouble() - 1;
            }
        }
        for (int j = 0; j < units; j++) {
            b[j] = 2 * random.nextDouble() - 1;
        }
        return Affine.of(Matrix.of(w), b);
    }

    /** Inputs and targets uniform in [0, 1). */
    static List<Example> randomExamples(int inputs, int outputs, int n, Random random) {
        List<Example> examples = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            double[] x = new double[inputs];
            double[] t = new double[outputs];
            for (int i = 0; i < inputs; i++) {
                x[i] = random.nextDouble();
            }
            for (int k = 0; k < outputs; k++) {
                t[k] = random.nextDouble();
            }
            examples.add(Example.of(x, t));
        }
        return examples;
    }

    /** Inputs uniform in [0, 1), one-hot targets. */
    static List<Example> randomOneHot(int inputs, int outputs, int n, Random random) {
        List<Example> examples = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            double[] x = new double[inputs];
            for (int i = 0; i < inputs; i++) {
                x[i] = random.nextDouble();
            }
            double[] t = new double[outputs];
            t[random.nextInt(outputs)] = 1;
            examples.add(Example.of(x, t));
        }
        return examples;
    }

    private static void add(double[][] sumW, double[] sumB, LayerGradient g) {
        for (int j = 0; j < sumW.length; j++) {
            for (int i = 0; i < sumW[j].length; i++) {
                sumW[j][i] += g.dW(j, i);
            }
            sumB[j] += g.db(j);
        }
    }

    private static double maxDifference(double[] batch, int n, double[] sum) {
        double max = 0;
        for (int j = 0; j < batch.length; j++) {
            max = Math.max(max, Math.abs(n * batch[j] - sum[j]));
        }
        return max;
    }

    /**
     * A difference as the power of ten it stays below, {@code < 1e-12}, as chapter 5's check
     * prints it: the digits of a rounding error say nothing.
     */
    static String below(double difference) {
        if (!(difference >= 0) || Double.isInfinite(difference)) {
            throw new IllegalArgumentException("difference must be a finite number ≥ 0, got " + difference);
        }
        if (difference == 0) {
            return "0";
        }
        int exponent = (int) Math.floor(Math.log10(difference)) + 1;
        return "< 1e" + String.format(java.util.Locale.ROOT, exponent < 0 ? "%03d" : "+%02d", exponent);
    }

    // ----- why the σ' factor disappears ---------------------------------------------------------

    /**
     * The output unit whose target is 1: its gradient ∂L/∂z under chapter 6's sigmoid + ½Σ error,
     * (o − 1)·o(1 − o), and under softmax + cross-entropy, y − 1, computed by the layers
     * themselves at the outputs {@link #OUTPUTS}.
     */
    public static String outputGradient() {
        StringBuilder out = new StringBuilder();
        out.append("목표값(target)이 1인 출력 노드에서, 출력이 o(또는 y)일 때 z로 내려가는 기울기 ∂L/∂z\n");
        out.append("6장: 시그모이드 + ½ Σ 오차   ∂E/∂z = (o − 1) · o(1 − o)   ← σ'(z) = o(1 − o)가 곱해진다\n");
        out.append("7장: 소프트맥스(softmax) + 교차 엔트로피  ∂L/∂z = y − 1   ← σ'이 없다\n");
        Table table = Table.of("o (y)", "∂E/∂o = o − 1", "σ' = o(1 − o)", "6장 ∂E/∂z", "7장 ∂L/∂z");
        for (double o : OUTPUTS) {
            double[] g = outputGradients(o);
            table.row(num(o), num(o - 1), num(o * (1 - o)), num(g[0]), num(g[1]));
        }
        out.append(table);
        out.append("출력이 틀린 쪽으로 확신할수록(o → 0) 6장의 기울기는 0으로 줄어 배우지 못하고, 7장의 기울기는 −1에 가까워져 크기가 가장 크다\n");
        return out.toString();
    }

    /**
     * ∂L/∂z at an output o for a target of 1: {0: sigmoid + ½Σ error, 1: softmax + cross-entropy},
     * each from its layers' backward on a batch of one. The softmax has two classes with scores
     * (z, 0), so that its y for the first class is σ(z) = o as well.
     */
    public static double[] outputGradients(double o) {
        if (!(o > 0 && o < 1)) {
            throw new IllegalArgumentException("o must be between 0 and 1 (exclusive), got " + o);
        }
        double z = StrictMath.log(o / (1 - o));
        SigmoidLayer sigmoid = new SigmoidLayer();
        SquaredErrorLoss squared = new SquaredErrorLoss();
        squared.forward(sigmoid.forward(Matrix.rowOf(z)), Matrix.rowOf(1));
        double sse = sigmoid.backward(squared.backward()).get(0, 0);
        SoftmaxWithLoss softmax = new SoftmaxWithLoss();
        softmax.forward(Matrix.rowOf(z, 0), Matrix.rowOf(1, 0));
        double crossEntropy = softmax.backward().get(0, 0);
        return new double[] {sse, crossEntropy};
    }

    // ----- the digits ---------------------------------------------------------------------------

    /** The chapter's run: settings, a line per epoch, the comparison with chapter 6, the confusion matrix, other seeds. */
    public static String training(BatchTraining.Result result) {
        Require.notNull("result", result);
        BatchTraining s = result.settings();
        StringBuilder out = new StringBuilder();
        out.append("데이터(data): 손글씨 숫자 1,797장, 8×8 픽셀 (UCI \"Optical Recognition of Handwritten Digits\", CC BY 4.0)\n");
        out.append("분할(split): 6장과 같다. 훈련(train) ").append(result.split().train().size()).append("장, 시험(test) ")
           .append(result.split().test().size()).append("장\n");
        out.append(setup(s)).append('\n');
        out.append('\n');
        for (DigitTraining.Epoch e : result.epochs()) {
            out.append(DigitsReports.epochLine(e, s.epochs())).append('\n');
        }
        out.append('\n').append(summary(result));
        out.append('\n').append(seeds(result));
        return out.toString();
    }

    /** After the epochs: the final test accuracy, chapter 6's beside it, and the confusion matrix. */
    public static String summary(BatchTraining.Result result) {
        Require.notNull("result", result);
        StringBuilder out = new StringBuilder();
        out.append(result.epochs().size()).append(" 에폭 뒤 시험 정확도(test accuracy): ")
           .append(Format.percent(result.testAccuracy())).append('\n');
        out.append(comparison(result, DigitTraining.standard().run()));
        out.append("\n시험 집합의 혼동 행렬(confusion matrix): 행은 실제 숫자, 열은 네트워크가 읽은 숫자\n");
        out.append(DigitsReports.confusion(result.confusion()));
        return out.toString();
    }

    /** The network and the settings in one line. */
    public static String setup(BatchTraining s) {
        Require.notNull("settings", s);
        return "네트워크(network): 64-" + s.hidden() + "-10, Affine → ReLU → Affine → 소프트맥스(softmax) + 교차 엔트로피(cross-entropy), "
                + "학습률(learning rate) α = " + num(s.learningRate()) + ", 배치(batch) " + s.batchSize() + "장, seed "
                + s.seed();
    }

    /** This chapter's result beside chapter 6's, on the same test set. */
    public static String comparison(BatchTraining.Result mine, DigitTraining.Result chapter6) {
        Require.notNull("result", mine);
        Require.notNull("chapter6", chapter6);
        int right = (int) Math.round(mine.testAccuracy() * mine.split().test().size());
        int right6 = (int) Math.round(chapter6.testAccuracy() * chapter6.split().test().size());
        return "6장(chapter 6): 시그모이드 + ½ Σ 오차, " + chapter6.epochs().size() + " 에폭 뒤 시험 정확도 "
                + Format.percent(chapter6.testAccuracy()) + " (" + right6 + "/" + chapter6.split().test().size()
                + "), 7장: " + Format.percent(mine.testAccuracy()) + " (" + right + "/" + mine.split().test().size()
                + ")\n";
    }

    /**
     * The final test accuracy for other seeds of the weights and the order (the split stays chapter
     * 6's). The result's own seed is not trained again: one run of the chapter is enough.
     */
    public static String seeds(BatchTraining.Result result) {
        Require.notNull("result", result);
        BatchTraining s = result.settings();
        StringBuilder out = new StringBuilder();
        out.append("seed를 바꾸면 (같은 분할, 같은 설정; 시험 이미지 한 장 = ")
           .append(Format.percent(1.0 / s.split().test().size())).append("):\n");
        Table table = Table.of("seed", "시험 정확도", "틀린 이미지").indent("  ");
        for (long seed : TRAINING_SEEDS) {
            BatchTraining.Result r = seed == s.seed() ? result : s.withSeed(seed).run();
            int size = r.split().test().size();
            int right = (int) Math.round(r.testAccuracy() * size);
            table.row(String.valueOf(seed), Format.percent(r.testAccuracy()), String.valueOf(size - right));
        }
        out.append(table);
        return out.toString();
    }

    // ----- the benchmark ------------------------------------------------------------------------

    /** What the benchmark measures, printed before it starts. */
    public static String benchmarkSetup(int samples, int cores) {
        return "7장 벤치마크(benchmark): 같은 64-32-10 네트워크, 에폭마다 훈련 이미지 " + samples + "장, 코어(core) " + cores
                + "개. 예제별(per-example) = 6장의 Mlp와 Trainer, 배치(batched) = 이 장의 BatchTrainer";
    }

    /** The medians: samples per second of each trainer at each batch size, the ratios, and the time to 97%. */
    public static String benchmark(MatrixBenchmark.Result r) {
        Require.notNull("result", r);
        StringBuilder out = new StringBuilder();
        out.append("처리량(throughput), 초당 훈련 이미지 수 samples/s (모든 트레이너와 배치 크기를 워밍업한 뒤 ")
           .append(MatrixBenchmark.ROUNDS).append("라운드의 중앙값 median):\n");
        Table table = Table.of("배치", "예제별 (6장)", "배치, 6장 네트워크", "배율", "배치, 7장 네트워크", "배율");
        for (MatrixBenchmark.Rates rates : r.rates()) {
            table.row(String.valueOf(rates.batchSize()), Format.num(Math.round(rates.perExample())),
                    Format.num(Math.round(rates.batchedSame())), ratio(rates.ratioSame()),
                    Format.num(Math.round(rates.batchedChapter7())), ratio(rates.ratioChapter7()));
        }
        out.append(table.indent("  "));
        out.append("  6장 네트워크: 시그모이드 + ½ Σ 오차, α = ").append(num(MatrixBenchmark.CHAPTER6_RATE))
           .append(". 예제별 트레이너와 같은 계산을 행렬로 한 것\n");
        out.append("  7장 네트워크: ReLU + 소프트맥스 + 교차 엔트로피, α = ")
           .append(num(BatchTraining.standard().learningRate())).append('\n');
        out.append("  배율(ratio) = 배치 트레이너의 처리량 ÷ 예제별 트레이너의 처리량, 같은 라운드 안에서 잰 비율의 중앙값\n");
        out.append("시험 정확도 ").append(Format.percent(MatrixBenchmark.TARGET_ACCURACY))
           .append("까지 걸린 시간 (7장 네트워크, BatchTraining.standard(), ").append(MatrixBenchmark.RUNS_TO_TARGET)
           .append("번의 중앙값): ");
        if (r.epochsToTarget() < 0) {
            out.append(MatrixBenchmark.MAX_EPOCHS_TO_TARGET).append(" 에폭 안에 닿지 못했다\n");
        } else {
            out.append(Format.num(Math.round(1000 * r.secondsToTarget()) / 1000.0)).append(" s, ")
               .append(r.epochsToTarget()).append(" 에폭\n");
        }
        return out.toString();
    }

    /** A measured ratio, to two decimals: all a measurement holds. */
    private static String ratio(double ratio) {
        return Format.num(Math.round(100 * ratio) / 100.0) + "×";
    }
}
