package backprop.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The non-interactive forms: companion tour N, read N, grade [id], and their exit codes. */
// It redirects System.out and moves user.home (where progress is kept): no class that uses either
// runs beside it. The JShell-driven classes use neither, and run on.
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class CommandLineTest {
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private String originalHome;

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        originalHome = System.getProperty("user.home");
        // progress is written under the home folder: keep the tester's own out of it
        System.setProperty("user.home", System.getProperty("java.io.tmpdir"));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
        System.setProperty("user.home", originalHome);
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tourPrintsEverySnippetAndWhatItPrints() {
        assertEquals(0, Companion.run(new String[] {"tour", "5"}));
        String out = output();
        assertTrue(out.contains("── 1/"), out);
        assertTrue(out.contains("var forward = ForwardPass.of(weights, sample);"), out);
        assertTrue(out.contains("h1 = sigmoid(z1) = sigmoid(0.08) = 0.51998934"), out);
        assertTrue(out.contains("갱신 전 E_total − 갱신 후 E_total = 0.02397190 − 0.02323634 = 0.00073556"), out);
        assertTrue(out.contains("end of the walkthrough of chapter 5"), out);
        assertFalse(out.contains("\u001b["), "no terminal escapes in piped output");
    }

    @Test
    void readPrintsTheChapterAsText() {
        assertEquals(0, Companion.run(new String[] {"read", "4"}));
        String out = output();
        assertTrue(out.startsWith("4장."), out.substring(0, Math.min(200, out.length())));
        assertFalse(out.lines().anyMatch(l -> l.startsWith("## ")), "headings are rendered, not left as Markdown");
        assertFalse(out.contains("\u001b["), "no terminal escapes in piped output");
    }

    @Test
    void readFitsEveryChapterToTheWidthWithNoTeXLeft() {
        int width = Companion.readingWidth(System.getenv("COLUMNS"));
        for (int n : Project.locate().chapterNumbers()) {
            captured.reset();
            assertEquals(0, Companion.run(new String[] {"read", String.valueOf(n)}));
            for (String line : output().lines().toList()) {
                assertTrue(backprop.Columns.of(line) <= width, "chapter " + n + " at " + width + ": " + line);
                assertFalse(line.matches(".*\\\\(frac|partial|begin|end|alpha|cdot|times|sum|sigma|mathrm)\\b.*"),
                        "chapter " + n + ": TeX left in " + line);
            }
        }
    }

    @Test
    void readIsEightyColumnsWideUnlessColumnsSaysOtherwise() {
        assertEquals(80, Companion.readingWidth(null));
        assertEquals(120, Companion.readingWidth("120"));
        assertEquals(80, Companion.readingWidth("wide"));
    }

    @Test
    void htmlWritesTheSite(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        java.nio.file.Path site = folder.resolve("html");
        assertEquals(0, Companion.run(new String[] {"html", site.toString()}));
        assertTrue(java.nio.file.Files.isRegularFile(site.resolve("index.html")), output());
        assertTrue(output().contains("index.html"), output());
    }

    @Test
    void gradeSetsTheExitCode() {
        assertEquals(1, Companion.run(new String[] {"grade", "4.1"}));
        assertTrue(output().contains("FAIL  4.1"), output());
        captured.reset();
        assertEquals(2, Companion.run(new String[] {"grade", "9.9"}));
        assertTrue(output().contains("no exercise '9.9'"), output());
    }

    @Test
    void wrongChapterNumbersAndCommandsAreRefused() {
        assertEquals(2, Companion.run(new String[] {"tour", "9"}));
        assertTrue(output().contains("there is no chapter 9"), output());
        assertEquals(2, Companion.run(new String[] {"read", "x"}));
        assertTrue(output().contains("'x' is not a chapter number"), output());
        assertEquals(2, Companion.run(new String[] {"fly"}));
        assertTrue(output().contains("unknown command 'fly'"), output());
    }
}
