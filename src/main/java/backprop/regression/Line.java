package backprop.regression;

import backprop.Format;
import backprop.Require;

/**
 * The slides' learning model y = ax + b: input x, output y, and the two parameters a (slope)
 * and b (intercept) that training has to find.
 *
 * <p>A line is an immutable value. Training does not change a line, it makes a new one per
 * step, so a history of lines can be kept and printed.
 */
public record Line(double a, double b) {

    public Line {
        // A line with an infinite or NaN parameter predicts nothing useful; a run that gets
        // there has diverged, and GradientDescent reports that before it builds such a line.
        Require.finite("a", a);
        Require.finite("b", b);
    }

    /** y = ax + b. */
    public static Line of(double a, double b) {
        return new Line(a, b);
    }

    /** The model's prediction ŷ = ax + b for one input x. */
    public double predict(double x) {
        return a * x + b;
    }

    /** The line as the slides write the model, with the numbers put in. */
    @Override
    public String toString() {
        // The sign follows the number as shown, so a b that rounds to 0 reads "+ 0", never "- 0".
        String shownB = Format.num(b);
        return "y = " + Format.num(a) + "x"
                + (shownB.startsWith("-") ? " - " + shownB.substring(1) : " + " + shownB);
    }
}
