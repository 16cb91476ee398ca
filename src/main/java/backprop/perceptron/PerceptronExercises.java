package backprop.perceptron;

import backprop.Format;
import backprop.Require;

/**
 * Printing helpers for chapter 2's exercises. They fix the output's format, so that grading
 * compares what the student's perceptrons compute, not the weights they chose: many weights
 * make the same gate, and every one of them is a right answer.
 */
public final class PerceptronExercises {
    private PerceptronExercises() {}

    /** Exercise 2.1: the gate's name and its truth table; the weights are left out on purpose. */
    public static void printGate(String name, Perceptron gate) {
        Require.notNull("name", name);
        Require.notNull("gate", gate);
        System.out.print(name + "\n" + gate.truthTable() + "\n");
    }

    /** Exercise 2.2, part 1: the slides' construction and the table's header. */
    public static void printXorHeaderNandOr() {
        System.out.println("XOR, the slides' way: s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2)");
        System.out.println("x1 x2 s1 s2 y");
    }

    /** Exercise 2.2, part 2: the other construction and the table's header. */
    public static void printXorHeaderAndNot() {
        System.out.println();
        System.out.println("XOR, another way: s1 = x1 AND NOT x2, s2 = NOT x1 AND x2, y = OR(s1, s2)");
        System.out.println("x1 x2 s1 s2 y");
    }

    /** Exercise 2.2: one row of the table, as the slides print it: {@code 1 0 1 1 1}. */
    public static void printXorRow(double x1, double x2, double s1, double s2, double y) {
        System.out.println(Format.num(x1) + " " + Format.num(x2) + " " + Format.num(s1) + " "
                + Format.num(s2) + " " + Format.num(y));
    }
}
