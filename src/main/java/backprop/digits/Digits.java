package backprop.digits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import backprop.Require;
import backprop.mlp.Example;

/**
 * The handwritten digits: 1,797 images of 8×8 pixels, each pixel a count from 0 to 16, with the
 * digit they show. Source and licence: {@code src/main/resources/backprop/digits/README.md}.
 */
public final class Digits {
    private Digits() {}

    /** An image is SIDE × SIDE pixels. */
    public static final int SIDE = 8;
    public static final int PIXELS = SIDE * SIDE;
    /** The most ink a pixel holds: each is a count from 0 to 16. */
    public static final int MAX_INK = 16;
    /** The ten digits 0 to 9. */
    public static final int CLASSES = 10;
    private static final String RESOURCE = "/backprop/digits/digits.csv.gz";

    /** Every digit of the data set, in the file's order. */
    public static List<Digit> load() {
        try (InputStream raw = Digits.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the data set " + RESOURCE + " is not on the class path");
            }
            return parse(new GZIPInputStream(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<Digit> parse(InputStream csv) throws IOException {
        List<Digit> digits = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells.length != PIXELS + 1) {
                throw new IllegalArgumentException("line " + lineNumber + " must have " + (PIXELS + 1)
                        + " values, got " + cells.length);
            }
            int[] pixels = new int[PIXELS];
            try {
                for (int i = 0; i < PIXELS; i++) {
                    pixels[i] = Integer.parseInt(cells[i].strip());
                }
                digits.add(new Digit(pixels, Integer.parseInt(cells[PIXELS].strip())));
            } catch (IllegalArgumentException e) {
                // a cell that is no number, or a pixel or label out of range: say where
                throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return digits;
    }

    /** The network's examples for a list of digits. */
    public static List<Example> examples(List<Digit> digits) {
        Require.notNull("digits", digits);
        return digits.stream().map(Digit::toExample).toList();
    }
}
