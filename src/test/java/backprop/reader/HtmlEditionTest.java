package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML edition as written, before any browser opens it: a page per chapter, every formula
 * of the chapter's text in it as its TeX exactly, every diagram as its Mermaid source, every
 * relative link and image pointing at a file of the site or of the project, nothing from the
 * network. {@code HtmlEditionBrowserTest} then opens the pages in Chromium.
 */
class HtmlEditionTest {
    @TempDir
    static Path site;

    private static final Pattern MATH = Pattern.compile("<(span|div) class=\"math (inline|display)\">(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern MERMAID = Pattern.compile("<pre class=\"mermaid\">(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @BeforeAll
    static void write() throws IOException {
        HtmlEdition.write(Path.of("").toAbsolutePath(), site);
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void everyChapterHasAPageWithEveryFormulaAsWritten() throws IOException {
        List<Path> chapters = MathSource.chapters();
        assertFalse(chapters.isEmpty());
        String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        for (Path chapter : chapters) {
            String name = chapter.getFileName().toString().replace(".md", ".html");
            assertTrue(index.contains("href=\"chapters/" + name + "\""), name + " is in the index");
            String page = Files.readString(site.resolve("chapters").resolve(name), StandardCharsets.UTF_8);
            List<String> written = new ArrayList<>();
            Matcher m = MATH.matcher(page);
            while (m.find()) {
                written.add(MathSource.normalize(unescape(m.group(3))));
            }
            String markdown = MathSource.read(chapter);
            List<String> source = MathSource.formulas(markdown).stream().map(MathSource.Formula::normalized).toList();
            assertEquals(source, written, chapter + ": the formulas of the page are those of the text");
            long diagrams = markdown.lines().filter(l -> l.strip().equals("```mermaid")).count();
            assertEquals(diagrams, MERMAID.matcher(page).results().count(), chapter + ": diagrams");
        }
    }

    @Test
    void everyLinkAndImageOfAPageLeadsToAFile() throws IOException {
        for (Path chapter : MathSource.chapters()) {
            Path page = site.resolve("chapters").resolve(chapter.getFileName().toString().replace(".md", ".html"));
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = REFERENCE.matcher(html);
            while (m.find()) {
                String reference = unescape(m.group(1));
                if (reference.startsWith("#") || reference.startsWith("https://") || reference.startsWith("http://")) {
                    continue;
                }
                String path = reference.replaceAll("#.*", "");
                Path target = Path.of(URI.create(page.getParent().toUri() + path.replace(" ", "%20")));
                if (path.startsWith("../../../")) {
                    // out of the site, into the project it was written from: three folders up from target/html/chapters/
                    target = Path.of("").toAbsolutePath().resolve(path.substring("../../../".length()));
                }
                assertTrue(Files.exists(target), page.getFileName() + ": " + reference + " → " + target);
            }
            assertFalse(html.contains("src=\"http"), page + " loads nothing from the network");
            assertFalse(html.contains("<link rel=\"stylesheet\" href=\"http"), page + " loads nothing from the network");
        }
    }

    @Test
    void headingsHaveGitHubsAnchorsSoTheChaptersInPageLinksWork() throws IOException {
        assertEquals("대칭-가중치-symmetric-weights", HtmlEdition.slug("대칭 가중치 (symmetric weights)"));
        assertEquals("역전파-2단계-은닉층-가중치-w1w4-backward-stage-2",
                HtmlEdition.slug("역전파 2단계: 은닉층 가중치 w1–w4 (backward stage 2)"));
        for (Path chapter : MathSource.chapters()) {
            String html = Files.readString(site.resolve("chapters").resolve(chapter.getFileName().toString().replace(".md", ".html")),
                    StandardCharsets.UTF_8);
            Matcher anchor = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
            while (anchor.find()) {
                assertTrue(html.contains("id=\"" + anchor.group(1) + "\""), chapter + ": #" + anchor.group(1));
            }
        }
    }

    @Test
    void theAssetsAreTheProjectsOwnCopies() throws IOException {
        for (String asset : List.of("katex/katex.min.js", "katex/katex.min.css", "katex/LICENSE",
                "katex/fonts/KaTeX_Main-Regular.woff2", "mermaid/mermaid.min.js", "mermaid/LICENSE",
                "companion.css", "companion.js")) {
            assertTrue(Files.isRegularFile(site.resolve("assets").resolve(asset)), asset);
        }
        assertTrue(Files.isRegularFile(site.resolve("chapters/img/05-mlp-network-backward.png")));
        assertTrue(Files.isRegularFile(site.resolve("answers/05-mlp/walkthrough.approved.txt")));
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<katex.version>" + HtmlEdition.version("katex") + "</katex.version>"), "the pom's KaTeX");
        assertTrue(pom.contains("<mermaid.version>" + HtmlEdition.version("mermaid") + "</mermaid.version>"), "the pom's Mermaid");
    }

    @Test
    void linksOutOfTheChaptersFolderAreRewrittenForTheSite() {
        assertEquals("05-mlp.html#대칭", HtmlEdition.destination("05-mlp.md#대칭"));
        assertEquals("../answers/04-graph/x.approved.txt", HtmlEdition.destination("../answers/04-graph/x.approved.txt"));
        assertEquals("../jshell-scripts/05-mlp.jsh", HtmlEdition.destination("../jshell-scripts/05-mlp.jsh"));
        assertEquals("../../../src/main/java/backprop/mlp/", HtmlEdition.destination("../src/main/java/backprop/mlp/"));
        assertEquals("img/a.png", HtmlEdition.destination("img/a.png"));
        assertEquals("https://wikidocs.net/37406", HtmlEdition.destination("https://wikidocs.net/37406"));
    }
}
