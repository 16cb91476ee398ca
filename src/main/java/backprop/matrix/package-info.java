/**
 * Chapter 7, beyond the slides: chapter 5's backpropagation in matrix form, on whole batches, in
 * the layers of DLfS's chapter 5; softmax with cross-entropy; and a trainer that is fast because
 * of it.
 *
 * <p>Reading order:
 * <ol>
 *   <li>The matrix: {@link backprop.matrix.Matrix} (row-major, one example per row; the product
 *       {@code dot} and its transposed forms).</li>
 *   <li>The layers, each with {@code forward} and {@code backward} on a batch:
 *       {@link backprop.matrix.MatrixLayer} → {@link backprop.matrix.Affine} (Y = X·W + b;
 *       dW = Xᵀ·dY, db = Σ dY, dX = dY·Wᵀ) → {@link backprop.matrix.SigmoidLayer},
 *       {@link backprop.matrix.ReluLayer}; the last layers {@link backprop.matrix.LossLayer} →
 *       {@link backprop.matrix.SquaredErrorLoss} (the slides' ½Σ error) and
 *       {@link backprop.matrix.SoftmaxWithLoss} (its gradient is (y − t)/N).</li>
 *   <li>The network: {@link backprop.matrix.Batch} (examples stacked as X and T) →
 *       {@link backprop.matrix.TwoLayerNet} (predict, loss, gradient by backpropagation and by
 *       central differences, update) → {@link backprop.matrix.TwoLayerGradient} (dW1, db1, dW2,
 *       db2).</li>
 *   <li>Training the digits: {@link backprop.matrix.BatchTrainer} (mini-batches, a seeded
 *       shuffle) → {@link backprop.matrix.BatchTraining} (the chapter's settings and run); then
 *       speed: {@link backprop.matrix.MatrixBenchmark}.</li>
 *   <li>What the chapter prints: {@link backprop.matrix.MatrixReports}, and the exercises'
 *       printing helpers {@link backprop.matrix.MatrixExercises}.</li>
 * </ol>
 */
package backprop.matrix;
