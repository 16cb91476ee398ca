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
                        () -> DigitTraining.standard().run().report()),
                new Answer("06-digits", "first-digits",
                        "06-digits: the first ten images of the data set, as the terminal draws them",
                        DigitsApprovalTest::firstDigits));
    }

    static String firstDigits() {
        StringBuilder s = new StringBuilder();
        List<Digit> digits = Digits.load();
        for (int n = 0; n < 10; n++) {
            s.append("image ").append(n).append(": label ").append(digits.get(n).label()).append('\n')
             .append(digits.get(n).picture());
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
