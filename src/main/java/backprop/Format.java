package backprop;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Number formatting shared by every chapter.
 *
 * <p>Everything goes through {@link Locale#ROOT}: a Korean, German or Turkish default locale
 * must not change one character of an approved output.
 */
public final class Format {
    private Format() {}

    /** The slides' form for computed values: eight decimals, e.g. {@code 0.51998934}. */
    public static String f8(double x) {
        return fixed(x, 8);
    }

    /** {@code x} with exactly {@code decimals} digits after the point. */
    public static String fixed(double x, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0, got " + decimals);
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        // -0.00000000 reads as a sign error to a student; it is zero.
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** Scientific form with four significant digits, e.g. {@code 3.441e-05}: for values spanning many decades. */
    public static String sci(double x) {
        return String.format(Locale.ROOT, "%.3e", x);
    }

    /**
     * Given data as the slides write it: {@code 0.3}, {@code 0.25}, {@code 2}, {@code 100}.
     * A value with more than eight decimals (a computed one) falls back to {@link #f8}.
     */
    public static String num(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        BigDecimal exact = BigDecimal.valueOf(x).stripTrailingZeros();
        if (exact.scale() > 8) {
            return f8(x);
        }
        if (exact.signum() == 0) {
            return "0";
        }
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }
}
