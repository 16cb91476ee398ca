/**
 * Chapter 2, 퍼셉트론과 XOR (the perceptron and XOR): one neuron w·x + b through an activation,
 * the logic gates it computes with the step function, XOR from two layers of them, and Rosenblatt's
 * learning rule, which learns AND and OR but never XOR.
 *
 * <p>Reading order: {@link backprop.perceptron.Perceptron} (the TLU, the gates, and the
 * perceptron as y = ax + b) → {@link backprop.perceptron.XorNetwork} (with its
 * {@link backprop.perceptron.XorRow}s, the slides' table) →
 * {@link backprop.perceptron.TrainingSample} → {@link backprop.perceptron.TrainingData} →
 * {@link backprop.perceptron.PerceptronLearning} (the rule) → {@link backprop.perceptron.Epoch}
 * → {@link backprop.perceptron.TrainingRun}.
 *
 * <p>A training example here is a {@code TrainingSample}: an input vector x and one target t, the
 * 0 or 1 the step function must output. Later chapters have examples of their own (the MLP's
 * carry a target vector, chapter 6's are digits). The companion imports every chapter package
 * with a wildcard, so two public types with one simple name in two chapter packages would make
 * that name ambiguous for a student at the prompt; the perceptron's example therefore keeps a name
 * no other chapter uses. One shared type cannot serve both: a chapter package depends on no later
 * chapter's package, and the rule here needs the scalar target that the MLP's vector target is not.
 *
 * <p>These classes compute; apart from a short {@code toString} they build no text. Everything
 * the chapter prints is in {@link backprop.perceptron.PerceptronReports};
 * {@link backprop.perceptron.PerceptronExercises} prints the exercises' outputs through it.
 */
package backprop.perceptron;
