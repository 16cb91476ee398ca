package backprop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked number of the slides stands in the approved file that holds its quantity, as the
 * slides print it.
 *
 * <p>{@code slide-numbers.tsv} is a copy of the lecture's ledger of worked numbers. The approved
 * files are written by running the code, so a number found there was printed by the code. A
 * number is found only as a whole number (0.1 is not in 0.15, 2 is not in 2.2 or 12), and a value
 * of at most four characters only in its context, e.g. {@code x1 = 0.1}: such a value stands
 * somewhere in almost any file.
 */
class SlideNumbersTest {

    /** The approved file of each section of the ledger. */
    static final Map<String, String> FILES = Map.of(
            "computation-graph-1", "04-graph/shopping-1-forward-backward",
            "computation-graph-2", "04-graph/shopping-2-forward-backward",
            "xor-table", "02-perceptron/xor-table",
            "activations", "03-activation/leaky-relu-slope-0.1",
            "mlp-forward", "05-mlp/slides-trace",
            "mlp-backward-1", "05-mlp/slides-trace",
            "mlp-backward-2", "05-mlp/slides-trace",
            "mlp-forward-again", "05-mlp/slides-trace");

    /**
     * Where a short value stands, "section/quantity" → a regular expression on one line, in which
     * {@code #} is the value. Values longer than four characters need none.
     */
    static final Map<String, String> CONTEXTS = Map.ofEntries(
            Map.entry("computation-graph-1/apple price (won)", "사과 가격\\(apple price\\) #원"),
            Map.entry("computation-graph-1/apple count", "사과 개수\\(apple count\\) #"),
            Map.entry("computation-graph-1/consumption tax rate", "소비세\\(tax\\) #"),
            Map.entry("computation-graph-1/apple price x count", "apple total = apple price × apple count = .* = #$"),
            Map.entry("computation-graph-1/amount paid", "amount paid = apple total × tax = .* = #$"),
            Map.entry("computation-graph-2/orange price (won)", "귤\\(orange\\) #원"),
            Map.entry("computation-graph-2/orange count", "orange total = orange price × orange count = \\S+ × #"),
            Map.entry("computation-graph-2/orange price x count", "orange total = orange price × orange count = .* = #$"),
            Map.entry("computation-graph-2/apples + oranges before tax", "before tax = apple total \\+ orange total = .* = #$"),
            Map.entry("computation-graph-2/amount paid", "amount paid = before tax × tax = .* = #$"),
            Map.entry("activations/Leaky ReLU slope", "Leaky ReLU max\\(#x, x\\), 기울기 #"),
            Map.entry("mlp-forward/x1", "^x1 = #,"),
            Map.entry("mlp-forward/x2", "^x1 = \\S+, x2 = #$"),
            Map.entry("mlp-forward/w1 w2 w3 w4", "^w1 w2 w3 w4 = #$"),
            Map.entry("mlp-forward/w5 w6 w7 w8", "^w5 w6 w7 w8 = #$"),
            Map.entry("mlp-forward/target o1, target o2", "^target o1, target o2 = #$"),
            Map.entry("mlp-forward/z1", "^z1 = w1·x1 \\+ w2·x2 = 0\\.3 × 0\\.1 \\+ 0\\.25 × 0\\.2 = #$"),
            Map.entry("mlp-forward/z2", "^z2 = w3·x1 \\+ w4·x2 = 0\\.4 × 0\\.1 \\+ 0\\.35 × 0\\.2 = #$"),
            Map.entry("mlp-backward-1/learning rate", "^w5\\+ = w5 − α·∂E_total/∂w5 = \\S+ − # × "),
            Map.entry("mlp-backward-2/dz1/dw1 = x1", "^∂z1/∂w1 = x1 = #$"));

    /** Value lengths up to this need a context. */
    static final int SHORT = 4;

