// Reference solution of exercise 3.1.
import backprop.activation.*;
import java.util.function.DoubleUnaryOperator;

var sigmoid = Activation.SIGMOID;
var tanh = Activation.TANH;

DoubleUnaryOperator sigmoidDerivative = x -> sigmoid.apply(x) * (1 - sigmoid.apply(x));

DoubleUnaryOperator tanhDerivative = x -> 1 - Math.tanh(x) * Math.tanh(x);

ActivationExercises.printDerivativeCheck(sigmoid, sigmoidDerivative);
System.out.println();
ActivationExercises.printDerivativeCheck(tanh, tanhDerivative);
