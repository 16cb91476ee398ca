package backprop;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

import backprop.jshell.ScriptResult;
import backprop.jshell.ScriptRunner;

/**
 * A chapter's JShell snippets, typed in order into a fresh JShell, all run. A reader who types
 * them one after another, from the top, must never meet a name the chapter defines only later
 * (issue 11, item 14: {@code split} used before {@code var split = …}), a call that does not
 * compile, or an exception the chapter does not announce.
 *
 * <p>The rule, for chapter writers:
 * <ul>
 *   <li>The snippets are the lines of every {@code ```java} block that is not a quote of the code
 *       (a block marked {@code <!-- from: … -->}, see {@link ChapterCodeQuotesTest}), in the
 *       chapter's order. They run in one fresh JShell (the project's {@link ScriptRunner}) with
 *       {@code target/classes} on the class path and no imports: the chapter imports what it
 *       uses ({@code import backprop.mlp.*;}) in its first snippets, as a reader in plain
 *       {@code jshell} would.</li>
 *   <li>No snippet may be rejected, refer to something undefined, or throw, except a snippet
 *       that announces its exception in a comment: {@code // throws IllegalArgumentException …}
 *       (the simple name of the exception's class); that snippet must throw exactly that.</li>
 * </ul>
 */
class ChapterSnippetsTest {

    /** Chapters not yet brought up to this test (see {@link ChapterText#judge}). */
    static final Set<String> PENDING = Set.of();

    static final Path CLASSES = Path.of("target", "classes");
    static final Duration TIME_LIMIT = Duration.ofSeconds(120);
    static final Pattern EXPECTED = Pattern.compile("//.*\\bthrows\\s+([A-Z]\\w*)");

    static List<Path> chapters() throws IOException {
        return ChapterNumbersTest.chapters();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void theSnippetsRunInOrderInAFreshJShell(Path file) {
        ChapterText chapter = ChapterText.read(file);
        Script script = script(chapter);
        List<String> findings = new ArrayList<>();
        if (!script.text().isBlank()) {
            ScriptResult result = new ScriptRunner(List.of(CLASSES), TIME_LIMIT).run(script.text());
            Map<Integer, String> expected = expectedExceptions(chapter);
            Set<Integer> thrown = new HashSet<>();
            for (ScriptResult.Problem problem : result.problems()) {
                // The announcement may stand on any line of the snippet.
                int first = script.chapterLine(problem.line());
                int last = script.chapterLine(problem.line() + (int) problem.snippet().strip().lines().count() - 1);
                Integer announced = expected.keySet().stream()
                        .filter(line -> line >= first && line <= last).findFirst().orElse(null);
                if (announced != null
                        && problem.message().matches("threw ([\\w$]+\\.)*" + expected.get(announced) + "\\b.*")) {
                    thrown.add(announced);
                } else {
                    findings.add(new ScriptResult.Problem(first, problem.snippet(), problem.message()).toString());
                }
            }
            expected.forEach((line, exception) -> {
                if (!thrown.contains(line)) {
                    findings.add("line " + line + ": announces `throws " + exception + "` but did not throw it");
                }
            });
            if (result.timedOut()) {
                findings.add("the snippets did not finish within " + TIME_LIMIT.toSeconds() + " s");
            }
            if (result.exited()) {
                findings.add("a snippet ended the JShell VM");
            }
        }
        ChapterText.judge(chapter, PENDING, "has snippets that do not run in order in a fresh JShell", findings);
    }

    /** The snippets as one script, and for each of its lines the chapter's line (1-based). */
    record Script(String text, List<Integer> chapterLines) {
        int chapterLine(int scriptLine) {
            return chapterLines.get(Math.min(scriptLine, chapterLines.size()) - 1);
        }
    }

    /**
     * The snippets as a reader types them. A reader presses Enter after each line, and jshell
     * runs what they typed as soon as it is complete; a bare expression on one line
     * ({@code forward.z1()}) is a snippet of its own. The script ends every snippet that does not
     * end in {@code ;} or {@code }} with a line holding {@code ;} (an empty statement), so that
     * the runner, which reads the script as a whole, does not run it on into the next line.
     */
    static Script script(ChapterText chapter) {
        StringBuilder text = new StringBuilder();
        List<Integer> chapterLines = new ArrayList<>();
        try (JShell analysis = JShell.builder().executionEngine("local").build()) {
            SourceCodeAnalysis completion = analysis.sourceCodeAnalysis();
            for (Node node : ChapterText.descendants(chapter.document)) {
                if (!(node instanceof FencedCodeBlock block) || !isSnippetBlock(block)) {
                    continue;
                }
                // The block's text without the indentation or "> " of a list or quote around it;
                // its first line is the line after the opening fence.
                int first = ChapterText.line(block) + 1;
                List<String> lines = block.getLiteral().lines().toList();
                int start = 0;
                StringBuilder typed = new StringBuilder();
                for (int k = 0; k < lines.size(); k++) {
                    typed.append(lines.get(k)).append('\n');
                    SourceCodeAnalysis.Completeness completeness =
                            completion.analyzeCompletion(typed.toString()).completeness();
                    if (completeness == SourceCodeAnalysis.Completeness.EMPTY) {
                        typed.setLength(0);
                        start = k + 1;
                    } else if (completeness.isComplete() || k == lines.size() - 1) {
                        for (int line = start; line <= k; line++) {
                            text.append(lines.get(line)).append('\n');
                            chapterLines.add(first + line);
                        }
                        String code = lines.get(k).strip();
                        if (!code.endsWith(";") && !code.endsWith("}")) {
                            text.append(";\n");
                            chapterLines.add(first + k);
                        }
                        typed.setLength(0);
                        start = k + 1;
                    }
                }
            }
        }
        return new Script(text.toString(), List.copyOf(chapterLines));
    }

    /** Line → exception class for every snippet line that announces {@code // throws X}. */
    static Map<Integer, String> expectedExceptions(ChapterText chapter) {
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (Node node : ChapterText.descendants(chapter.document)) {
            if (node instanceof FencedCodeBlock block && isSnippetBlock(block)) {
                List<String> text = block.getLiteral().lines().toList();
                for (int k = 0; k < text.size(); k++) {
                    Matcher m = EXPECTED.matcher(text.get(k));
                    if (m.find()) {
                        expected.put(ChapterText.line(block) + 1 + k, m.group(1));
                    }
                }
            }
        }
        return expected;
    }

    static boolean isSnippetBlock(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        if (!info.equals("java") && !info.startsWith("java ")) {
            return false;
        }
        Node before = block.getPrevious();
        return !(before instanceof HtmlBlock html && ChapterCodeQuotesTest.MARK.matcher(html.getLiteral().strip()).matches());
    }

}
