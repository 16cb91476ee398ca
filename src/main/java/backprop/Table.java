package backprop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one plain-text table of the project: a header row, then rows of cells, in columns two
 * spaces apart.
 *
 * <p>A column of numbers lines up on the decimal point, so that {@code 0.5} and
 * {@code 0.51998934} from {@link Format#num} still read as one column; other cells are
 * right-aligned, or left-aligned in the columns named by {@link #left}. Widths are display
 * columns ({@link Columns}), so a Korean header keeps its column straight. Trailing spaces are
 * removed from every line.
 */
public final class Table {
    /** A plain decimal as {@link Format} writes it, possibly signed, with a unit or suffix such as %. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?%?");

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] leftAligned;
    private String indent = "";

    private Table(String[] header) {
        this.header = header.clone();
        this.leftAligned = new boolean[header.length];
    }

    /** A table with these column headings. */
    public static Table of(String... header) {
        Require.nonEmpty("header", header);
        for (int c = 0; c < header.length; c++) {
            Require.notNull("header[" + c + "]", header[c]);
        }
        return new Table(header);
    }

    /** Words read better left-aligned: these columns (counted from 0) are. */
    public Table left(int... columns) {
        for (int c : columns) {
            if (c < 0 || c >= header.length) {
                throw new IllegalArgumentException("column must be between 0 and " + (header.length - 1) + ", got " + c);
            }
            leftAligned[c] = true;
        }
        return this;
    }

    /** Every line starts with this, e.g. two spaces for a table inside a report. */
    public Table indent(String indent) {
        this.indent = Require.notNull("indent", indent);
        return this;
    }

    /** One row; it must have one cell per heading. */
    public Table row(String... cells) {
        Require.notNull("cells", cells);
        if (cells.length != header.length) {
            throw new IllegalArgumentException("row must have " + header.length + " cells, got " + cells.length
                    + ": " + Arrays.toString(cells));
        }
        for (int c = 0; c < cells.length; c++) {
            Require.notNull("cells[" + c + "]", cells[c]);
        }
        rows.add(cells.clone());
        return this;
    }

    /** The rows so far, without the header. */
    public int size() {
        return rows.size();
    }

    @Override
    public String toString() {
        int columns = header.length;
        int[] integerWidth = new int[columns];  // numbers: columns left of the point
        int[] fractionWidth = new int[columns]; // numbers: the point and what follows
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = Columns.of(header[c]);
        }
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                if (!leftAligned[c] && NUMBER.matcher(row[c]).matches()) {
                    integerWidth[c] = Math.max(integerWidth[c], integerPart(row[c]).length());
                    fractionWidth[c] = Math.max(fractionWidth[c], row[c].length() - integerPart(row[c]).length());
                } else {
                    width[c] = Math.max(width[c], Columns.of(row[c]));
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            width[c] = Math.max(width[c], integerWidth[c] + fractionWidth[c]);
        }
        StringBuilder out = new StringBuilder();
        out.append(line(header, width, null, null));
        for (String[] row : rows) {
            out.append(line(row, width, integerWidth, fractionWidth));
        }
        return out.toString();
    }

    private String line(String[] cells, int[] width, int[] integerWidth, int[] fractionWidth) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (c > 0) {
                line.append("  ");
            }
            if (leftAligned[c]) {
                line.append(Columns.padRight(cell, width[c]));
            } else if (integerWidth != null && NUMBER.matcher(cell).matches()) {
                // On the decimal point: the integer part right-aligned, the fraction padded after.
                String integer = integerPart(cell);
                String aligned = " ".repeat(integerWidth[c] - integer.length()) + cell
                        + " ".repeat(fractionWidth[c] - (cell.length() - integer.length()));
                line.append(Columns.padLeft(aligned, width[c]));
            } else {
                line.append(Columns.padLeft(cell, width[c]));
            }
        }
        return line.toString().stripTrailing() + "\n";
    }

    /** What stands before the decimal point, or before the exponent or unit of a whole number. */
    private static String integerPart(String number) {
        int end = 0;
        while (end < number.length() && (Character.isDigit(number.charAt(end)) || (end == 0
                && (number.charAt(0) == '-' || number.charAt(0) == '+')))) {
            end++;
        }
        return number.substring(0, end);
    }
}
