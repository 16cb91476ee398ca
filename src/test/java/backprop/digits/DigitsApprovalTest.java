package backprop.digits;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;

public class DigitsApprovalTest {

    public static List<Answer> answers() {
        return List.of(
                new Answer("06-digits", "training-report",
                        "06-digits: 손글씨 숫자로 학습한 5장의 네트워크, 64-32-10, 시그모이드, ½ Σ 오차, seed 1 (the training report)",
                        () -> DigitsReports.training(DigitTraining.standard().run())),
                new Answer("06-digits", "first-digits",
                        "06-digits: 데이터의 첫 이미지 10장, 터미널이 그린 그림 (the first ten images)",
                        DigitsReports::firstDigits));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
