package backprop.plot;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;
import backprop.draw.Pictures;

/**
 * The terminal plots and decision maps of every chapter, approved in
 * {@code answers/NN-chapter/picture-*.approved.txt}.
 */
public class PlotsApprovalTest {

    public static List<Answer> answers() {
        return Pictures.all().stream()
                .filter(p -> !p.chapter().equals("04-graph") && !p.name().startsWith("network"))
                .map(p -> new Answer(p.chapter(), "picture-" + p.name(), p.description(), p.drawing()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
