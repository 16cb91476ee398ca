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
                        "06-digits: the chapter-5 network (64-32-10, sigmoid, ½ Σ error) trained on the handwritten digits, seed 1",
                        () -> DigitsReports.training(DigitTraining.standard().run())),
                new Answer("06-digits", "first-digits",
                        "06-digits: the first ten images of the data set, as the terminal draws them",
                        DigitsReports::firstDigits));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
