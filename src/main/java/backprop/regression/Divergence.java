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

    /** The one sentence a report prints: "9번째 걸음에서 발산(diverged): 손실 377291.75247272 > 한계 338000". */
    @Override
    public String toString() {
        if (!Double.isFinite(loss)) {
            return step + "번째 걸음에서 발산(diverged): 손실이 넘쳐(overflow) 더 이상 유한한 수가 아니다"
                    + " (한계 " + Format.num(bound) + ")";
        }
        return step + "번째 걸음에서 발산(diverged): 손실 " + Format.num(loss) + " > 한계 " + Format.num(bound);
    }
}
