// 연습문제 4.2 — 제곱노드의 역전파 (the backward pass of a square node z = t²)
//
// 슬라이드의 연쇄법칙(chain rule) 예 z = (x + y)²는 덧셈노드 t = x + y와 제곱노드 z = t²로 나뉩니다.
// 덧셈노드는 AddNode가 맡습니다. 곱셈노드(MulNode)처럼 forward에서 입력을 기억했다가 backward에서 쓰는
// 제곱노드(square node)를 완성하세요: forward(t)는 z = t²를 돌려주고, backward(dz)는 상류(upstream)
// 기울기 dz = ∂L/∂z를 받아 ∂L/∂t = dz × (국소적 미분 ∂z/∂t)를 돌려줍니다.
// 제곱노드 위에는 곱셈노드가 하나 더 있습니다: L = c × z. 그래서 backward가 받는 dz는 늘 1이 아니라 c입니다.
// 출력은 세 점 (x, y)와 c에서 여러분의 노드로 구한 ∂L/∂x, ∂L/∂y를 c · 2(x + y) 및 자동미분(autograd)과 비교합니다.
//
// TODO를 모두 채운 뒤 채점하세요:   ./companion grade 4.2    (또는: ./mvnw -q -Pgrade verify -Dexercise=4.2)
// 출력은 GraphExercises.printSquareNode가 맡습니다. 여러분이 만들 것은 노드뿐입니다.

import backprop.graph.*;

class SquareNode {
    double t; // forward가 backward를 위해 기억해 두는 입력

    double forward(double t) {
        this.t = t;
        return 0; // TODO 1: z = t²
    }

    double backward(double dz) {
        return 0; // TODO 2: ∂L/∂t = dz × ∂z/∂t, forward가 기억한 t로
    }
}

var square = new SquareNode();
GraphExercises.printSquareNode(square::forward, square::backward);
