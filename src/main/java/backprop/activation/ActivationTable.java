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

    /** A row of the table. */
    public record Row(double x, double value, double derivative) {}

    /** At most this many rows, so a typo in JShell cannot print a million lines. */
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

    /** The formula, then one line per x: {@code  -3.00  -0.30000000   0.10000000}. */
    public String render() {
        StringBuilder out = new StringBuilder(Activations.describe(function)).append('\n');
        out.append(pad("x", 7)).append(pad("f(x)", 13)).append(pad("f'(x)", 13)).append('\n');
        for (Row row : rows()) {
            out.append(pad(Format.fixed(row.x(), 2), 7))
                    .append(pad(Format.f8(row.value()), 13))
                    .append(pad(Format.f8(row.derivative()), 13)).append('\n');
        }
        if (Activations.hasKinkAtZero(function) && from <= 0 && 0 <= to) {
            out.append("(f'(0): f has a kink at 0 and no derivative there; this is the right-hand slope)\n");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    /** Every function of {@link Activations#all()}, one table each, over −3 … 3 in steps of 0.5. */
    public static String all() {
        StringBuilder out = new StringBuilder();
        for (Activation f : Activations.all()) {
            out.append(out.length() == 0 ? "" : "\n").append(of(f).render());
        }
        return out.toString();
    }

    /** The slides' Leaky ReLU max(0.1x, x) next to ReLU, to show what the slope 0.1 changes. */
    public static String leakyReluExample() {
        return leakyRelu(Activations.SLIDES_LEAKY_SLOPE);
    }

    /** Leaky ReLU with any slope in (0, 1), next to ReLU, over −3 … 3 in steps of 1. */
    public static String leakyRelu(double slope) {
        Activation leaky = Activation.leakyRelu(slope);
        String s = Format.num(slope);
        StringBuilder out = new StringBuilder();
        out.append(Activations.describe(leaky)).append('\n');
        out.append("below 0 ReLU outputs 0 with slope 0; Leaky ReLU lets ").append(s)
                .append("·x through, with slope ").append(s).append(", so the neuron still learns there\n\n");
        out.append(pad("x", 7)).append(pad("ReLU(x)", 13)).append(pad("ReLU'(x)", 13))
                .append(pad("leaky(x)", 13)).append(pad("leaky'(x)", 13)).append('\n');
        for (Row row : of(leaky, -3, 3, 1).rows()) {
            double x = row.x();
            out.append(pad(Format.fixed(x, 2), 7))
                    .append(pad(Format.f8(Activation.RELU.apply(x)), 13))
                    .append(pad(Format.f8(Activation.RELU.derivative(x)), 13))
                    .append(pad(Format.f8(row.value()), 13))
                    .append(pad(Format.f8(row.derivative()), 13)).append('\n');
        }
        out.append("(at the kink x = 0 both derivatives are the right-hand slope 1)\n");
        return out.toString();
    }

    static String pad(String s, int width) {
        return " ".repeat(Math.max(1, width - s.length())) + s;
    }
}
