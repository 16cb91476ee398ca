package backprop.regression;

import backprop.Format;

/**
 * Why and where a training run stopped early: at {@code step} the loss left the finite
 * numbers or grew past {@code bound}.
 *
 * <p>A too-large learning rate makes each step jump over the valley's bottom to a point higher
 * up the other side; the next jump is longer still, and the loss grows geometrically until
 * the doubles overflow to Infinity and then NaN. Stopping at a bound turns that into one
 * sentence instead of a table of NaN.
 *
 * @param step  the first step whose loss was out of bounds
 * @param loss  that step's loss (may be Infinity or NaN)
 * @param bound the largest loss still accepted
 */
public record Divergence(int step, double loss, double bound) {

    /** The one sentence a report prints: "diverged at step 9: loss 377291.75247272 grew past 338000". */
    @Override
    public String toString() {
        if (!Double.isFinite(loss)) {
            return "diverged at step " + step + ": the loss overflowed and is no longer a finite number"
                    + " (bound " + Format.num(bound) + ")";
        }
        return "diverged at step " + step + ": loss " + Format.num(loss) + " grew past " + Format.num(bound);
    }
}
