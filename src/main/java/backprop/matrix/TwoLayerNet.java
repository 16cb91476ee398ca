package backprop.matrix;

import java.util.Random;

import backprop.Require;
import backprop.activation.Activation;
import backprop.mlp.Layer;
import backprop.mlp.Mlp;

/**
 * Two Affine layers with an activation between them and a loss layer on top, DLfS's
 * {@code TwoLayerNet}, on whole batches. It comes in two forms:
 * <ul>
 *   <li>the chapter's: Affine → ReLU (or Sigmoid) → Affine → {@link SoftmaxWithLoss};</li>
 *   <li>chapter 5's and 6's, for comparing: Affine → Sigmoid → Affine → Sigmoid →
 *       {@link SquaredErrorLoss} ({@link #of(Mlp)}, {@link #slides()}).</li>
 * </ul>
 * It is the model only: it predicts, measures its loss and computes its gradient by
 * backpropagation (or by central differences, to check it); {@link BatchTrainer} trains it.
 */
public final class TwoLayerNet {
    private final Affine affine1;
    private final MatrixLayer hidden;
    private final Affine affine2;
    private final SigmoidLayer output;   // the ½Σ error form's output sigmoid; null before softmax
    private final LossLayer lastLayer;

    private TwoLayerNet(Affine affine1, MatrixLayer hidden, Affine affine2, SigmoidLayer output, LossLayer lastLayer) {
        if (affine2.inputs() != affine1.units()) {
            throw new IllegalArgumentException("affine2 takes " + affine2.inputs() + " inputs, but affine1 has "
                    + affine1.units() + " units");
        }
        this.affine1 = affine1;
        this.hidden = hidden;
        this.affine2 = affine2;
        this.output = output;
        this.lastLayer = lastLayer;
    }

    /** Affine → {@code hidden} (a {@link SigmoidLayer} or a {@link ReluLayer}) → Affine → SoftmaxWithLoss. */
    public static TwoLayerNet softmax(Affine affine1, MatrixLayer hidden, Affine affine2) {
        Require.notNull("affine1", affine1);
        Require.notNull("affine2", affine2);
        if (!(Require.notNull("hidden", hidden) instanceof SigmoidLayer) && !(hidden instanceof ReluLayer)) {
            throw new IllegalArgumentException("hidden must be a SigmoidLayer or a ReluLayer, got " + hidden);
        }
        return new TwoLayerNet(affine1.copy(), fresh(hidden), affine2.copy(), null, new SoftmaxWithLoss());
    }

    /** Affine → Sigmoid → Affine → Sigmoid → ½Σ error: the slides' network, and chapter 6's. */
    public static TwoLayerNet squaredError(Affine affine1, Affine affine2) {
        Require.notNull("affine1", affine1);
        Require.notNull("affine2", affine2);
        return new TwoLayerNet(affine1.copy(), new SigmoidLayer(), affine2.copy(), new SigmoidLayer(),
                new SquaredErrorLoss());
    }

    /**
     * The chapter's network, DLfS's {@code TwoLayerNet}: {@code inputs}-{@code hidden}-{@code outputs},
     * ReLU hidden units, softmax with cross-entropy. The biases start at 0, the weights from the
     * seed's Gaussian draws, scaled to the layer: √(2/inputs) into the ReLU units (He's
     * initialisation, DLfS 6.2) and √(1/hidden) into the softmax (Xavier's), so that every
     * layer's z starts with about the same spread. The draws go unit by unit, as
     * {@code Mlp.random} draws.
     */
    public static TwoLayerNet random(long seed, int inputs, int hidden, int outputs) {
        Require.positive("inputs", inputs);
        Require.positive("hidden", hidden);
        Require.positive("outputs", outputs);
        Random random = new Random(seed);
        Affine affine1 = gaussian(inputs, hidden, Math.sqrt(2.0 / inputs), random);
        Affine affine2 = gaussian(hidden, outputs, Math.sqrt(1.0 / hidden), random);
        return softmax(affine1, new ReluLayer(), affine2);
    }

