package backprop.regression;

import backprop.Answer;
import backprop.Answers;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

public class RegressionApprovalTest {

    public static List<Answer> answers() {
        return List.of(
                new Answer("01-regression", "dataset", "이 장의 데이터: 공부 시간과 퀴즈 점수 (만든 숫자)",
                        RegressionReports::dataset),
                new Answer("01-regression", "gd-first-step", "y = 0x + 0에서 경사하강법 한 걸음, 숫자를 모두 풀어 쓴 것",
                        RegressionReports::firstStep),
                new Answer("01-regression", "gd-training", "학습률 0.1로 300걸음 가는 경사하강법",
                        RegressionReports::training),
                new Answer("01-regression", "gd-vs-exact", "경사하강법과 최소제곱법의 정확한 답 비교",
                        RegressionReports::versusExact),
                new Answer("01-regression", "learning-rates", "학습률 0.001부터 0.2까지, 같은 300걸음",
                        RegressionReports::learningRates),
                new Answer("01-regression", "grid-search-cost", "모든 (a, b)를 시험하는 비용과 경사하강법",
                        RegressionReports::gridSearchCost),
                new Answer("01-regression", "divergence", "너무 큰 학습률(0.2)의 발산",
                        RegressionReports::divergence));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
