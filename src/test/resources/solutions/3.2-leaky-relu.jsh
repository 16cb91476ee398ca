// Reference solution of exercise 3.2.
import backprop.activation.*;
import java.util.function.DoubleUnaryOperator;

DoubleUnaryOperator leaky = x -> Math.max(0.1 * x, x);

DoubleUnaryOperator leakyDerivative = x -> x > 0 ? 1 : 0.1;

ActivationExercises.printLeakyRelu(leaky, leakyDerivative);
