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

    public static final int PIXELS = 64;
    public static final int CLASSES = 10;
    private static final String RESOURCE = "/backprop/digits/digits.csv.gz";

    /** One image and its label, as stored. */
    public record Digit(int[] pixels, int label) {
        public Digit {
            if (pixels == null || pixels.length != PIXELS) {
                throw new IllegalArgumentException("pixels must hold " + PIXELS + " values, got "
                        + (pixels == null ? "null" : pixels.length));
            }
            if (label < 0 || label >= CLASSES) {
                throw new IllegalArgumentException("label must be between 0 and 9, got " + label);
            }
            pixels = pixels.clone();
        }

        /**
         * The network's view: pixels scaled to [0, 1] (the sigmoid works best with small inputs),
         * and the label as ten targets, 1 for the right digit and 0 for the others ("one-hot").
         */
        public Example toExample() {
            double[] input = new double[PIXELS];
            for (int i = 0; i < PIXELS; i++) {
                input[i] = pixels[i] / 16.0;
            }
            double[] target = new double[CLASSES];
            target[label] = 1;
            return new Example(input, target);
        }

        /** The image in the terminal, two characters a pixel, darker for more ink. */
        public String picture() {
            String shades = " ░▒▓█";
            StringBuilder s = new StringBuilder();
            for (int row = 0; row < 8; row++) {
                for (int col = 0; col < 8; col++) {
                    char c = shades.charAt(Math.min(4, (pixels[row * 8 + col] + 3) / 4));
                    s.append(c).append(c);
                }
                s.append('\n');
            }
            return s.toString();
        }

        @Override
        public String toString() {
            return "Digit[" + label + "]";
        }
    }

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
            for (int i = 0; i < PIXELS; i++) {
                pixels[i] = Integer.parseInt(cells[i].strip());
            }
            digits.add(new Digit(pixels, Integer.parseInt(cells[PIXELS].strip())));
        }
        return digits;
    }

    /** The network's examples for a list of digits. */
    public static List<Example> examples(List<Digit> digits) {
        Require.notNull("digits", digits);
        return digits.stream().map(Digit::toExample).toList();
    }
}
