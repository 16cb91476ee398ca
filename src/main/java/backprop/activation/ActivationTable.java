package backprop.activation;

import java.util.ArrayList;
import java.util.List;

import backprop.Format;
import backprop.Require;

/**
 * A table of x, f(x) and f'(x) over an interval: the numbers behind the slides' plots.
 *
 * <p>Rows are computed as from + i·step (never by adding step repeatedly, which would drift),
 * up to and including {@code to}.
 */
public record ActivationTable(Activation function, double from, double to, double step) {

    /** A row of the table: x, f(x) and f'(x). */
    public record Row(double x, double value, double derivative) {
        @Override
        public String toString() {
            return "Row[x = " + Format.num(x) + ", f(x) = " + Format.num(value) + ", f'(x) = " + Format.num(derivative) + "]";
        }
    }

    /** At most this many rows, so a typo in JShell cannot ask for a million of them. */
    public static final int MAX_ROWS = 10_000;

    public ActivationTable {
        Require.notNull("function", function);
        Require.finite("from", from);
        Require.finite("to", to);
        Require.positiveFinite("step", step);
        if (to < from) {
            throw new IllegalArgumentException("to must be at least from = " + from + ", got " + to);
        }
        if ((to - from) / step + 1 > MAX_ROWS) {
            throw new IllegalArgumentException("step must give at most " + MAX_ROWS + " rows from "
                    + from + " to " + to + ", got " + step);
        }
    }

    /** f over −3 … 3 in steps of 0.5. */
    public static ActivationTable of(Activation function) {
        return new ActivationTable(function, -3, 3, 0.5);
    }

    public static ActivationTable of(Activation function, double from, double to, double step) {
        return new ActivationTable(function, from, to, step);
    }

    public List<Row> rows() {
        // The 1e-9 keeps "to" itself when (to − from) / step is a whole number up to rounding.
        int count = (int) Math.floor((to - from) / step + 1e-9) + 1;
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double x = from + i * step;
            rows.add(new Row(x, function.apply(x), function.derivative(x)));
        }
        return rows;
    }

    /** {@code ActivationTable[sigmoid, x = -3 … 3 in steps of 0.5, 13 rows]}; the table itself is {@link ActivationReports#table}. */
    @Override
    public String toString() {
        return "ActivationTable[" + function.name() + ", x = " + Format.num(from) + " … " + Format.num(to)
                + " in steps of " + Format.num(step) + ", " + rows().size() + " rows]";
    }
}
