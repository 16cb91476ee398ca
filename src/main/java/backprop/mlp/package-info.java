/**
 * Chapter 5: backpropagation in the slides' 2-2-2 network, then in a network of any size.
 *
 * <p>Reading order:
 * <ol>
 *   <li>The slides' example, one named number per field: {@link backprop.mlp.Weights} (w1…w8) →
 *       {@link backprop.mlp.Sample} (x1, x2 and the targets) → {@link backprop.mlp.ForwardPass}
 *       (z, h, o, E) → {@link backprop.mlp.BackwardPass} (∂E_total/∂o1 … ∂E_total/∂w1, by the
 *       chain rule) → {@link backprop.mlp.SlidesExample} (forward, backward, update, forward
 *       again).</li>
 *   <li>Checking and exploring it: {@link backprop.mlp.GradientCheck} (by hand = autograd =
 *       central differences), {@link backprop.mlp.WeightMovement} and
 *       {@link backprop.mlp.LearningRateTuning} (the homework), {@link backprop.mlp.Symmetry}
 *       (why weights must not start equal).</li>
 *   <li>The same backpropagation for any sizes: {@link backprop.mlp.Layer} (forward, and backward
 *       with δ_j = ∂E/∂z_j) → {@link backprop.mlp.LayerGradient} (dW and db) →
 *       {@link backprop.mlp.Mlp} (the model: predict, loss, gradient, update) → training:
 *       {@link backprop.mlp.Example}, {@link backprop.mlp.Trainer},
 *       {@link backprop.mlp.TrainingHistory}, {@link backprop.mlp.Evaluation},
 *       {@link backprop.mlp.XorTraining}.</li>
 *   <li>What the chapter prints: {@link backprop.mlp.MlpReports}, and the exercises' printing
 *       helpers {@link backprop.mlp.MlpExercises}.</li>
 * </ol>
 */
package backprop.mlp;
