package backprop.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every exercise of every chapter, in the order of the chapters. */
public final class ExerciseCatalog {
    private ExerciseCatalog() {}

    private static final List<Exercise> ALL = List.of(
            // 1 — linear regression (exercises 1.x go here)

            // 2 — perceptron (exercises 2.x go here)

            // 3 — activation functions (exercises 3.x go here)

            // 4 — computation graph (exercises 4.x go here)

            // 5 — MLP backpropagation
            new Exercise("5.1", "05-mlp", "hidden-gradient",
                    "은닉층의 기울기 (the hidden-layer gradient) ∂E_total/∂h1, ∂E_total/∂h2, ∂E_total/∂w1…w4",
                    "h1 feeds z3 = w5·h1 + w6·h2 and z4 = w7·h1 + w8·h2, so ∂E_total/∂h1 = ∂E_total/∂z3 × w5 + "
                            + "∂E_total/∂z4 × w7. Then ∂h1/∂z1 = h1 × (1 − h1) (sigmoid 미분) and ∂z1/∂w1 = x1. "
                            + "Compare with answers/05-mlp/slides-trace.approved.txt, backward stage 2."),
            new Exercise("5.2", "05-mlp", "tuning",
                    "과제: 학습률 튜닝과 가장 많이 움직이는 가중치 (tuning the learning rate; which weight moves most)",
                    "One epoch is w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate). For the "
                            + "weight that moved most, compare Math.abs(w.get(i) − start.get(i)) for i = 1…8 and keep "
                            + "the largest. Chapter 5's weight-movement answer tells you which layer to expect."),
            new Exercise("5.3", "05-mlp", "symmetric-weights",
                    "대칭 가중치 (symmetric weights): h1과 h2가 끝까지 같은가",
                    "One epoch is w = BackwardPass.of(ForwardPass.of(w, sample)).update(learningRate). At a "
                            + "checkpoint, take forward = ForwardPass.of(w, sample) and backward = BackwardPass.of(forward): "
                            + "h1 is forward.h1(), ∂E_total/∂h1 is backward.dEdh1(). Epoch 0's h1 is in "
                            + "answers/05-mlp/symmetric-weights.approved.txt.")
    );

    public static List<Exercise> all() {
        return ALL;
    }

    /** An exercise by its id ({@code 5.1}) or its full name ({@code 5.1-hidden-gradient}). */
    public static Optional<Exercise> find(String idOrName) {
        String wanted = idOrName.strip();
        return ALL.stream().filter(e -> e.id().equals(wanted) || e.name().equals(wanted)).findFirst();
    }

    /** The exercises of one chapter. */
    public static List<Exercise> ofChapter(int chapter) {
        List<Exercise> result = new ArrayList<>();
        for (Exercise e : ALL) {
            if (e.chapterNumber() == chapter) {
                result.add(e);
            }
        }
        return result;
    }
}
