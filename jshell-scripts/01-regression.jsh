// 1장. 경사하강법(gradient descent)으로 푸는 선형회귀(linear regression)
// 실행: ./companion jshell 1
//   (또는 ./mvnw -q compile 후 jshell --class-path target/classes jshell-scripts/01-regression.jsh)
// 끝난 뒤 jshell 프롬프트에서 data, guess, zero, grid, line1~line3, training, exact, diverging을 직접 만져 볼 수 있다.
// 숫자는 backprop.Format.num이 Locale.ROOT로 만든 문자열이고, formatted(...)에는 %s만 쓴다.
import backprop.regression.*;
import static backprop.Format.*;

var data = Dataset.studyHours();

System.out.println("""
        == 1장. 선형회귀(linear regression)와 경사하강법(gradient descent) ==

        머신러닝(machine learning)의 동작과정은 한 문장으로 요약된다:
          "Find the parameters that minimize the loss" — 손실(loss)을 최소로 만드는 파라미터(parameter)를 찾아라.

        -- 1. 데이터(data): 지도학습(supervised learning)의 회귀(regression) 문제 --
        %s""".formatted(RegressionReports.dataset(data)));

var guess = Line.of(1, 3);
var zero = Line.of(0, 0);

System.out.println("""
        -- 2. 학습 모델(model) y = ax + b: 입력(input) x, 출력(output) y, 학습 매개변수(parameter) a, b --
        아무렇게나 고른 직선: %s
        3시간 공부한 학생의 예측 점수(prediction) ŷ = a·3 + b = %s

        -- 3. 손실 함수(loss function) MSE: L(a, b) = 1/n Σ (a·x + b − y)² --
        어떤 파라미터가 좋은 파라미터? 손실(loss)이 작을수록 좋은 파라미터다.
          %s  →  손실 %s
          %s  →  손실 %s
          %s  →  손실 %s
        """.formatted(guess, num(guess.predict(3)),
                zero, num(Mse.loss(zero, data)),
                guess, num(Mse.loss(guess, data)),
                Line.of(2, 1), num(Mse.loss(Line.of(2, 1), data))));

var grid = GridSearch.search(data, -10, 10, 0.1);

System.out.println("""
        -- 4. 모든 a, b의 조합을 고려하기: 격자 탐색(grid search) --
        a, b를 -10부터 10까지 0.1 간격으로 전부 시험해 본다.
        %s
        파라미터 2개에 손실 계산(loss evaluation) %s번. 파라미터가 늘면 계산비용이 기하급수적으로 커진다.

        -- 5. 경사하강법(gradient descent): W := W − α·∂cost/∂W --
        어떤 초기값(initial value, 여기서는 y = 0x + 0)에서 출발해, 손실이 가장 가파르게 올라가는 방향(기울기)의 반대로 한 걸음씩 내려간다. α는 학습률(learning rate).
        기울기(gradient): ∂L/∂a = 2/n Σ (a·x + b − y)·x,  ∂L/∂b = 2/n Σ (a·x + b − y)
        y = 0x + 0에서의 기울기: %s

        첫 걸음을 숫자와 함께 풀어 쓰면:
        %s""".formatted(grid, num(grid.evaluations()), Mse.gradient(zero, data),
                RegressionReports.step(zero, data, 0.1)));

var line1 = GradientDescent.step(zero, data, 0.1);
var line2 = GradientDescent.step(line1, data, 0.1);
var line3 = GradientDescent.step(line2, data, 0.1);
var training = GradientDescent.train(data, 0.1, 300);

System.out.println("""
        -- 6. 손으로 한 걸음씩(step by hand): line1, line2, line3 --
        1걸음: %s  손실 %s
        2걸음: %s  손실 %s
        3걸음: %s  손실 %s

        -- 7. 학습(training): 300걸음, 학습률(learning rate) α = 0.1 --
        %s
        그림으로 보면: 데이터와 1, 2, 3, 300걸음 뒤의 직선 — 컴패니언에서 /plot regression-fit, jshell에서 backprop.pictures.Pictures.show("regression-fit")
        %s""".formatted(line1, num(Mse.loss(line1, data)),
                line2, num(Mse.loss(line2, data)),
                line3, num(Mse.loss(line3, data)),
                RegressionReports.training(training, 20), backprop.plot.Plots.regressionFit()));

var exact = LeastSquares.fit(data);

System.out.println("""
        -- 8. 정답과 비교: 최소제곱법(least squares)의 닫힌 형태(closed form) --
        %s
        -- 9. 격자 탐색(grid search)과 경사하강법의 비용 비교 --
        %s
        -- 10. 학습률(learning rate)을 바꾸면 --
        %s
        그림으로 보면: 걸음마다 최솟값보다 남은 손실 L − L* — 컴패니언에서 /plot regression-learning-rates, jshell에서 backprop.pictures.Pictures.show("regression-learning-rates")
        α = 0.14는 처음에 느리다: 가파른 방향의 성분이 걸음마다 1 − αλmax배, 곧 부호를 바꾸며 조금씩만 줄어든다.
        %s""".formatted(RegressionReports.versusExact(training, 0, 1, 10, 50, 100, 200, 300),
                RegressionReports.gridSearchCost(data, -10, 10, 0.1, 1, 0.1, 0.01),
                RegressionReports.learningRates(data, 300, 0.001, 0.01, 0.05, 0.1, 0.14, 0.15, 0.2),
                backprop.plot.Plots.regressionLearningRates()));

var diverging = GradientDescent.train(data, 0.2, 300);

System.out.println("""
        -- 11. 학습률이 너무 크면: 발산(divergence) --
        %s
        diverging.diverged() = %s

        == 직접 해 보기 (try it yourself) ==
          System.out.print(RegressionReports.training(GradientDescent.train(data, 0.05, 300), 30));   // 학습률을 줄이면 몇 걸음이 더 필요할까?
          System.out.print(RegressionReports.training(GradientDescent.train(data, Line.of(10, -10), 0.1, 300), 30));  // 다른 초기값(initial value)에서 출발
          var line4 = GradientDescent.step(line3, data, 0.1);                                        // 한 걸음 더
          System.out.print(RegressionReports.training(GradientDescent.train(data, 0.16, 300), 10));   // 한계 2/λmax = %s 바로 위
          GridSearch.evaluationsNeeded(-10, 10, 0.001);                                              // 더 촘촘한 격자(grid)의 비용
          exact;                                                                                     // 최소제곱법(least squares)의 정답 직선
          var mine = Dataset.of("내 데이터", "직접 만든 숫자", new double[] {1, 2, 3}, new double[] {2, 3, 5});
          System.out.print(RegressionReports.leastSquares(mine));""".formatted(
                RegressionReports.training(diverging, 1), diverging.diverged(),
                num(GradientDescent.largestStableLearningRate(data))));
