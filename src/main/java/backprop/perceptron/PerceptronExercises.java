package backprop.perceptron;

/**
 * Printing helpers for chapter 2's exercises. They fix the output's format (the text comes from
 * {@link PerceptronReports}), so that grading compares what the student's perceptrons compute,
 * not the weights they chose: many weights make the same gate, and every one of them is a right
 * answer.
 */
public final class PerceptronExercises {
    private PerceptronExercises() {}

    /** Exercise 2.1: the gate's name and its truth table; the weights are left out on purpose. */
    public static void printGate(String name, Perceptron gate) {
        System.out.print(PerceptronReports.exerciseGate(name, gate));
    }

    /** Exercise 2.2, part 1: the slides' construction and the table's header. */
    public static void printXorHeaderNandOr() {
        System.out.print(PerceptronReports.xorHeaderNandOr());
    }

    /** Exercise 2.2, part 2: the other construction and the table's header. */
    public static void printXorHeaderAndNot() {
        System.out.print(PerceptronReports.xorHeaderAndNot());
    }

    /** Exercise 2.2: one row of the table, as the slides print it: {@code 1 0 1 1 1}. */
    public static void printXorRow(double x1, double x2, double s1, double s2, double y) {
        System.out.print(PerceptronReports.xorRow(x1, x2, s1, s2, y));
    }
}
