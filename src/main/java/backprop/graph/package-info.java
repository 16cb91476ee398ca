/**
 * Chapter 4, 오차역전파법과 계산그래프 (backpropagation and computation graphs): the slides'
 * shopping examples as nodes wired by hand, the chain rule, and a small autograd engine.
 *
 * <p>Reading order: {@link backprop.graph.MulNode} (곱셈노드: the inputs swapped) →
 * {@link backprop.graph.AddNode} (덧셈노드: the gradient passed on) → {@link backprop.graph.Gradients}
 * → {@link backprop.graph.AppleShopping} (계산그래프 1) → {@link backprop.graph.FruitShopping}
 * (계산그래프 2, the slides' 역전파 연습문제) → {@link backprop.graph.ChainRule} (연쇄법칙) →
 * {@link backprop.graph.Value} (the graph records itself; one backward() gives every gradient) →
 * {@link backprop.graph.AutogradExample} (계산그래프 2 again, and a value used twice).
 *
 * <p>Then the printing: {@link backprop.graph.GraphReports} (the chapter's traces, reports and
 * the graph listing) and {@link backprop.graph.GraphExercises} (exercises 4.1 and 4.2).
 */
package backprop.graph;
