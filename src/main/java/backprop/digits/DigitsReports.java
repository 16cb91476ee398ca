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
        out.append("데이터(data): 손글씨 숫자 1,797장, 8×8 픽셀 (UCI \"Optical Recognition of Handwritten Digits\", CC BY 4.0)\n");
        out.append("나누기(split, seed ").append(s.seed()).append("): 훈련 ").append(split.train().size())
           .append("장, 시험 ").append(split.test().size()).append("장\n");
        out.append("네트워크(network): 64-").append(s.hidden()).append("-10, 시그모이드, E = ½ Σ (target − output)², α = ")
           .append(Format.num(s.learningRate())).append(", 배치 ").append(s.batchSize()).append("장\n");
        out.append('\n');
        for (DigitTraining.Epoch e : epochs) {
            out.append(epochLine(e, s.epochs())).append('\n');
        }
        out.append('\n').append(SUMMARY_START).append(epochs.size()).append(" 에폭 뒤): ")
           .append(Format.percent(result.testAccuracy())).append('\n');
        out.append("\n시험 집합의 혼동 행렬(confusion matrix): 행은 실제 숫자, 열은 네트워크가 읽은 숫자\n");
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

    /** How the report's summary line starts: {@link #summary} cuts the report there. */
    private static final String SUMMARY_START = "시험 정확도(test accuracy, ";

    /** The part of the report from the test accuracy on: what {@code ./companion digits} ends with. */
    public static String summary(DigitTraining.Result result) {
        String report = training(result);
        return report.substring(report.indexOf(SUMMARY_START));
    }

    /** A progress line: epoch {@code number} of {@code of}, loss and accuracies. */
    public static String epochLine(DigitTraining.Epoch e, int of) {
        Require.notNull("epoch", e);
        return String.format(Locale.ROOT, "에폭 %2d/%d  손실 %s  훈련 %s  시험 %s", e.number(), of, num(e.loss()),
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
            s.append("이미지 ").append(n).append(": 레이블 ").append(digits.get(n).label()).append('\n')
             .append(picture(digits.get(n)));
        }
        return s.toString();
    }

    /** What the benchmark measures, printed before it starts. */
    public static String benchmarkSetup(DigitTraining settings, int samples, int cores) {
        Require.notNull("settings", settings);
        return "벤치마크(benchmark): 64-" + settings.hidden() + "-10 시그모이드 네트워크, 배치 " + settings.batchSize()
                + "장, 에폭마다 훈련 이미지 " + samples + "장, 코어 " + cores + "개";
    }

    /** The benchmark's medians: throughput of both trainers, their ratio, and the time to 95%. */
    public static String benchmark(Benchmark.Result r) {
        Require.notNull("result", r);
        StringBuilder out = new StringBuilder();
        out.append("처리량(throughput), 한 에폭: 워밍업(warm-up) ").append(Benchmark.WARM_UP_EPOCHS)
           .append(" 에폭 뒤 ").append(Benchmark.ROUNDS).append("번 잰 중앙값(median)\n");
        out.append(Table.of("트레이너", "이미지/초").left(0).indent("  ")
                .row("읽기 쉬운 Mlp", Format.num(Math.round(r.readableRate())))
                .row("FastTrainer (double[])", Format.num(Math.round(r.fastRate()))));
        // A measured ratio or time: two or three decimals are all the measurement holds.
        out.append("  읽기 쉬운 Mlp는 빠른 루프의 ").append(Format.num(Math.round(100 * r.fastRate() / r.readableRate()) / 100.0))
           .append("배 시간이 걸린다\n");
        out.append("  잰 에폭들 뒤의 시험 정확도: 읽기 쉬운 Mlp ").append(Format.percent(r.readableAccuracy()))
           .append(", FastTrainer ").append(Format.percent(r.fastAccuracy())).append('\n');
        out.append("시험 정확도 ").append(Format.percent(Benchmark.TARGET_ACCURACY)).append("까지 걸린 시간 (읽기 쉬운 Mlp, seed ")
           .append(r.settings().seed()).append(", ").append(Benchmark.RUNS_TO_TARGET).append("번의 중앙값): ")
           .append(Format.num(Math.round(1000 * r.secondsToTarget()) / 1000.0)).append("초, ")
           .append(r.epochsToTarget()).append(" 에폭\n");
        return out.toString();
    }
}
