package backprop.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with right-aligned columns, for the chapter's reports. Package-private:
 * students see its output, not its API.
 */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private int leftAligned = -1;

    Table(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    /** Words read better left-aligned; numbers line up on the right. */
    Table leftAlign(int column) {
        this.leftAligned = column;
        return this;
    }

    Table row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row must have " + columns + " cells, got " + cells.length);
        }
        rows.add(cells);
        return this;
    }

    @Override
    public String toString() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String padding = " ".repeat(widths[c] - row[c].length());
                line.append("  ").append(c == leftAligned ? row[c] + padding : padding + row[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