    /** Weights w(i, j) = spread·(a standard Gaussian draw), unit j by unit j; biases 0. */
    private static Affine gaussian(int inputs, int units, double spread, Random random) {
        double[][] w = new double[inputs][units];
        for (int j = 0; j < units; j++) {
            for (int i = 0; i < inputs; i++) {
                w[i][j] = spread * random.nextGaussian();
            }
        }
        return Affine.of(Matrix.of(w), new double[units]);
    }

    /**
     * Chapter 5's {@code Mlp} of two sigmoid layers in matrix form, with the same weights (each
     * W the transpose of the layer's {@code weights[j][i]}) and the same ½Σ error.
     */
    public static TwoLayerNet of(Mlp mlp) {
        Require.notNull("mlp", mlp);
        if (mlp.depth() != 2) {
            throw new IllegalArgumentException("mlp must have two layers, got " + mlp.depth());
        }
        Affine[] affine = new Affine[2];
        for (int k = 0; k < 2; k++) {
            Layer layer = mlp.layer(k);
            if (layer.activation() != Activation.SIGMOID) {
                throw new IllegalArgumentException("mlp's layer " + k + " must be sigmoid, got " + layer.activation().name());
            }
            affine[k] = Affine.of(Matrix.of(layer.weights()).transpose(), layer.hasBias() ? layer.biases() : null);
        }
        return squaredError(affine[0], affine[1]);
    }

    /** The slides' 2-2-2 network (w1…w8, no biases), in matrix form. */
    public static TwoLayerNet slides() {
        return of(Mlp.slides());
    }

    private static MatrixLayer fresh(MatrixLayer hidden) {
        return hidden instanceof ReluLayer ? new ReluLayer() : new SigmoidLayer();
    }

    public int inputs() {
        return affine1.inputs();
    }

    public int hiddenUnits() {
        return affine1.units();
    }

    public int outputs() {
        return affine2.units();
    }

    /** A copy of the first Affine layer, inputs × hidden. */
    public Affine affine1() {
        return affine1.copy();
    }

    /** A copy of the second Affine layer, hidden × outputs. */
    public Affine affine2() {
        return affine2.copy();
    }

    public Matrix W1() {
        return affine1.W();
    }

    public double[] b1() {
        return affine1.b();
    }

    public Matrix W2() {
        return affine2.W();
    }

    public double[] b2() {
        return affine2.b();
    }

    /**
     * The forward pass up to the loss layer, one row per example: the scores softmax will read
     * (DLfS's {@code predict}), or the sigmoid outputs of the ½Σ error form.
     */
    public Matrix predict(Matrix x) {
        Matrix y = affine2.forward(hidden.forward(affine1.forward(x)));
        return output == null ? y : output.forward(y);
    }

    /** The softmax probabilities, or the ½Σ error form's outputs: what the network answers. */
    public Matrix probabilities(Matrix x) {
        Matrix y = predict(x);
        return output == null ? SoftmaxWithLoss.softmax(y) : y;
    }

    /** The batch's mean loss: cross-entropy, or ½Σ error. */
    public double loss(Batch batch) {
        checkBatch(batch);
        return lastLayer.forward(predict(batch.x()), batch.t());
    }

    /** The share of examples whose largest output stands where their target's largest value does. */
    public double accuracy(Batch batch) {
        checkBatch(batch);
        int[] guess = predict(batch.x()).argmaxOfRows();
        int[] truth = batch.t().argmaxOfRows();
        int right = 0;
        for (int n = 0; n < guess.length; n++) {
            if (guess[n] == truth[n]) {
                right++;
            }
        }
        return (double) right / guess.length;
    }

    /**
     * Backpropagation on the whole batch, DLfS's {@code gradient}: the forward pass and the loss,
     * then each layer's backward from the top, each handing ∂L/∂(its input) down.
     */
    public TwoLayerGradient gradient(Batch batch) {
        loss(batch);
        Matrix dY = lastLayer.backward();
        if (output != null) {
            dY = output.backward(dY);
        }
        dY = affine2.backward(dY);
        dY = hidden.backward(dY);
        // The input layer's dX = dY·W1ᵀ would be ∂L/∂(pixels), which nothing learns from: DLfS
        // computes it anyway; skipping it saves a third of the backward pass's multiplications.
        affine1.backwardToWeights(dY);
        return new TwoLayerGradient(affine1.dW(), affine1.db(), affine2.dW(), affine2.db());
    }

