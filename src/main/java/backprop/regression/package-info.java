/**
 * Chapter 1, 선형회귀와 경사하강법 (linear regression and gradient descent): the slides' model
 * y = ax + b, its loss, the mean squared error, and gradient descent W := W − α·∂L/∂W, measured
 * against the exact least-squares line and against trying every (a, b).
 *
 * <p>Reading order: {@link backprop.regression.Dataset} (the data) →
 * {@link backprop.regression.Line} (the model) → {@link backprop.regression.Mse} (the loss, with
 * its {@link backprop.regression.Residuals} and {@link backprop.regression.Gradient}) →
 * {@link backprop.regression.GradientDescent} (one step, then a run) →
 * {@link backprop.regression.Training} (the run's {@link backprop.regression.TrainingStep}s, and
 * its {@link backprop.regression.Divergence} if the learning rate is too large); then what
 * gradient descent is measured against: {@link backprop.regression.LeastSquares} (the closed form)
 * and {@link backprop.regression.GridSearch} (every grid point, with its
 * {@link backprop.regression.GridResult}).
 *
 * <p>These classes compute; apart from a short {@code toString} they build no text. Everything
 * the chapter prints, and the settings it prints it with, is in
 * {@link backprop.regression.RegressionReports}; {@link backprop.regression.RegressionExercises}
 * prints the exercises' outputs through it.
 */
package backprop.regression;
