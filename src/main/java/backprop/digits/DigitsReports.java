package backprop.digits;

import static backprop.Format.num;

import java.util.List;
import java.util.Locale;

import backprop.Format;
import backprop.Require;
import backprop.Table;

/**
 * Chapter 6's printed outputs in one place: the training report with its confusion matrix, the
 * progress line of an epoch, the digits as pictures, and the benchmark's result. The walkthrough,
 * the answer key and {@code ./companion digits} call these.
 */
public final class DigitsReports {
    private DigitsReports() {}

    /** How many images the first-digits answer draws. */
    public static final int FIRST_DIGITS = 10;

    /** Everything, for reading and for the answer key: settings, epochs, confusion matrix. */
    public static String training(DigitTraining.Result result) {
        Require.notNull("result", result);
        DigitTraining s = result.settings();
        Split split = result.split();
        List<DigitTraining.Epoch> epochs = result.epochs();
        StringBuilder out = new StringBuilder();
        out.append("data: 1,797 handwritten digits, 8×8 pixels (UCI \"Optical Recognition of Handwritten Digits\", CC BY 4.0)\n");
        out.append("split (seed ").append(s.seed()).append("): ").append(split.train().size())
           .append(" images to train on, ").append(split.test().size()).append(" kept for testing\n");
        out.append("network: 64-").append(s.hidden()).append("-10, sigmoid, E = ½ Σ (target − output)², α = ")
           .append(Format.num(s.learningRate())).append(", batches of ").append(s.batchSize()).append('\n');
        out.append('\n');
        for (DigitTraining.Epoch e : epochs) {
            out.append(epochLine(e, s.epochs())).append('\n');
        }
        out.append('\n').append("test accuracy after ").append(epochs.size()).append(" epochs: ")
           .append(Format.percent(result.testAccuracy())).append('\n');
        out.append("\nconfusion on the test set (row: the digit, column: what the network read)\n");
        out.append(confusion(result.confusion()));
        return out.toString();
    }

    /** A confusion matrix: row t, column p holds how often digit t was read as p; a dot for none. */
    public static String confusion(int[][] counts) {
        Require.notNull("counts", counts);
        if (counts.length != Digits.CLASSES) {
            throw new IllegalArgumentException("counts must have " + Digits.CLASSES + " rows, got " + counts.length);
        }
        for (int t = 0; t < counts.length; t++) {
            if (Require.notNull("counts[" + t + "]", counts[t]).length != Digits.CLASSES) {
                throw new IllegalArgumentException("counts[" + t + "] must have length " + Digits.CLASSES + ", got "
                        + counts[t].length);
            }
        }
        String[] header = new String[Digits.CLASSES + 1];
        header[0] = "";
        for (int p = 0; p < Digits.CLASSES; p++) {
            header[p + 1] = String.valueOf(p);
        }
        Table table = Table.of(header).indent("   ");
        for (int t = 0; t < Digits.CLASSES; t++) {
            String[] row = new String[Digits.CLASSES + 1];
            row[0] = String.valueOf(t);
            for (int p = 0; p < Digits.CLASSES; p++) {
                row[p + 1] = counts[t][p] == 0 ? "·" : String.valueOf(counts[t][p]);
            }
            table.row(row);
        }
        return table.toString();
    }

    /** The part of the report from the test accuracy on: what {@code ./companion digits} ends with. */
    public static String summary(DigitTraining.Result result) {
        String report = training(result);
        return report.substring(report.indexOf("test accuracy after"));
    }

    /** A progress line: epoch {@code number} of {@code of}, loss and accuracies. */
    public static String epochLine(DigitTraining.Epoch e, int of) {
        Require.notNull("epoch", e);
        return String.format(Locale.ROOT, "epoch %2d/%d  loss %s  train %s  test %s", e.number(), of, num(e.loss()),
                Format.percent(e.trainAccuracy()), Format.percent(e.testAccuracy()));
    }

    /** The image in the terminal, two characters a pixel, darker for more ink. */
    public static String picture(Digit digit) {
        Require.notNull("digit", digit);
        String shades = " ░▒▓█";
        StringBuilder s = new StringBuilder();
        for (int row = 0; row < Digits.SIDE; row++) {
            for (int column = 0; column < Digits.SIDE; column++) {
                // 0 ink is blank, 1–4 the lightest shade, …, 13–16 a full block.
                char c = shades.charAt((digit.pixel(row, column) + 3) / 4);
                s.append(c).append(c);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The first {@link #FIRST_DIGITS} images of the data set with their labels. */
    public static String firstDigits() {
        StringBuilder s = new StringBuilder();
        List<Digit> digits = Digits.load();
        for (int n = 0; n < FIRST_DIGITS; n++) {
            s.append("image ").append(n).append(": label ").append(digits.get(n).label()).append('\n')
             .append(picture(digits.get(n)));
        }
        return s.toString();
    }

    /** What the benchmark measures, printed before it starts. */
    public static String benchmarkSetup(DigitTraining settings, int samples, int cores) {
        Require.notNull("settings", settings);
        return "benchmark: 64-" + settings.hidden() + "-10 sigmoid network, batches of " + settings.batchSize()
                + ", " + samples + " training images per epoch, " + cores + " cores";
    }

    /** The benchmark's medians: throughput of both trainers, their ratio, and the time to 95%. */
    public static String benchmark(Benchmark.Result r) {
        Require.notNull("result", r);
        StringBuilder out = new StringBuilder();
        out.append("throughput, one epoch (median of ").append(Benchmark.ROUNDS).append(" after ")
           .append(Benchmark.WARM_UP_EPOCHS).append(" warm-up epochs):\n");
        out.append(Table.of("trainer", "samples/s").left(0).indent("  ")
                .row("readable Mlp", Format.num(Math.round(r.readableRate())))
                .row("FastTrainer (double[])", Format.num(Math.round(r.fastRate()))));
        // A measured ratio or time: two or three decimals are all the measurement holds.
        out.append("  the readable trainer takes ").append(Format.num(Math.round(100 * r.fastRate() / r.readableRate()) / 100.0))
           .append("× the fast loop's time\n");
        out.append("  test accuracy after these epochs: readable Mlp ").append(Format.percent(r.readableAccuracy()))
           .append(", FastTrainer ").append(Format.percent(r.fastAccuracy())).append('\n');
        out.append("time to ").append(Format.percent(Benchmark.TARGET_ACCURACY)).append(" test accuracy (readable Mlp, seed ")
           .append(r.settings().seed()).append(", median of ").append(Benchmark.RUNS_TO_TARGET).append(" runs): ")
           .append(Format.num(Math.round(1000 * r.secondsToTarget()) / 1000.0)).append(" s, ")
           .append(r.epochsToTarget()).append(" epochs\n");
        return out.toString();
    }
}
