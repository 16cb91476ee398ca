package backprop.regression;

import backprop.Format;

/**
 * What a brute-force grid search found, and what it cost.
 *
 * @param best        the grid point with the smallest loss
 * @param loss        its loss
 * @param evaluations how many times the loss was computed
 * @param resolution  the grid's step h
 */
public record GridResult(Line best, double loss, long evaluations, double resolution) {

    @Override
    public String toString() {
        return "GridResult[best " + best + ", loss " + Format.num(loss) + ", " + evaluations
                + " loss evaluations at step " + Format.num(resolution) + "]";
    }
}
