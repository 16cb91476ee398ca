package backprop.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import backprop.Columns;

/**
 * Puts axes around a grid of plot cells: tick labels on the left and below, ┤ and ┬ marks where
 * they point, the y axis label above and the x axis label to the right of the ticks.
 */
final class Frame {
    private Frame() {}

    /**
     * @param cells  rows of the plot area, top first; null is an empty cell
     * @param logY   whether y is drawn on a logarithmic scale (ticks at powers of ten)
     */
    static List<String> around(String[][] cells, double x0, double x1, double y0, double y1, boolean logY,
                               String xLabel, String yLabel) {
        int rows = cells.length;
        int columns = cells[0].length;
        String[] rowLabels = new String[rows];
        List<BigDecimal> yTicks = logY ? Ticks.logarithmic(y0, y1) : Ticks.linear(y0, y1, Math.max(3, rows / 3));
        for (BigDecimal tick : yTicks) {
            double v = logY ? Math.log10(tick.doubleValue()) : tick.doubleValue();
            double lo = logY ? Math.log10(y0) : y0;
            double hi = logY ? Math.log10(y1) : y1;
            int row = (int) Math.round((hi - v) / (hi - lo) * (rows * 4 - 1)) / 4;
            if (row >= 0 && row < rows && rowLabels[row] == null) {
                rowLabels[row] = Ticks.label(tick);
            }
        }
        int labelWidth = 1;
        for (String label : rowLabels) {
            if (label != null) {
                labelWidth = Math.max(labelWidth, Columns.of(label));
            }
        }
        List<String> out = new ArrayList<>();
        if (!yLabel.isEmpty()) {
            out.add(" ".repeat(Math.max(0, labelWidth - 1)) + yLabel);
        }
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            line.append(Columns.padLeft(rowLabels[r] == null ? "" : rowLabels[r], labelWidth)).append(' ');
            line.append(rowLabels[r] == null ? '│' : '┤');
            for (String cell : cells[r]) {
                line.append(cell == null ? " " : cell);
            }
            out.add(line.toString().stripTrailing());
        }
        // The x axis: a tick mark under each round value, its label centred below if it fits.
        char[] axis = new char[columns];
        java.util.Arrays.fill(axis, '─');
        char[] labels = new char[columns + labelWidth + 2 + 12];
        java.util.Arrays.fill(labels, ' ');
        int lastEnd = -1;
        for (BigDecimal tick : Ticks.linear(x0, x1, Math.max(3, columns / 12))) {
            int column = (int) Math.round((tick.doubleValue() - x0) / (x1 - x0) * (columns * 2 - 1)) / 2;
            if (column < 0 || column >= columns) {
                continue;
            }
            axis[column] = '┬';
            String label = Ticks.label(tick);
            int start = labelWidth + 2 + column - (label.length() - 1) / 2;
            if (start > lastEnd + 1 && start + label.length() <= labels.length) {
                label.getChars(0, label.length(), labels, start);
                lastEnd = start + label.length() - 1;
            }
        }
        out.add(" ".repeat(labelWidth + 1) + "└" + new String(axis));
        String tickLine = new String(labels).stripTrailing();
        if (!xLabel.isEmpty()) {
            int room = labelWidth + 2 + columns - Columns.of(xLabel);
            tickLine = tickLine.length() + 2 <= room ? Columns.padRight(tickLine, room) + xLabel
                    : tickLine + "\n" + " ".repeat(Math.max(0, room)) + xLabel;
        }
        out.add(tickLine);
        return out;
    }
}
