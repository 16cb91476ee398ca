/**
 * Chapter 6, beyond the slides: chapter 5's {@code Mlp} learns 1,797 handwritten 8×8 digits.
 *
 * <p>Reading order: {@link backprop.digits.Digit} (pixels and label, and the network's view of
 * them) → {@link backprop.digits.Digits} (the data set) → {@link backprop.digits.Split} (training
 * and test sets) → {@link backprop.digits.DigitTraining} (the settings, mini-batch training and
 * each epoch's numbers); then speed: {@link backprop.digits.FastTrainer} (the same training as
 * flat arrays, equal to the last bit) → {@link backprop.digits.Benchmark}; then what the chapter
 * prints: {@link backprop.digits.DigitsReports}, and the exercises' printing helpers
 * {@link backprop.digits.DigitsExercises}.
 */
package backprop.digits;
