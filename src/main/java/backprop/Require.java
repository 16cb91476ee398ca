package backprop;

/**
 * Argument checks whose messages name the parameter and the value, so that a student who
 * passes a wrong argument in JShell learns which one and why.
 */
public final class Require {
    private Require() {}

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
        return value;
    }

    public static double positiveFinite(String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
        }
        return value;
    }

    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    public static double[] allFinite(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be a finite number, got " + values[i]);
            }
        }
        return values;
    }

    public static double[] length(String name, double[] values, int expected) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length != expected) {
            throw new IllegalArgumentException(
                    name + " must have length " + expected + ", got " + values.length);
        }
        return values;
    }

    /** At least one value: an empty list of inputs, rates or points is always a mistake here. */
    public static double[] nonEmpty(String name, double[] values) {
        notNull(name, values);
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one value, got 0");
        }
        return values;
    }

    public static int[] nonEmpty(String name, int[] values) {
        notNull(name, values);
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one value, got 0");
        }
        return values;
    }

    public static <T> T[] nonEmpty(String name, T[] values) {
        notNull(name, values);
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one value, got 0");
        }
        return values;
    }

    public static <T extends java.util.Collection<?>> T nonEmpty(String name, T values) {
        notNull(name, values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one value, got 0");
        }
        return values;
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
