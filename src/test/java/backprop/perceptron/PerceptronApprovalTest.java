package backprop.perceptron;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;

public class PerceptronApprovalTest {

    public static List<Answer> answers() {
        return List.of(
                new Answer("02-perceptron", "gates-truth-tables",
                        "AND, NAND and OR as single TLUs with hand-set weights", PerceptronReports::gates),
                new Answer("02-perceptron", "xor-table",
                        "XOR = AND(NAND, OR): the slides' table x1 x2 s1 s2 y",
                        PerceptronReports::xorTable),
                new Answer("02-perceptron", "learning-and",
                        "Perceptron learning rule on AND (learning rate 0.5, zero start): converges",
                        () -> PerceptronReports.learning(TrainingData.and())),
                new Answer("02-perceptron", "learning-or",
                        "Perceptron learning rule on OR (learning rate 0.5, zero start): converges",
                        () -> PerceptronReports.learning(TrainingData.or())),
                new Answer("02-perceptron", "learning-xor",
                        "Perceptron learning rule on XOR (learning rate 0.5, zero start): never converges",
                        () -> PerceptronReports.learning(TrainingData.xor())),
                new Answer("02-perceptron", "perceptron-as-linear-regression",
                        "A perceptron with the identity activation is linear regression y = ax + b",
                        PerceptronReports::asRegression));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
