package backprop.mlp;

import backprop.Require;

/**
 * The backward pass (역전파) of the 2-2-2 network by the chain rule, exactly as the slides derive
 * it: it computes ∂E_total/∂w for every weight and changes none of them (the update is gradient
 * descent's, {@link #update}). Field names spell the derivatives: {@code dEdo1} is ∂E_total/∂o1,
 * {@code dEo2dh1} is ∂E_o2/∂h1, {@code dEdz3} is δ3 = ∂E_total/∂z3, and so on.
 *
 * <p>Stage 1 gives the output weights w5–w8 through δ3 and δ4. Stage 2 gives the hidden weights
 * w1–w4 through δ1 and δ2; it uses the old w5–w8, because the error reached h1 and h2 through the
 * weights the forward pass used.
 */
public record BackwardPass(ForwardPass forward,
                           // stage 1: output layer
                           double dEdo1, double dEdo2, double do1dz3, double do2dz4,
                           double dEdz3, double dEdz4,
                           double dEdw5, double dEdw6, double dEdw7, double dEdw8,
                           // stage 2: hidden layer
                           double dEo1dh1, double dEo2dh1, double dEdh1,
                           double dEo1dh2, double dEo2dh2, double dEdh2,
                           double dh1dz1, double dh2dz2, double dEdz1, double dEdz2,
                           double dEdw1, double dEdw2, double dEdw3, double dEdw4) {

    public static BackwardPass of(ForwardPass f) {
        Require.notNull("forward", f);
        Weights w = f.weights();
        Sample s = f.sample();

        // E_total = ½(t1 − o1)² + ½(t2 − o2)², so ∂E_total/∂o1 = −(t1 − o1): the other term has no o1.
        double dEdo1 = -(s.target1() - f.o1());
        double dEdo2 = -(s.target2() - f.o2());
        // The sigmoid's derivative needs only its own output: σ'(z) = σ(z)(1 − σ(z)).
        double do1dz3 = f.o1() * (1 - f.o1());
        double do2dz4 = f.o2() * (1 - f.o2());
        // δ3 = ∂E_total/∂z3, the error signal of o1's node: every weight into z3 and every path
        // back through z3 starts from it.
        double dEdz3 = dEdo1 * do1dz3;
        double dEdz4 = dEdo2 * do2dz4;
        // z3 = w5·h1 + w6·h2, so ∂z3/∂w5 = h1 and ∂z3/∂w6 = h2.
        double dEdw5 = dEdz3 * f.h1();
        double dEdw6 = dEdz3 * f.h2();
        double dEdw7 = dEdz4 * f.h1();
        double dEdw8 = dEdz4 * f.h2();

        // h1 feeds both z3 (through w5) and z4 (through w7): its gradient is the sum of both paths.
        double dEo1dh1 = dEdz3 * w.w5();
        double dEo2dh1 = dEdz4 * w.w7();
        double dEdh1 = dEo1dh1 + dEo2dh1;
        double dEo1dh2 = dEdz3 * w.w6();
        double dEo2dh2 = dEdz4 * w.w8();
        double dEdh2 = dEo1dh2 + dEo2dh2;
        double dh1dz1 = f.h1() * (1 - f.h1());
        double dh2dz2 = f.h2() * (1 - f.h2());
        // δ1 = ∂E_total/∂z1, built the same way as δ3: what arrives at the node × its sigmoid slope.
        double dEdz1 = dEdh1 * dh1dz1;
        double dEdz2 = dEdh2 * dh2dz2;
        // z1 = w1·x1 + w2·x2, so ∂z1/∂w1 = x1 and ∂z1/∂w2 = x2.
        double dEdw1 = dEdz1 * s.x1();
        double dEdw2 = dEdz1 * s.x2();
        double dEdw3 = dEdz2 * s.x1();
        double dEdw4 = dEdz2 * s.x2();

        return new BackwardPass(f, dEdo1, dEdo2, do1dz3, do2dz4, dEdz3, dEdz4, dEdw5, dEdw6, dEdw7, dEdw8,
                dEo1dh1, dEo2dh1, dEdh1, dEo1dh2, dEo2dh2, dEdh2, dh1dz1, dh2dz2, dEdz1, dEdz2,
                dEdw1, dEdw2, dEdw3, dEdw4);
    }

    /** ∂E_total/∂w1 … ∂E_total/∂w8, in the slides' numbering. */
    public double[] gradient() {
        return new double[] {dEdw1, dEdw2, dEdw3, dEdw4, dEdw5, dEdw6, dEdw7, dEdw8};
    }

    /** The weights after one gradient-descent step with this gradient: gradient descent, not backprop. */
    public Weights update(double learningRate) {
        return forward.weights().minus(learningRate, gradient());
    }
}
