package backprop.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Report pieces the answer key does not print, checked against the slides' numbers. */
class MlpReportsTest {

    /** The slides' network and sample: o1 = 0.60944600, o2 = 0.66384491. */
    @Test
    void predictionsOfSeveralOutputsNameEachTargetAndOutput() {
        String table = MlpReports.predictions(Mlp.slides(), List.of(Example.of(new double[] {0.1, 0.2}, 0.4, 0.6)));
        assertEquals("""
                 x1   x2   t1   t2          o1          o2
                0.1  0.2  0.4  0.6  0.60944600  0.66384491
                """, table);
    }

    @Test
    void theNetworkListingShowsTheSlidesWeights() {
        assertEquals("""
                Mlp 2-2-2
                Layer 2 → 2 (sigmoid, no bias)
                  노드 1: w = 0.3 0.25
                  노드 2: w = 0.4 0.35
                Layer 2 → 2 (sigmoid, no bias)
                  노드 1: w = 0.45 0.4
                  노드 2: w = 0.7 0.6""", MlpReports.network(Mlp.slides()));
    }

    /** With α = 1 the step is the whole gradient: w5+ = 0.45 − 0.02592286 = 0.42407714. */
    @Test
    void aTraceWithAnotherLearningRate() {
        String trace = MlpReports.slidesTrace(Weights.slides(), Sample.slides(), 1.0);
        assertTrue(trace.startsWith("== 주어진 값(given) ==\nx1 = 0.1, x2 = 0.2\n"), trace);
        assertTrue(trace.contains("학습률(learning rate) α = 1\n"), trace);
        assertTrue(trace.contains("w5+ = w5 − α·∂E_total/∂w5 = 0.45 − 1 × 0.02592286 = 0.42407714\n"), trace);
        assertTrue(trace.contains("학습률(learning rate) 1, 1 에폭(epoch): E_total이 ")
                && trace.contains(" 줄었다\n"), trace);
    }

    @Test
    void anErrorThatRoseIsSaidToHaveGoneUp() {
        SlidesExample slides = SlidesExample.slides();
        assertEquals("갱신 전 E_total − 갱신 후 E_total = 0.02323634 − 0.02397190 = -0.00073556\n"
                + "학습률(learning rate) 0.5, 1 에폭(epoch): E_total이 0.00073556 늘었다\n",
                MlpReports.decrease(slides.forwardAgain(), slides.forward(), 0.5));
    }
}
