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
                        "계산그래프 1: 사과 100원 × 2, 소비세 1.1 — 곱셈노드를 지나는 순전파와 역전파",
                        GraphReports::shopping1),
                new Answer("04-graph", "shopping-2-forward-backward",
                        "계산그래프 2 (역전파 연습문제): 사과 100 × 2, 귤 150 × 3, 소비세 1.1 — 순전파와 역전파",
                        GraphReports::shopping2),
                new Answer("04-graph", "chain-rule",
                        "연쇄법칙(chain rule): x = 2, y = 3에서 z = (x + y)², 손으로, 자동미분으로, 중심 차분으로",
                        GraphReports::chainRule),
                new Answer("04-graph", "autograd-example",
                        "자동미분(Value): 다시 만든 계산그래프 2와 두 번 쓰인 값",
                        GraphReports::autograd));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
