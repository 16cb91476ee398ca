package backprop.matrix;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;

public class MatrixApprovalTest {

    public static List<Answer> answers() {
        return List.of(
                new Answer("07-matrix", "slides-step",
                        "07-matrix: the slides' 2-2-2 network written with Affine, sigmoid and ½ Σ error, one step in matrix form",
                        MatrixReports::slidesStep),
                new Answer("07-matrix", "gradient-check",
                        "07-matrix: batch gradients against chapter 6's per-example gradients and against central differences",
                        MatrixReports::gradientCheck),
                new Answer("07-matrix", "output-gradient",
                        "07-matrix: the output gradient ∂L/∂z under sigmoid + ½ Σ error and under softmax + cross-entropy",
                        MatrixReports::outputGradient),
                new Answer("07-matrix", "training-report",
                        "07-matrix: a TwoLayerNet (64-32-10, ReLU, softmax + cross-entropy) trained in mini-batches on chapter 6's split, seed 1",
                        () -> MatrixReports.training(BatchTraining.standard().run())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
