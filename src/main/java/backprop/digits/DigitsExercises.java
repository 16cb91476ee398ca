package backprop.digits;

import static backprop.Format.num;

import java.util.Locale;

import backprop.Columns;
import backprop.Require;
import backprop.Table;

/**
 * Printing helpers for chapter 6's exercises. They fix the output's format, so that grading
 * compares what a student counted or trained, not the way it was printed.
 */
public final class DigitsExercises {
    private DigitsExercises() {}

    /** Exercise 6.1: per digit, how many test images the network read right, and all of them together. */
    public static void printAccuracy(int[] right, int[] total) {
        System.out.print(accuracyTable(right, total));
    }

    static String accuracyTable(int[] right, int[] total) {
        checkCounts("right", right);
        checkCounts("total", total);
        for (int d = 0; d < Digits.CLASSES; d++) {
            if (right[d] > total[d]) {
                throw new IllegalArgumentException("right[" + d + "] must not exceed total[" + d + "] (" + total[d]
                        + "), got " + right[d]);
            }
        }
        Table table = Table.of("숫자", "맞힌 수", "이미지 수", "정확도");
        int allRight = 0;
        int all = 0;
        for (int d = 0; d < Digits.CLASSES; d++) {
            table.row(String.valueOf(d), String.valueOf(right[d]), String.valueOf(total[d]), accuracy(right[d], total[d]));
            allRight += right[d];
            all += total[d];
        }
        table.row("전체", String.valueOf(allRight), String.valueOf(all), accuracy(allRight, all));
        return table + "틀린 이미지: " + (all - allRight) + "\n";
    }

    /** An empty count (the untouched skeleton) has no accuracy: a dash, not a division by zero. */
    private static String accuracy(int right, int total) {
        return total == 0 ? "—" : backprop.Format.percent((double) right / total);
    }

    private static void checkCounts(String name, int[] counts) {
        Require.notNull(name, counts);
        if (counts.length != Digits.CLASSES) {
            throw new IllegalArgumentException(name + " must have length " + Digits.CLASSES + ", got " + counts.length);
        }
        for (int d = 0; d < counts.length; d++) {
            if (counts[d] < 0) {
                throw new IllegalArgumentException(name + "[" + d + "] must be at least 0, got " + counts[d]);
            }
        }
    }

    /** Exercise 6.2: the header of the batch-size table. */
    public static void printBatchHeader(int epochs) {
        System.out.print(batchHeader(epochs));
    }

    static String batchHeader(int epochs) {
        Require.positive("epochs", epochs);
        return "64-32-10 시그모이드 네트워크, 가중치와 섞는 순서는 seed 1, 실험마다 " + epochs + " 에폭\n"
                + Columns.padLeft("배치 크기", 10) + "  " + Columns.padLeft("α", 4) + "  " + Columns.padLeft("걸음 수", 6)
                + "   " + Columns.padLeft("시험 정확도", 13) + "\n";
    }

    /**
     * Exercise 6.2: one run's row. {@code steps} is how many times the weights were updated, and
     * {@code testAccuracy} the share of the test set read right, from 0 to 1.
     */
    public static void printBatchRow(int batchSize, double learningRate, int steps, double testAccuracy) {
        System.out.print(batchRow(batchSize, learningRate, steps, testAccuracy));
    }

    static String batchRow(int batchSize, double learningRate, int steps, double testAccuracy) {
        Require.positive("batchSize", batchSize);
        Require.positiveFinite("learningRate", learningRate);
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be at least 0, got " + steps);
        }
        if (!(testAccuracy >= 0 && testAccuracy <= 1)) {
            throw new IllegalArgumentException("testAccuracy must be a share between 0 and 1, got " + testAccuracy);
        }
        return String.format(Locale.ROOT, "%10d  %4s  %6d   %13s", batchSize, num(learningRate), steps,
                backprop.Format.percent(testAccuracy)) + "\n";
    }
}
