package backprop.mlp;

import backprop.Require;

/**
 * One training example of the 2-2-2 network: two inputs and two targets.
 * On the slides these are the blue numbers x1 = 0.1, x2 = 0.2 and the targets 0.4, 0.6.
 */
public record Sample(double x1, double x2, double target1, double target2) {

    public Sample {
        Require.finite("x1", x1);
        Require.finite("x2", x2);
        Require.finite("target1", target1);
        Require.finite("target2", target2);
    }

    /** The slides' example. */
    public static Sample slides() {
        return new Sample(0.1, 0.2, 0.4, 0.6);
    }
}
