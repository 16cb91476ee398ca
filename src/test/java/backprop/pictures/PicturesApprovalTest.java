package backprop.pictures;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;

/**
 * Every terminal picture of the catalog (computation graphs, their DOT text, plots and decision
 * maps), approved in its chapter's folder as {@code answers/NN-topic/picture-<name>.approved.txt}.
 */
public class PicturesApprovalTest {

    public static List<Answer> answers() {
        return Pictures.all().stream()
                .map(p -> new Answer(p.chapter(), "picture-" + p.name(), p.description(), p.drawing()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
