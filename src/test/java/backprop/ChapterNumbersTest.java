package backprop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decimal number in a chapter's text is one the code prints: it stands, as a whole number,
 * in that chapter's answer key, or the chapter marks it as given data in a comment such as
 * {@code <!-- given: 0.5 1.1 -->}.
 */
class ChapterNumbersTest {
    static final Path CHAPTERS = Path.of("chapters");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?![\\d.])");
    private static final Pattern GIVEN = Pattern.compile("<!--\\s*given:([^>]*)-->");

    static List<Path> chapters() throws IOException {
        if (!Files.isDirectory(CHAPTERS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(CHAPTERS)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d\\d-[a-z0-9-]+\\.md")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void everyDecimalNumberIsPrintedByTheCodeOrGiven(Path chapter) throws IOException {
        String text = Files.readString(chapter, StandardCharsets.UTF_8);
        String name = chapter.getFileName().toString();
        Path answers = Answers.ROOT.resolve(name.substring(0, name.length() - ".md".length()));
        String key = answerKey(answers);

        Set<String> given = new LinkedHashSet<>();
        Matcher g = GIVEN.matcher(text);
        while (g.find()) {
            for (String n : g.group(1).trim().split("\\s+")) {
                given.add(n);
            }
        }
        String withoutGivenComments = GIVEN.matcher(text).replaceAll("");
        List<String> missing = new ArrayList<>();
        Matcher m = DECIMAL.matcher(withoutGivenComments);
        while (m.find()) {
            String number = m.group();
            if (!given.contains(number) && !containsAsNumber(key, number) && !missing.contains(number)) {
                missing.add(number);
            }
        }
        assertTrue(missing.isEmpty(), () -> chapter + " has numbers that " + answers
                + " does not print and that are not marked <!-- given: ... -->: " + missing);
    }

    private static boolean containsAsNumber(String text, String number) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d])").matcher(text).find();
    }

    private static String answerKey(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".approved.txt")).sorted().toList()) {
                    all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
