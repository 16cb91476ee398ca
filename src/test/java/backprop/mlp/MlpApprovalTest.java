package backprop.mlp;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answer;
import backprop.Answers;

public class MlpApprovalTest {

    public static List<Answer> answers() {
        return List.of(
                new Answer("05-mlp", "slides-trace",
                        "05-mlp: the slides' 2-2-2 network, one forward pass, backward stages 1 and 2, the update, and the forward pass again",
                        MlpReports::slidesTrace),
                new Answer("05-mlp", "gradient-check",
                        "05-mlp: the hand-derived gradients against autograd and central differences",
                        MlpReports::gradientCheck),
                new Answer("05-mlp", "weight-movement",
                        "05-mlp: homework — which weights move most in each epoch (slides' network, learning rate 0.5)",
                        MlpReports::weightMovement),
                new Answer("05-mlp", "learning-rate-tuning",
                        "05-mlp: homework — E_total over the epochs for several learning rates (slides' network)",
                        MlpReports::learningRateTuning),
                new Answer("05-mlp", "xor-training",
                        "05-mlp: a 2-2-1 sigmoid network learns XOR from a seeded start",
                        MlpReports::xorTraining),
                new Answer("05-mlp", "symmetric-weights",
                        "05-mlp: what equal initial weights do (the slides: weights must not be symmetric)",
                        MlpReports::symmetry));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
