package backprop.regression;

import backprop.Format;

/** One row of a training history: after {@code step} updates, the line and its loss. */
public record TrainingStep(int step, Line line, double loss) {

    public double a() {
        return line.a();
    }

    public double b() {
        return line.b();
    }

    @Override
    public String toString() {
        return "step " + step + ": a = " + Format.num(a()) + ", b = " + Format.num(b()) + ", loss = " + Format.num(loss);
    }
}
