package backprop.mlp;

import backprop.Require;
import backprop.activation.Sigmoid;

/**
 * The forward pass (순전파) of the 2-2-2 network, every intermediate kept so that the backward
 * pass and the trace can read them. Names follow the slides: z is a weighted sum, h a hidden
 * output, o a network output, E an error.
 */
public record ForwardPass(Weights weights, Sample sample,
                          double z1, double z2, double h1, double h2,
                          double z3, double z4, double o1, double o2,
                          double errorO1, double errorO2, double errorTotal) {

    public static ForwardPass of(Weights w, Sample s) {
        Require.notNull("weights", w);
        Require.notNull("sample", s);
        double z1 = w.w1() * s.x1() + w.w2() * s.x2();
        double z2 = w.w3() * s.x1() + w.w4() * s.x2();
        double h1 = Sigmoid.sigmoid(z1);
        double h2 = Sigmoid.sigmoid(z2);
        double z3 = w.w5() * h1 + w.w6() * h2;
        double z4 = w.w7() * h1 + w.w8() * h2;
        double o1 = Sigmoid.sigmoid(z3);
        double o2 = Sigmoid.sigmoid(z4);
        // E = ½(target − output)²: the ½ cancels the 2 of the square's derivative.
        double errorO1 = 0.5 * (s.target1() - o1) * (s.target1() - o1);
        double errorO2 = 0.5 * (s.target2() - o2) * (s.target2() - o2);
        return new ForwardPass(w, s, z1, z2, h1, h2, z3, z4, o1, o2, errorO1, errorO2, errorO1 + errorO2);
    }
}
