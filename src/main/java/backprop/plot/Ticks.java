package backprop.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Round numbers to label an axis with: steps of 1, 2 or 5 times a power of ten, computed in
 * decimal (BigDecimal) so that a tick is 0.3 and never 0.30000000000000004, and written without
 * any locale (a German default locale must not turn 0.5 into 0,5).
 */
final class Ticks {
    private Ticks() {}

    /** About {@code count} round values in [from, to], in increasing order. */
    static List<BigDecimal> linear(double from, double to, int count) {
        double raw = (to - from) / Math.max(1, count);
        int exponent = (int) Math.floor(Math.log10(raw));
        double fraction = raw / Math.pow(10, exponent);
        int nice = fraction <= 1.5 ? 1 : fraction <= 3 ? 2 : fraction <= 7 ? 5 : 10;
        BigDecimal step = BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
        List<BigDecimal> ticks = new ArrayList<>();
        long first = (long) Math.ceil(from / step.doubleValue() - 1e-9);
        for (long k = first; k * step.doubleValue() <= to + 1e-9 * Math.abs(step.doubleValue()); k++) {
            ticks.add(step.multiply(BigDecimal.valueOf(k)));
            if (ticks.size() > 100) {
                break;
            }
        }
        return ticks;
    }

    /** The powers of ten in [from, to] (both &gt; 0). */
    static List<BigDecimal> logarithmic(double from, double to) {
        List<BigDecimal> ticks = new ArrayList<>();
        for (int e = (int) Math.ceil(Math.log10(from) - 1e-9); e <= Math.floor(Math.log10(to) + 1e-9); e++) {
            ticks.add(BigDecimal.ONE.scaleByPowerOfTen(e));
        }
        return ticks;
    }

    /** 0.5, 100, -2, and for powers of ten from 10⁴ up or 10⁻⁴ down 1e4, 1e-6. */
    static String label(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return "0";
        }
        if (v.unscaledValue().abs().equals(java.math.BigInteger.ONE) && (v.scale() >= 4 || v.scale() <= -4)) {
            return (v.signum() < 0 ? "-" : "") + "1e" + (-v.scale());
        }
        return v.toPlainString();
    }
}
