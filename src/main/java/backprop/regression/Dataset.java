package backprop.regression;

import backprop.Format;
import backprop.Require;

import java.util.Arrays;
import java.util.Objects;

/**
 * Pairs (x, y) to fit a line to: the "data" of supervised learning, with a name and a sentence
 * saying where the numbers come from, so that every printout can say it too.
 *
 * <p>The arrays are copied in and out: a record's arrays would otherwise stay writable by
 * whoever holds them, and a dataset that changes under a training run is a bug nobody finds.
 *
 * @param name   a short name, printed above tables
 * @param source where the numbers come from (made up, measured, …)
 * @param xs     the inputs x
 * @param ys     the targets y, one per input
 */
public record Dataset(String name, String source, double[] xs, double[] ys) {

    public Dataset {
        Require.notNull("name", name);
        Require.notNull("source", source);
        Require.allFinite("xs", xs);
        Require.allFinite("ys", ys);
        Require.nonEmpty("xs", xs);
        Require.length("ys", ys, xs.length);
        xs = xs.clone();
        ys = ys.clone();
    }

    public static Dataset of(String name, String source, double[] xs, double[] ys) {
        return new Dataset(name, source, xs, ys);
    }

    /**
     * The chapter's dataset: five students' study hours and quiz scores. The numbers are made
     * up so that the least-squares line is exactly y = 2x + 1 with MSE exactly 0.8: the points
     * scatter around that line by −1, 0 or +1 point, with residuals that sum to zero and are
     * uncorrelated with x (the two conditions that make 2x + 1 the best line).
     */
    public static Dataset studyHours() {
        return new Dataset(
                "공부 시간과 퀴즈 점수",
                "이 장을 위해 만든 숫자. 학생 다섯 명의 공부 시간 x와 10점 만점의 퀴즈 점수 y,"
                        + " 최선의 직선이 정확히 y = 2x + 1이 되도록 골랐다",
                new double[] {0, 1, 2, 3, 4},
                new double[] {1, 4, 4, 6, 10});
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset d && name.equals(d.name) && source.equals(d.source)
                && Arrays.equals(xs, d.xs) && Arrays.equals(ys, d.ys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, source, Arrays.hashCode(xs), Arrays.hashCode(ys));
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + size() + " points, xs=" + numbers(xs) + ", ys=" + numbers(ys) + "]";
    }

    private static String numbers(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Format.num(values[i]));
        }
        return out.append(']').toString();
    }
}
