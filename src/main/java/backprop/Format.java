package backprop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one rule for showing a number, shared by every chapter, every report and every drawing.
 *
 * <p>The slides write a number in one of two forms. Given data and results that come out exact
 * are short: 0.3, 0.25, 100, 2.2, 220, and z1 = 0.08. Every other computed value has eight
 * decimals: h1 = 0.51998934, w5⁺ = 0.43703857. {@link #num} follows them: it rounds to the
 * slides' eight decimals, and a value that then has at most {@value #SHORT_DECIMALS} decimals is
 * written short; any other keeps all eight. Rounding first also hides binary floating point's
 * noise: 1.1 × 3 is 3.3000000000000003 as a double and is shown as the slides' 3.3.
 *
 * <p>Values that span many decades (errors that fall to 1e-17, central-difference errors) are
 * shown by {@link #sci}, and shares (an accuracy) by {@link #percent}. Nothing else formats a
 * number for the reader.
 *
 * <p>Everything goes through {@link Locale#ROOT}: a Korean, German or Turkish default locale
 * must not change one character of an approved output.
 */
public final class Format {
    private Format() {}

    /** A value rounded to eight decimals with at most this many left is written short. */
    public static final int SHORT_DECIMALS = 4;

    /**
     * The slides' form: {@code 0.08}, {@code 220}, {@code 2.2}, {@code -0.5}, but {@code 0.51998934}.
     * Never {@code -0}: a negative zero reads as a sign error to a student.
     */
    public static String num(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        BigDecimal rounded = BigDecimal.valueOf(x).setScale(8, RoundingMode.HALF_EVEN);
        BigDecimal shortest = rounded.stripTrailingZeros();
        if (shortest.signum() == 0) {
            return "0";
        }
        if (shortest.scale() <= SHORT_DECIMALS) {
            return shortest.scale() < 0 ? shortest.setScale(0).toPlainString() : shortest.toPlainString();
        }
        return rounded.toPlainString();
    }

    /** Scientific form with four significant digits, e.g. {@code 3.441e-05}: for values spanning many decades. */
    public static String sci(double x) {
        return String.format(Locale.ROOT, "%.3e", x);
    }

    /** A share in [0, 1] as a percentage with two decimals: 0.96378 → {@code 96.38%}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
