package backprop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked number of the slides stands in its chapter's answer key, as the slides print it.
 *
 * <p>{@code slide-numbers.tsv} is a copy of the lecture's ledger of worked numbers. The approved
 * files are written by running the code, so a number found there was printed by the code.
 */
class SlideNumbersTest {

    record SlideNumber(String section, String quantity, String value) {
        String chapter() {
            if (section.startsWith("computation-graph")) return "04-graph";
            if (section.startsWith("xor-table")) return "02-perceptron";
            if (section.startsWith("activations")) return "03-activation";
            if (section.startsWith("mlp")) return "05-mlp";
            throw new IllegalStateException("no chapter for slide section " + section);
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
    void standsInTheAnswerKey(SlideNumber number) throws IOException {
        Path folder = Answers.ROOT.resolve(number.chapter());
        boolean found;
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            found = files.filter(f -> f.toString().endsWith(".approved.txt"))
                    .anyMatch(f -> read(f).contains(number.value()));
        }
        assertTrue(found, () -> "slide number " + number + " is not in " + folder);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
