package backprop.draw;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;

/**
 * The computation-graph drawings and their DOT text (chapters 4 and 5), approved in
 * {@code answers/04-graph/picture-*.approved.txt} and {@code answers/05-mlp/picture-*.approved.txt}.
 */
public class DrawingsApprovalTest {

    public static List<Answer> answers() {
        return Pictures.all().stream()
                .filter(p -> p.chapter().equals("04-graph") || p.name().startsWith("network"))
                .map(p -> new Answer(p.chapter(), "picture-" + p.name(), p.description(), p.drawing()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
