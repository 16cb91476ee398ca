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
                        "05-mlp: 슬라이드의 2-2-2 네트워크: 순전파, 역전파 1·2단계(기울기 계산), 경사하강법 갱신, 다시 순전파 (the slides' worked example)",
                        MlpReports::slidesTrace),
                new Answer("05-mlp", "gradient-check",
                        "05-mlp: 손으로 유도한 기울기와 자동미분(autograd), 중앙차분(central differences)의 비교 (gradient check)",
                        MlpReports::gradientCheck),
                new Answer("05-mlp", "weight-movement",
                        "05-mlp: 과제 2 — 에폭마다 많이 움직이는 가중치, 슬라이드의 네트워크, 학습률 0.5 (which weights move most)",
                        MlpReports::weightMovement),
                new Answer("05-mlp", "learning-rate-tuning",
                        "05-mlp: 과제 2 — 학습률마다 에폭별 E_total, 슬라이드의 네트워크 (tuning the learning rate)",
                        MlpReports::learningRateTuning),
                new Answer("05-mlp", "xor-training",
                        "05-mlp: seed로 정한 출발점에서 XOR를 배우는 2-2-1 시그모이드 네트워크 (a general MLP learns XOR)",
                        MlpReports::xorTraining),
                new Answer("05-mlp", "symmetric-weights",
                        "05-mlp: 모두 같은 초기 가중치로 시작한 학습, 슬라이드의 참고사항 \"가중치가 대칭이면 안 된다\" (symmetric weights)",
                        MlpReports::symmetry));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void approved(Answer answer) {
        Answers.verify(answer);
    }
}
