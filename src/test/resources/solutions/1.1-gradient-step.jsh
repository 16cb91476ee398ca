// Reference solution of exercise 1.1.
import backprop.regression.*;

var data = Dataset.studyHours();
double learningRate = 0.1;
var line = Line.of(1, 3);

for (int step = 1; step <= 3; step++) {
    double dLda = 0;
    double dLdb = 0;
    for (int i = 0; i < data.size(); i++) {
        double residual = line.predict(data.x(i)) - data.y(i);
        dLda += residual * data.x(i);
        dLdb += residual;
    }
    dLda = 2.0 / data.size() * dLda;
    dLdb = 2.0 / data.size() * dLdb;

    var next = Line.of(line.a() - learningRate * dLda, line.b() - learningRate * dLdb);

    RegressionExercises.printStep(step, line, learningRate, dLda, dLdb, next);
    line = next;
}
