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
                        "슬라이드의 활성화 함수마다 x, f(x), f'(x), x = -3 … 3",
                        ActivationReports::all),
                new Answer("03-activation", "leaky-relu-slope-0.1",
                        "슬라이드의 Leaky ReLU max(0.1x, x)와 ReLU",
                        ActivationReports::leakyReluExample),
                new Answer("03-activation", "derivative-check",
                        "모든 derivative()와 중심 차분의 비교, 그리고 꺾이는 점의 왼쪽 기울기",
                        ActivationReports::derivativeCheck),
                new Answer("03-activation", "maxout-example",
                        "Maxout max(w1ᵀx + b1, w2ᵀx + b2): 값, 이긴 조각, 기울기",
                        ActivationReports::maxoutExample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
