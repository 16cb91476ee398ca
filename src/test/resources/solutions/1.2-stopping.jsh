// Reference solution of exercise 1.2.
import backprop.regression.*;
import backprop.regression.RegressionExercises.Outcome;
import backprop.regression.RegressionExercises.Run;
import java.util.ArrayList;

var data = Dataset.studyHours();
double tolerance = 0.001;
int maxSteps = 500;
double largestConverging = 0;
var runs = new ArrayList<Run>();

for (double learningRate : new double[] {0.01, 0.05, 0.1, 0.13, 0.14, 0.145, 0.15, 0.2}) {
    var line = Line.of(0, 0);
    int steps = 0;
    var outcome = Outcome.OUT_OF_STEPS;
    while (true) {
        var gradient = Mse.gradient(line, data);
        if (Math.abs(gradient.dLda()) < tolerance && Math.abs(gradient.dLdb()) < tolerance) {
            outcome = Outcome.CONVERGED;
            break;
        }
        if (steps == maxSteps) {
            break;
        }
        var next = GradientDescent.step(line, data, learningRate);
        steps++;
        if (Mse.loss(next, data) > Mse.loss(line, data)) {
            outcome = Outcome.DIVERGING;
            break;
        }
        line = next;
    }
    if (outcome == Outcome.CONVERGED && learningRate > largestConverging) {
        largestConverging = learningRate;
    }
    runs.add(new Run(learningRate, outcome, steps, line));
}
RegressionExercises.printStopping(tolerance, maxSteps, runs, largestConverging);
