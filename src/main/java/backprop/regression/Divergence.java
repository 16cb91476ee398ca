package backprop.regression;

import backprop.Format;

/**
 * Why and where a training run stopped early: at {@code step} the loss left the finite
 * numbers or grew past {@code bound}.
 *
 * <p>A too-large learning rate makes each step jump over the valley's bottom to a point higher
 * up the other side; the next jump is longer still, and the loss grows geometrically until
 * the doubles overflow to Infinity and then NaN. Stopping at a bound turns that into one
 * sentence ({@link RegressionReports#diverged}) instead of a table of NaN.
 *
 * @param step  the first step whose loss was out of bounds
 * @param loss  that step's loss (may be Infinity or NaN)
 * @param bound the largest loss still accepted
 */
public record Divergence(int step, double loss, double bound) {

    @Override
    public String toString() {
        return "Divergence[step " + step + ", loss " + Format.num(loss) + ", bound " + Format.num(bound) + "]";
    }
}
