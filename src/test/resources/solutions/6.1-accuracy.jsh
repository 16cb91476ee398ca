// Reference solution of exercise 6.1.
import backprop.digits.*;
import backprop.mlp.*;

var result = DigitTraining.standard().run();
var network = result.network();
var test = result.split().test();

int[] right = new int[Digits.CLASSES];
int[] total = new int[Digits.CLASSES];
for (Example example : test) {
    double[] output = network.predict(example.input());
    double[] target = example.target();
    int label = 0;
    for (int k = 1; k < target.length; k++) {
        if (target[k] > target[label]) label = k;
    }
    int guess = 0;
    for (int k = 1; k < output.length; k++) {
        if (output[k] > output[guess]) guess = k;
    }
    total[label]++;
    if (guess == label) right[label]++;
}
DigitsExercises.printAccuracy(right, total);