    /**
     * The same gradient by central differences, DLfS's {@code numerical_gradient}: every weight
     * and bias moved by ±h alone, (L(+h) − L(−h)) / 2h. No calculus at all, so it checks
     * {@link #gradient}; but it takes two forward passes per parameter.
     */
    public TwoLayerGradient numericalGradient(Batch batch, double h) {
        checkBatch(batch);
        Require.positiveFinite("h", h);
        Matrix w1 = affine1.W();
        Matrix w2 = affine2.W();
        double[] b1 = affine1.b();
        double[] b2 = affine2.b();
        double[][] dW1 = new double[w1.rows()][w1.columns()];
        double[][] dW2 = new double[w2.rows()][w2.columns()];
        for (int i = 0; i < w1.rows(); i++) {
            for (int j = 0; j < w1.columns(); j++) {
                double w = w1.get(i, j);
                dW1[i][j] = (lossWith(w1.with(i, j, w + h), b1, w2, b2, batch)
                        - lossWith(w1.with(i, j, w - h), b1, w2, b2, batch)) / (2 * h);
            }
        }
        double[] db1 = new double[b1.length];
        for (int j = 0; affine1.hasBias() && j < b1.length; j++) {
            db1[j] = (lossWith(w1, moved(b1, j, h), w2, b2, batch) - lossWith(w1, moved(b1, j, -h), w2, b2, batch)) / (2 * h);
        }
        for (int i = 0; i < w2.rows(); i++) {
            for (int j = 0; j < w2.columns(); j++) {
                double w = w2.get(i, j);
                dW2[i][j] = (lossWith(w1, b1, w2.with(i, j, w + h), b2, batch)
                        - lossWith(w1, b1, w2.with(i, j, w - h), b2, batch)) / (2 * h);
            }
        }
        double[] db2 = new double[b2.length];
        for (int j = 0; affine2.hasBias() && j < b2.length; j++) {
            db2[j] = (lossWith(w1, b1, w2, moved(b2, j, h), batch) - lossWith(w1, b1, w2, moved(b2, j, -h), batch)) / (2 * h);
        }
        return new TwoLayerGradient(Matrix.of(dW1), db1, Matrix.of(dW2), db2);
    }

    private double lossWith(Matrix w1, double[] b1, Matrix w2, double[] b2, Batch batch) {
        TwoLayerNet moved = new TwoLayerNet(Affine.of(w1, affine1.hasBias() ? b1 : null), fresh(hidden),
                Affine.of(w2, affine2.hasBias() ? b2 : null), output == null ? null : new SigmoidLayer(),
                output == null ? new SoftmaxWithLoss() : new SquaredErrorLoss());
        return moved.loss(batch);
    }

    private static double[] moved(double[] b, int j, double h) {
        double[] copy = b.clone();
        copy[j] += h;
        return copy;
    }

    /** One gradient-descent step on both Affine layers: W ← W − α·dW, b ← b − α·db. */
    public void update(TwoLayerGradient gradient, double learningRate) {
        Require.notNull("gradient", gradient);
        Require.positiveFinite("learningRate", learningRate);
        affine1.update(gradient.dW1(), gradient.db1(), learningRate);
        affine2.update(gradient.dW2(), gradient.db2(), learningRate);
    }

    private void checkBatch(Batch batch) {
        Require.notNull("batch", batch);
        if (batch.x().columns() != inputs()) {
            throw new IllegalArgumentException("batch.x must have " + inputs() + " columns, got " + batch.x().shape());
        }
        if (batch.t().columns() != outputs()) {
            throw new IllegalArgumentException("batch.t must have " + outputs() + " columns, got " + batch.t().shape());
        }
    }

    /** Its sizes and layers, e.g. {@code TwoLayerNet 64-32-10: Affine, Sigmoid, Affine, SoftmaxWithLoss}. */
    @Override
    public String toString() {
        return "TwoLayerNet " + inputs() + "-" + hiddenUnits() + "-" + outputs() + ": Affine, " + hidden + ", Affine, "
                + (output == null ? "" : output + ", ") + lastLayer;
    }
}
