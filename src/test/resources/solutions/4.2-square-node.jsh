// Reference solution of exercise 4.2.
import backprop.graph.*;

class SquareNode {
    double t;

    double forward(double t) {
        this.t = t;
        return t * t;
    }

    double backward(double dz) {
        return dz * 2 * t;
    }
}

var square = new SquareNode();
GraphExercises.printSquareNode(square::forward, square::backward);
