package backprop.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The formulas of a chapter read straight from its text, without CommonMark: code blocks, code
 * spans and HTML comments removed, then every {@code $$…$$} and {@code $…$} in order. It knows
 * nothing of paragraphs, lists or quotes, so where it and the parser disagree, a Markdown block
 * boundary has cut a formula.
 */
final class MathSource {
    private MathSource() {}

    static final Path CHAPTERS = Path.of("chapters");

    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern MATH = Pattern.compile(
            "\\$\\$(.+?)\\$\\$|\\$(?![\\s$])((?:\\\\.|[^$\\\\])+?)(?<!\\s)\\$(?!\\d)", Pattern.DOTALL);

    /** A formula: its TeX, and whether it was written between double dollars. */
    record Formula(String tex, boolean display) {
        /** The TeX with every run of white space (a line break, an indent) as one space. */
        String normalized() {
            return normalize(tex);
        }
    }

    static String normalize(String tex) {
        return tex.strip().replaceAll("\\s+", " ");
    }

    static List<Path> chapters() {
        try (Stream<Path> files = Files.list(CHAPTERS)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path chapter) {
        try {
            return Files.readString(chapter, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Formula> formulas(String markdown) {
        String text = COMMENT.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
        text = CODE_SPAN.matcher(text).replaceAll("");
        List<Formula> out = new ArrayList<>();
        Matcher m = MATH.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? new Formula(m.group(1), true) : new Formula(m.group(2), false));
        }
        return out;
    }
}
