/**
 * Chapter 3, 활성화 함수 (activation functions): the slides' functions with their derivatives,
 * the derivatives checked against central differences, and Maxout.
 *
 * <p>Reading order: {@link backprop.activation.Activation} (sealed: {@link backprop.activation.Step},
 * {@link backprop.activation.Sigmoid}, {@link backprop.activation.Tanh},
 * {@link backprop.activation.ReLU}, {@link backprop.activation.LeakyReLU},
 * {@link backprop.activation.ELU}, {@link backprop.activation.Identity}, each with its formula and
 * whether it has a kink at 0) → {@link backprop.activation.Activations} (the slides' list) →
 * {@link backprop.activation.NumericalDerivative} (the central difference, whose
 * {@code DEFAULT_H} is the project's one step) → {@link backprop.activation.DerivativeCheck} →
 * {@link backprop.activation.ActivationTable} → {@link backprop.activation.Maxout}.
 *
 * <p>Maxout is not an {@code Activation}: it maps a vector x to max(w1ᵀx + b1, w2ᵀx + b2) with
 * weights of its own, and its derivative is a gradient with respect to x, not one slope. A layer
 * applies an {@code Activation} to each weighted sum z on its own; Maxout would replace the weighted
 * sums themselves. So it is a record beside the sealed hierarchy, not a member of it.
 *
 * <p>These classes compute; apart from a short {@code toString} and each function's
 * {@code formula()} they build no text. Everything the chapter prints is in
 * {@link backprop.activation.ActivationReports};
 * {@link backprop.activation.ActivationExercises} prints the exercises' outputs through it.
 */
package backprop.activation;
