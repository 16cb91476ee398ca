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
                        "07-matrix: 슬라이드의 2-2-2 네트워크를 Affine, 시그모이드, ½ Σ 오차로 쓴 한 걸음, 행렬로 (the slides' step in matrix form)",
                        MatrixReports::slidesStep),
                new Answer("07-matrix", "gradient-check",
                        "07-matrix: 배치의 기울기를 6장의 예제별 기울기, 중앙차분과 비교 (batch gradients against chapter 6's and against central differences)",
                        MatrixReports::gradientCheck),
                new Answer("07-matrix", "output-gradient",
                        "07-matrix: 출력층의 기울기 ∂L/∂z, 시그모이드 + ½ Σ 오차와 소프트맥스 + 교차 엔트로피 (the output gradient under both losses)",
                        MatrixReports::outputGradient),
                new Answer("07-matrix", "training-report",
                        "07-matrix: 6장의 분할에서 미니배치로 학습한 TwoLayerNet, 64-32-10, ReLU, 소프트맥스 + 교차 엔트로피, seed 1 (the training report)",
                        () -> MatrixReports.training(BatchTraining.standard().run())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