    record SlideNumber(String section, String quantity, String value) {
        Path file() {
            String file = FILES.get(section);
            if (file == null) {
                throw new IllegalStateException("no approved file for slide section " + section);
            }
            return Answers.ROOT.resolve(file + ".approved.txt");
        }

        String key() {
            return section + "/" + quantity;
        }

        /** The value as whole numbers, any run of spaces between the numbers of a row. */
        String valuePattern() {
            List<String> numbers = new ArrayList<>();
            for (String number : value.trim().split("\\s+")) {
                numbers.add(Pattern.quote(number));
            }
            return "(?<![-\\d.])" + String.join("\\s+", numbers) + "(?!\\d|\\.\\d)";
        }

        /** The pattern to find: the value alone, or the value in its context. */
        Pattern pattern() {
            String context = CONTEXTS.get(key());
            if (context == null) {
                if (value.length() <= SHORT) {
                    throw new IllegalStateException("slide number " + this + " is " + value.length()
                            + " characters long: give it a context in CONTEXTS");
                }
                return Pattern.compile(valuePattern());
            }
            return Pattern.compile(context.replace("#", valuePattern()), Pattern.MULTILINE);
        }

        @Override
        public String toString() {
            return section + " / " + quantity + " = " + value;
        }
    }

    static List<SlideNumber> slideNumbers() throws IOException {
        List<SlideNumber> numbers = new ArrayList<>();
        try (InputStream in = SlideNumbersTest.class.getResourceAsStream("/slide-numbers.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                numbers.add(new SlideNumber(cells[0], cells[1], cells[2].strip()));
            }
        }
        return numbers;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slideNumbers")
    void standsInTheApprovedFileOfItsQuantity(SlideNumber number) throws IOException {
        Path file = number.file();
        assertTrue(Files.exists(file), () -> "slide number " + number + ": no approved file " + file);
        Matcher m = number.pattern().matcher(Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(m.find(), () -> "slide number " + number + " is not in " + file + " (looked for /"
                + number.pattern() + "/)");
    }

    @Test
    void everyContextBelongsToANumberOfTheLedger() throws IOException {
        List<String> keys = slideNumbers().stream().map(SlideNumber::key).toList();
        for (String key : CONTEXTS.keySet()) {
            assertTrue(keys.contains(key), () -> "CONTEXTS names " + key + ", which the ledger does not list");
        }
    }

    /** The matching itself, on made-up text: a number inside a longer one, or out of context, is not found. */
    @Test
    void aNumberIsFoundOnlyWholeAndInItsContext() {
        SlideNumber x1 = new SlideNumber("mlp-forward", "x1", "0.1");
        assertTrue(x1.pattern().matcher("x1 = 0.1, x2 = 0.2").find());
        assertTrue(!x1.pattern().matcher("x1 = 0.15, x2 = 0.2").find());
        assertTrue(!x1.pattern().matcher("z1 = 0.1 and x1 = 0.3, x2 = 0.1").find());
        SlideNumber h1 = new SlideNumber("mlp-forward", "h1", "0.51998934");
        assertTrue(h1.pattern().matcher("h1 = 0.51998934\n").find());
        assertTrue(!h1.pattern().matcher("h1 = 0.519989345\n").find());
        assertTrue(!h1.pattern().matcher("h1 = 10.51998934\n").find());
        assertTrue(!h1.pattern().matcher("h1 = -0.51998934\n").find());
        SlideNumber count = new SlideNumber("computation-graph-1", "apple count", "2");
        assertTrue(count.pattern().matcher("사과 개수(apple count) 2, 소비세(tax) 1.1").find());
        assertTrue(!count.pattern().matcher("사과 개수(apple count) 2.2").find());
        assertTrue(!count.pattern().matcher("사과 개수(apple count) 12").find());
        SlideNumber row = new SlideNumber("xor-table", "x1 x2 s1 s2 y", "0 1 1 1 1");
        assertTrue(row.pattern().matcher("0  1  1  1  1\n").find());
        assertTrue(!row.pattern().matcher("0 1 1 1 10\n").find());
    }
}
