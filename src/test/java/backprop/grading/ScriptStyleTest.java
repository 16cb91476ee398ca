package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.sandbox.Limits;

/**
 * Scripts written the way plain jshell takes them pass the grader: each prints exercise 1.1's
 * answer, in a style that jshell accepts (a byte order mark, a missing ';', a bare expression, a
 * forward reference between methods, {@code /exit} last) or saved as CP949, the Korean Windows default.
 */
@Execution(ExecutionMode.CONCURRENT)
class ScriptStyleTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Exercise EXERCISE = ExerciseCatalog.find("1.1").orElseThrow();
    static final Grader GRADER = new Grader(PROJECT, AnswerKey.load(PROJECT, java.util.List.of(EXERCISE)),
            Grader.ownCode(), Limits.withTime(Grader.DEFAULT_TIME_LIMIT), null);

    @AfterAll
    static void close() {
        GRADER.close();
    }

    /** The answer as a Java string literal, ASCII only (everything else as a Unicode escape). */
    static String literal() {
        try {
            String answer = AnswerKey.output(Files.readString(PROJECT.resolve(EXERCISE.answer()), StandardCharsets.UTF_8));
            StringBuilder s = new StringBuilder("\"");
            for (char c : answer.toCharArray()) {
                switch (c) {
                    case '"' -> s.append("\\\"");
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    default -> s.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
                }
            }
            return s.append('"').toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<String> styles() {
        return scripts().keySet().stream();
    }

    static Map<String, String> scripts() {
        String text = literal();
        return Map.of(
                "a byte order mark", "\uFEFF// saved by Notepad\nSystem.out.print(" + text + ");\n",
                "a missing semicolon", "String text = " + text + "\nSystem.out.print(text)\n",
                "a bare expression", "String text = " + text + ";\ntext.length()\nSystem.out.print(text);\n1 + 1\n",
                "a forward reference", "void show() { System.out.print(text()); }\nString text() { return " + text
                        + "; }\nshow();\n",
                "/exit last", "System.out.print(" + text + ");\n/exit\nSystem.out.print(\"not run\");\n",
                "CP949", "// 한국어 주석: 답을 출력합니다\nSystem.out.print(" + text + ");\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void passes(String style, @TempDir Path temp) throws IOException {
        Path script = temp.resolve(EXERCISE.script().getFileName());
        Charset charset = style.equals("CP949") ? Charset.forName("x-windows-949") : StandardCharsets.UTF_8;
        Files.write(script, scripts().get(style).getBytes(charset));
        GradeResult result = GRADER.grade(EXERCISE, script, temp);
        assertEquals(Verdict.PASSED, result.verdict(), () -> GradeReport.details(result, true));
        if (style.equals("CP949")) {
            assertTrue(result.notes().stream().anyMatch(n -> n.contains("UTF-8")), result.notes().toString());
        }
    }
}
