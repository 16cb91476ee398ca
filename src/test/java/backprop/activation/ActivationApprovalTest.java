package backprop.activation;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;

public class ActivationApprovalTest {

    public static List<Answer> answers() {
        return List.of(
                new Answer("03-activation", "activation-table",
                        "x, f(x) and f'(x) of every activation function on the slides, x = -3 … 3",
                        ActivationReports::all),
                new Answer("03-activation", "leaky-relu-slope-0.1",
                        "Leaky ReLU max(0.1x, x) as on the slides, next to ReLU",
                        ActivationReports::leakyReluExample),
                new Answer("03-activation", "derivative-check",
                        "Every derivative() against the central difference, and the right-hand slope at the kink",
                        ActivationReports::derivativeCheck),
                new Answer("03-activation", "maxout-example",
                        "Maxout max(w1ᵀx + b1, w2ᵀx + b2): value, winning piece and gradient",
                        ActivationReports::maxoutExample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
