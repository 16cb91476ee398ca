// Reference solution of exercise 3.1.
import backprop.activation.*;
import java.util.function.DoubleUnaryOperator;

DoubleUnaryOperator sigmoidDerivative = o -> o * (1 - o);

DoubleUnaryOperator tanhDerivative = t -> 1 - t * t;

DoubleUnaryOperator eluDerivative = e -> e > 0 ? 1 : e + 1;

ActivationExercises.printDerivativeCheck(Activation.SIGMOID, sigmoidDerivative);
System.out.println();
ActivationExercises.printDerivativeCheck(Activation.TANH, tanhDerivative);
System.out.println();
ActivationExercises.printDerivativeCheck(Activation.elu(1.0), eluDerivative);
