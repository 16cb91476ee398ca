package backprop.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;

import backprop.Format;

/** How a drawing writes a number. */
final class Numbers {
    private Numbers() {}

    /**
     * Rounded to the slides' 8 decimals first: 1.1 × 3 is 3.3000000000000003 in binary floating
     * point and is drawn as the slides' 3.3, 200 × 1.1 as 220. A number that then has at most
     * four decimals is written as the slides write given data (0.25, 715, 2.2); any other keeps
     * all eight, as the slides write computed values (0.60944600, not 0.609446).
     */
    static String shown(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        BigDecimal rounded = BigDecimal.valueOf(x).setScale(8, RoundingMode.HALF_EVEN);
        return rounded.stripTrailingZeros().scale() <= 4 ? Format.num(rounded.doubleValue()) : Format.f8(x);
    }
}
