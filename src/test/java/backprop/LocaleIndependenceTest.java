package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A German, Turkish or Korean default locale must not change one character of the answer key:
 * decimal commas, dotless i and localized digits are the usual ways it would.
 */
// It changes process-wide state (System.out, user.home or the default locale): nothing runs beside it.
@Isolated
class LocaleIndependenceTest {
    private static final Locale ORIGINAL = Locale.getDefault();

    static List<Answer> allAnswers() {
        List<Answer> all = new ArrayList<>();
        all.addAll(backprop.regression.RegressionApprovalTest.answers());
        all.addAll(backprop.perceptron.PerceptronApprovalTest.answers());
        all.addAll(backprop.activation.ActivationApprovalTest.answers());
        all.addAll(backprop.graph.GraphApprovalTest.answers());
        all.addAll(backprop.mlp.MlpApprovalTest.answers());
        all.addAll(backprop.digits.DigitsApprovalTest.answers());
        all.addAll(backprop.matrix.MatrixApprovalTest.answers());
        all.addAll(backprop.pictures.PicturesApprovalTest.answers());
        return all;
    }

    @AfterEach
    void restore() {
        Locale.setDefault(ORIGINAL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de-DE", "tr-TR", "ko-KR"})
    void answerKeyIsTheSameUnder(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        for (Answer answer : allAnswers()) {
            assertEquals(Answers.approvedText(answer), answer.text(), () -> answer + " under " + tag);
        }
    }
}
