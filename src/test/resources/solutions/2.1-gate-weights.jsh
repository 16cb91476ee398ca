// Reference solution of exercise 2.1 (one of many right choices of weights).
import backprop.perceptron.*;

var nand = Perceptron.tlu(1.5, -1, -1);
var or = Perceptron.tlu(-0.5, 1, 1);
var nor = Perceptron.tlu(0.5, -1, -1);
var maj3 = Perceptron.tlu(-1.5, 1, 1, 1);

PerceptronExercises.printGate("NAND", nand);
PerceptronExercises.printGate("OR", or);
PerceptronExercises.printGate("NOR", nor);
PerceptronExercises.printGate("MAJ3", maj3);
