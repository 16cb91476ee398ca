package backprop.regression;

import backprop.Answer;
import backprop.Answers;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

public class RegressionApprovalTest {

    public static List<Answer> answers() {
        return List.of(
                new Answer("01-regression", "dataset", "The chapter's dataset: study hours and quiz scores (made up)",
                        RegressionReports::dataset),
                new Answer("01-regression", "gd-first-step", "One gradient-descent step from y = 0x + 0, written out",
                        RegressionReports::firstStep),
                new Answer("01-regression", "gd-training", "Gradient descent, 300 steps with learning rate 0.1",
                        RegressionReports::training),
                new Answer("01-regression", "gd-vs-exact", "Gradient descent against the exact least-squares fit",
                        RegressionReports::versusExact),
                new Answer("01-regression", "learning-rates", "The same 300 steps with learning rates from 0.001 to 0.2",
                        RegressionReports::learningRates),
                new Answer("01-regression", "grid-search-cost", "What trying every (a, b) costs, against gradient descent",
                        RegressionReports::gridSearchCost),
                new Answer("01-regression", "divergence", "A too-large learning rate (0.2) diverges",
                        RegressionReports::divergence));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
