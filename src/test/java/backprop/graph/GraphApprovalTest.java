package backprop.graph;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;

public class GraphApprovalTest {

    public static List<Answer> answers() {
        return List.of(
                new Answer("04-graph", "shopping-1-forward-backward",
                        "계산그래프 1: apples 100 won × 2, tax 1.1 — forward and backward through multiply nodes",
                        GraphReports::shopping1),
                new Answer("04-graph", "shopping-2-forward-backward",
                        "계산그래프 2 (역전파 연습문제): apples 100 × 2, oranges 150 × 3, tax 1.1 — forward and backward",
                        GraphReports::shopping2),
                new Answer("04-graph", "chain-rule",
                        "연쇄법칙(chain rule): z = (x + y)² at x = 2, y = 3, by hand, by autograd, by central difference",
                        GraphReports::chainRule),
                new Answer("04-graph", "autograd-example",
                        "Autograd (Value): 계산그래프 2 rebuilt, and values used twice",
                        GraphReports::autograd));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
