// 4장 계산그래프(computation graph)와 자동미분(autograd) — JShell 워크스루(walkthrough)
// 실행: ./companion jshell 4
//   (또는 ./mvnw -q compile 후 jshell --class-path target/classes jshell-scripts/04-graph.jsh)
// 끝난 뒤 jshell 프롬프트에서 mulApple, mulTax, shop2, apple, appleCount, orange, orangeCount, tax, paid,
// x, square, tax2를 직접 만져 볼 수 있다.
// 숫자는 backprop.Format(num)이 Locale.ROOT로 만든 문자열이고, formatted(...)에는 %s만 쓴다.
import backprop.graph.*;
import static backprop.Format.*;

var mulApple = new MulNode();
var mulTax = new MulNode();

{
    double appleTotal = mulApple.forward(100, 2);
    double price = mulTax.forward(appleTotal, 1.1);
    Gradients taxStep = mulTax.backward(1);
    Gradients appleStep = mulApple.backward(taxStep.dx());
    System.out.println("""
            === 4장 계산그래프(computation graph) ===
            계산그래프는 복잡한 계산을 단순한 노드(node)들로 분해한다.
            각 노드는 순전파(forward propagation)에서 값을 계산하고, 역전파(backpropagation)에서는 상류(upstream)에서 온
            기울기에 국소적 미분(local derivative)을 곱해 하류(downstream)로 넘긴다.
            역전파는 기울기를 계산하는 과정이다(출력 쪽에서 입력 쪽으로, 연쇄법칙으로). 갱신은 경사하강법(gradient descent)이 한다.

            --- 1. 곱셈노드(multiply node): z = x·y, ∂z/∂x = y, ∂z/∂y = x ---
            계산그래프 1: 사과(apple) 1개 100원, 2개 구매, 소비세(consumption tax) 10%% → × 1.1
            순전파: mulApple.forward(100, 2) = %s, mulTax.forward(%s, 1.1) = %s
              220 뒤에 붙은 아주 작은 오차는 부동소수점(floating point) 때문이다: 1.1은 2진수로 정확히 표현되지 않는다.
            역전파: mulTax.backward(1) = %s, mulApple.backward(%s) = %s
              곱셈노드는 입력을 기억해 두었다가(mulApple.x(), mulApple.y()) 서로 바꿔 곱한다: %s
            """.formatted(num(appleTotal), num(appleTotal), String.valueOf(price),
                    taxStep, String.valueOf(taxStep.dx()), appleStep, mulApple));
}

var shop2 = FruitShopping.slides();

{
    var add = new AddNode();
    System.out.println("""
            --- 2. 계산그래프 1 전체 추적(trace): 값은 슬라이드처럼 소수점 8자리에서 반올림해 표시 ---
            %s
            --- 3. 덧셈노드(add node): z = x + y, ∂z/∂x = 1, ∂z/∂y = 1 ---
            add.forward(200, 450) = %s, add.backward(1.1) = %s
            덧셈노드는 상류(upstream) 기울기를 그대로 양쪽에 흘려보낸다.

            --- 4. 역전파 연습문제(exercise): 계산그래프 2 — 사과 100원 × 2, 귤(orange) 150원 × 3, 소비세 10%% ---
            %s
            shop2.backward(1) = %s

            그림으로 보면: 상자 안은 순전파 값, 화살표 옆은 역전파 기울기 — 컴패니언에서 /plot shopping-2-backward, jshell에서 backprop.pictures.Pictures.show("shopping-2-backward")
            %s
            --- 5. 연쇄법칙(chain rule): z = (x + y)², z = t², t = x + y ---
            %s""".formatted(GraphReports.shopping1(),
                    num(add.forward(200, 450)), add.backward(1.1),
                    GraphReports.shopping2(shop2), shop2.backward(1),
                    backprop.draw.Diagrams.shopping2Backward(),
                    GraphReports.chainRule()));
}

var apple = Value.of(100, "apple price");
var appleCount = Value.of(2, "apple count");
var orange = Value.of(150, "orange price");
var orangeCount = Value.of(3, "orange count");
var tax = Value.of(1.1, "tax");
var paid = apple.times(appleCount).label("apple total").plus(
        orange.times(orangeCount).label("orange total")).label("before tax").times(tax).label("amount paid");

{
    System.out.println("""
            --- 6. 자동미분(autograd): Value가 계산을 하면서 스스로 그래프를 만든다 ---
            순전파: %s""".formatted(paid));
    paid.backward();
    System.out.println("""
            paid.backward() 한 번으로 모든 기울기(gradient)가 채워진다:
              %s
              %s
              %s
              %s
              %s
            그래프 목록(graph listing), 위상 정렬 순서(topological order): 각 노드는 입력 다음에 나온다
            %s""".formatted(apple, appleCount, orange, orangeCount, tax, GraphReports.graph(paid)));
}

var x = Value.of(3, "x");
var square = x.times(x).label("z");

{
    square.backward();
    System.out.println("""
            --- 7. 같은 값을 두 번 사용하면 기울기가 더해진다(gradients accumulate) ---
            z = x × x, x = 3: %s, %s  (∂z/∂x = x + x = 2x)""".formatted(square, x));
    square.backward();
    System.out.println("zeroGrad 없이 backward()를 다시 부르면 기울기가 두 배가 된다(doubles): " + x);
    square.zeroGrad();
    System.out.println("square.zeroGrad() 후: " + x + "\n");
}

var tax2 = Value.of(1.1, "tax");

{
    var appleTaxed = Value.of(100, "apple price").times(Value.of(2, "apple count")).label("apple total").times(tax2).label("apple taxed");
    var orangeTaxed = Value.of(150, "orange price").times(Value.of(3, "orange count")).label("orange total").times(tax2).label("orange taxed");
    var paid2 = appleTaxed.plus(orangeTaxed).label("amount paid");
    paid2.backward();
    System.out.println("""
            --- 8. 한 값이 두 갈래로 쓰일 때(a value used in two branches): 소비세를 과일마다 따로 곱하기 ---
            amount paid = apple total × tax + orange total × tax: %s
            tax는 곱셈노드 두 개에 들어가므로 두 갈래의 기울기가 합쳐진다(200 + 450): %s
            %s
            === 직접 해 보기(try next) ===
              System.out.print(GraphReports.shopping1(new AppleShopping(100, 3, 1.1)));   // 사과를 3개 사면 기울기는 어떻게 바뀔까?
              var shop = new FruitShopping(100, 2, 150, 3, 1.08); shop.forward(); shop.backward(1)   // 소비세 8%%라면 d(tax)는?
              new FruitShopping(100, 2, 150, 3, 1.1).backward(1)   // forward() 없이 backward만 부르면? 곱셈노드가 기억한 입력이 없다
              System.out.print(GraphReports.chainRule(new ChainRule(1, -1)));   // x + y = 0이면 ∂z/∂x = ?
              var w = Value.of(0.5, "w"); var e = w.times(w).exp().label("e"); e.backward(); System.out.print(GraphReports.graph(e));
              System.out.print(GraphReports.autograd());                 // autograd로 다시 만든 계산그래프 2 전체 보고서
              Value.of(-1).log()                                          // 잘못된 입력은 IllegalArgumentException""".formatted(
                    paid2, tax2, GraphReports.graph(paid2)));
}
