// 연습문제 4.2 — 제곱노드의 역전파 (the backward pass of a square node z = t²)
//
// 슬라이드의 연쇄법칙(chain rule) 예 z = (x + y)² 는 덧셈노드 t = x + y 와 제곱노드 z = t² 로 나뉩니다.
// 덧셈노드는 AddNode가 맡습니다. 곱셈노드(MulNode)처럼 forward에서 입력을 기억했다가 backward에서 쓰는
// 제곱노드(square node)를 완성하세요: forward(t)는 z = t²를 돌려주고, backward(dz)는 상류(upstream)
// 기울기 dz = ∂L/∂z를 받아 ∂L/∂t = dz × (국소적 미분 ∂z/∂t)를 돌려줍니다.
// 출력은 세 점 (x, y)에서 여러분의 노드로 구한 ∂z/∂x, ∂z/∂y를 2(x + y) 및 자동미분(autograd)과 비교합니다.
//
// Finish the square node (forward remembers t, backward returns dz × ∂z/∂t); the helper runs it
// in the graph z = (x + y)² at three points. Fill in every TODO, then grade it:
//   ./companion grade 4.2    (or: mvn -q -Pgrade verify -Dexercise=4.2)
// The printing is done for you by GraphExercises.printSquareNode; only the node is yours.

import backprop.graph.*;

class SquareNode {
    double t; // the input, remembered by forward for backward

    double forward(double t) {
        this.t = t;
        return 0; // TODO 1: z = t²
    }

    double backward(double dz) {
        return 0; // TODO 2: ∂L/∂t = dz × ∂z/∂t, with the t remembered by forward
    }
}

var square = new SquareNode();
GraphExercises.printSquareNode(square::forward, square::backward);
