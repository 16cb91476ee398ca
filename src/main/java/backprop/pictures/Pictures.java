package backprop.pictures;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import backprop.Columns;
import backprop.Require;
import backprop.activation.Activation;
import backprop.activation.Activations;
import backprop.draw.Diagrams;
import backprop.plot.Plots;

/**
 * Every terminal picture of the course by name: the computation-graph drawings of
 * {@link Diagrams} and the plots of {@link Plots}. A {@code /plot NAME} command or a
 * walkthrough looks a picture up here; a student types {@code Pictures.show("shopping-2-backward")}
 * in JShell, or {@code Pictures.list()} to see the names.
 */
public final class Pictures {
    private Pictures() {}

    /**
     * One picture: its name (as typed after {@code /plot}), the chapter folder it belongs to,
     * what it shows, and the call that draws it.
     */
    public record Picture(String name, String chapter, String description, Supplier<String> drawing) {
        public Picture {
            Require.notNull("name", name);
            Require.notNull("chapter", chapter);
            Require.notNull("description", description);
            Require.notNull("drawing", drawing);
        }

        /** Draws it. */
        public String text() {
            return drawing.get();
        }
    }

    /** Every picture, in the order of the chapters. */
    public static List<Picture> all() {
        List<Picture> all = new ArrayList<>();
        all.add(new Picture("regression-fit", "01-regression",
                "데이터와, 경사하강법 1·2·3·300걸음 뒤의 직선", Plots::regressionFit));
        all.add(new Picture("regression-loss", "01-regression",
                "경사하강법 처음 50걸음의 손실 (로그 눈금)", Plots::regressionLoss));
        all.add(new Picture("regression-learning-rates", "01-regression",
                "학습률 다섯 개의 걸음마다 최솟값보다 남은 손실 L − L* (α = 0.2에서 발산)", Plots::regressionLearningRates));
        all.add(new Picture("and-map", "02-perceptron",
                "AND 퍼셉트론이 1을 내는 영역과 네 입력", Plots::andDecisionMap));
        all.add(new Picture("or-map", "02-perceptron",
                "OR 퍼셉트론이 1을 내는 영역과 네 입력", Plots::orDecisionMap));
        all.add(new Picture("perceptron-xor-map", "02-perceptron",
                "퍼셉트론 학습 규칙이 끝내 풀지 못한 XOR: 직선 하나로는 모자란다", Plots::perceptronXorDecisionMap));
        all.add(new Picture("xor-map", "02-perceptron",
                "XOR = AND(NAND, OR): 두 직선 사이의 띠", Plots::xorDecisionMap));
        all.add(new Picture("activations", "03-activation",
                "시그모이드, tanh, ReLU, Leaky ReLU, ELU를 한 그림에", Plots::activations));
        all.add(new Picture("derivatives", "03-activation",
                "그 함수들의 미분을 한 그림에", Plots::derivatives));
        all.add(new Picture("activation-grid", "03-activation",
                "활성화 함수마다 함수와 미분을 작은 그림으로 나란히", Plots::activationGrid));
        for (Activation f : Activations.all()) {
            String slug = f.name().toLowerCase(Locale.ROOT).replace(' ', '-');
            all.add(new Picture("activation-" + slug, "03-activation",
                    f.formula() + ", 그리고 그 미분", () -> Plots.activation(f)));
        }
        all.add(new Picture("shopping-1-forward", "04-graph",
                "계산그래프 1의 순전파: 사과 100원 × 2, 소비세 × 1.1 → 220", Diagrams::shopping1Forward));
        all.add(new Picture("shopping-1-backward", "04-graph",
                "계산그래프 1의 역전파: 간선 위의 기울기 2.2, 110, 200", Diagrams::shopping1Backward));
        all.add(new Picture("shopping-2-forward", "04-graph",
                "계산그래프 2의 순전파: 200, 450, 650, 715", Diagrams::shopping2Forward));
        all.add(new Picture("shopping-2-backward", "04-graph",
                "계산그래프 2의 역전파: 간선 위의 기울기 2.2, 110, 3.3, 165, 650", Diagrams::shopping2Backward));
        all.add(new Picture("shopping-2-backward-dot", "04-graph",
                "계산그래프 2의 역전파를 Graphviz DOT로 (dot -Tsvg)", Diagrams::shopping2BackwardDot));
        all.add(new Picture("chain-rule", "04-graph",
                "z = (x + y)²를 t = x + y, z = t²로 나눈 그래프, x = 2, y = 3에서의 역전파", Diagrams::chainRule));
        all.add(new Picture("network", "05-mlp",
                "2-2-2 네트워크: 화살표 위는 가중치, 상자 안은 z, h, o", Diagrams::network));
        all.add(new Picture("network-backward", "05-mlp",
                "2-2-2 네트워크와 화살표 위의 ∂E_total/∂wi", Diagrams::networkBackward));
        all.add(new Picture("network-dot", "05-mlp",
                "2-2-2 네트워크의 Graphviz DOT", Diagrams::networkDot));
        all.add(new Picture("network-backward-dot", "05-mlp",
                "기울기가 붙은 2-2-2 네트워크의 Graphviz DOT", Diagrams::networkBackwardDot));
        all.add(new Picture("network-autograd", "05-mlp",
                "같은 네트워크를 자동미분 그래프 하나로, 이름 붙은 값마다 상자 하나", Diagrams::networkAutograd));
        all.add(new Picture("mlp-learning-rates", "05-mlp",
                "과제의 학습률마다 에폭별 E_total (로그 눈금)", Plots::mlpLearningRates));
        all.add(new Picture("weight-movement", "05-mlp",
                "10 에폭 동안 각 가중치가 움직인 거리: w5–w8이 가장 많이", Plots::weightMovement));
        all.add(new Picture("xor-loss", "05-mlp",
                "XOR를 배우는 2-2-1 네트워크: 2000 에폭 동안의 손실", Plots::xorLoss));
        all.add(new Picture("mlp-xor-map", "05-mlp",
                "학습된 2-2-1 네트워크가 평면 위에 내는 출력", Plots::mlpXorDecisionMap));
        return all;
    }

    /** The names, one a line, each with what it shows. */
    public static String list() {
        StringBuilder out = new StringBuilder();
        String chapter = "";
        for (Picture p : all()) {
            if (!p.chapter().equals(chapter)) {
                chapter = p.chapter();
                out.append(chapter).append('\n');
            }
            String line = "  " + Columns.padRight(p.name(), 26) + " " + p.description();
            if (Columns.of(line) <= 80) {
                out.append(line).append('\n');
            } else {
                out.append("  ").append(p.name()).append('\n');
                for (String part : Columns.wrap(p.description(), 72).split("\n")) {
                    out.append("      ").append(part.strip()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The names only, for completion. */
    public static List<String> names() {
        return all().stream().map(Picture::name).toList();
    }

    /** The picture called {@code name}, drawn. */
    public static String get(String name) {
        Require.notNull("name", name);
        for (Picture p : all()) {
            if (p.name().equals(name)) {
                return p.text();
            }
        }
        throw new IllegalArgumentException("name must be one of the pictures in Pictures.list(), got \"" + name + "\"");
    }

    /** Prints the picture called {@code name} in UTF-8, whatever the platform's default charset. */
    public static void show(String name) {
        String text = get(name);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(text);
        out.flush();
    }
}
