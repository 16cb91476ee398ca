// Reference solution of exercise 2.2.
import backprop.perceptron.*;

double[][] inputs = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};

var nand = Perceptron.nand();
var or = Perceptron.or();
var and = Perceptron.and();

PerceptronExercises.printXorHeaderNandOr();
for (double[] x : inputs) {
    double s1 = nand.output(x[0], x[1]);
    double s2 = or.output(x[0], x[1]);
    double y = and.output(s1, s2);
    PerceptronExercises.printXorRow(x[0], x[1], s1, s2, y);
}

var x1AndNotX2 = Perceptron.tlu(-0.5, 1, -1);
var notX1AndX2 = Perceptron.tlu(-0.5, -1, 1);

PerceptronExercises.printXorHeaderAndNot();
for (double[] x : inputs) {
    double s1 = x1AndNotX2.output(x[0], x[1]);
    double s2 = notX1AndX2.output(x[0], x[1]);
    double y = or.output(s1, s2);
    PerceptronExercises.printXorRow(x[0], x[1], s1, s2, y);
}
