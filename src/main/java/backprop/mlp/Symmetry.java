package backprop.mlp;

import static backprop.Format.f8;

import java.util.List;

import backprop.activation.Activation;

/**
 * The slides' warning "MLP의 가중치가 대칭이면 안된다": if all weights start equal, every hidden
 * unit computes the same value and receives the same gradient, so they stay copies of each other
 * for ever and the network is no better than one with a single hidden unit.
 */
public final class Symmetry {
    private Symmetry() {}

    public static final double START = 0.5;

    public static String report() {
        StringBuilder s = new StringBuilder();
        s.append("1) the slides' 2-2-2 network with every weight = ").append(backprop.Format.num(START))
         .append(", learning rate 0.5\n");
        List<Weights> path = SlidesExample.train(Weights.allEqual(START), Sample.slides(),
                SlidesExample.LEARNING_RATE, 1000);
        s.append("epoch  h1          h2          w1          w3          w2          w4\n");
        for (int epoch : new int[] {0, 1, 10, 100, 1000}) {
            Weights w = path.get(epoch);
            ForwardPass f = ForwardPass.of(w, Sample.slides());
            s.append(String.format(java.util.Locale.ROOT, "%5d  %s  %s  %s  %s  %s  %s\n", epoch,
                    f8(f.h1()), f8(f.h2()), f8(w.w1()), f8(w.w3()), f8(w.w2()), f8(w.w4())));
        }
        s.append("h1 = h2 and w1 = w3, w2 = w4 at every epoch: the two hidden units never become different.\n\n");

        List<Example> xor = Example.xor();
        Mlp symmetric = Mlp.constant(START, Activation.SIGMOID, true, 2, 2, 1);
        TrainingHistory history = symmetric.train(xor, XorTraining.LEARNING_RATE, XorTraining.EPOCHS);
        s.append("2) XOR on a 2-2-1 network with every weight and bias = ").append(backprop.Format.num(START))
         .append(", the settings of the XOR example\n");
        s.append("loss ").append(f8(history.initialLoss())).append(" → ").append(f8(history.finalLoss()))
         .append(" after ").append(XorTraining.EPOCHS).append(" epochs\n");
        s.append(symmetric).append('\n');
        s.append(symmetric.predictions(xor));
        s.append("Both hidden units still hold the same weights, so (0, 1) and (1, 0) look alike to the\n")
         .append("output, and (1, 1) cannot be told apart from them: XOR is not learned.\n");
        return s.toString();
    }
}
