package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML edition in a real browser: Debian's headless Chromium opens every page from the
 * file system and the test reads what KaTeX and Mermaid made of it. For each page: no KaTeX
 * error; as many typeset formulas as the chapter's text has, each carrying its own TeX as its
 * annotation; every Mermaid block an SVG; every image loaded; and not one request beyond the
 * site's own files.
 *
 * <p>It runs with {@code -Pbrowser} (which {@code .ci/run} turns on); a plain {@code mvn verify}
 * skips it, saying so. Screenshots of chapter 5, at a desktop and at a phone's width, go to
 * {@code target/browser/} for a person to look at.
 */
class HtmlEditionBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final String CHECK = """
            (async () => {
              const deadline = Date.now() + 60000;
              while (document.body.dataset.rendered !== 'true' && Date.now() < deadline) {
                await new Promise(resolve => setTimeout(resolve, 50));
              }
              const images = [...document.images];
              for (const image of images) {
                image.loading = 'eager';
              }
              await Promise.all(images.map(image => image.complete ? null
                  : new Promise(resolve => { image.onload = resolve; image.onerror = resolve; })));
              return JSON.stringify({
                rendered: document.body.dataset.rendered === 'true',
                errors: [...document.querySelectorAll('.katex-error')].map(e => e.getAttribute('title') + ': ' + e.textContent),
                formulas: [...document.querySelectorAll('.math')].map(e => {
                  const tex = e.querySelector('annotation[encoding="application/x-tex"]');
                  return tex === null ? null : tex.textContent;
                }),
                diagrams: [...document.querySelectorAll('pre.mermaid')].map(e => e.querySelector('svg') !== null),
                images: images.map(i => ({src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0}))
              });
            })()""";

    @TempDir
    static Path temporary;
    private static Chromium browser;
    private static Path site;

    @BeforeAll
    static void openTheBrowser() throws IOException, InterruptedException {
        assumeTrue(Boolean.getBoolean("companion.browser"),
                "HtmlEditionBrowserTest skipped: it runs with -Pbrowser and Debian's chromium (apt-get install chromium)");
        Path binary = Path.of(System.getProperty("companion.chromium", "/usr/bin/chromium"));
        assertTrue(Files.isExecutable(binary), "-Pbrowser needs headless Chromium at " + binary
                + " (.ci/run installs it: apt-get install -y chromium); none is there");
        site = temporary.resolve("html");
        HtmlEdition.write(Path.of("").toAbsolutePath(), site);
        browser = Chromium.start(binary, temporary.resolve("profile"));
        browser.send("Network.enable", Map.of());
        browser.send("Page.enable", Map.of());
    }

    @AfterAll
    static void closeTheBrowser() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
    }

    static List<Path> chapters() {
        return MathSource.chapters();
    }

    private static Path page(Path chapter) {
        return site.resolve("chapters").resolve(chapter.getFileName().toString().replace(".md", ".html"));
    }

    private static Map<String, Object> check(Path page) throws InterruptedException {
        browser.open(page.toUri());
        return Json.object(Json.parse((String) browser.evaluate(CHECK)));
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void everyFormulaTypesetEveryDiagramDrawnEveryImageLoaded(Path chapter) throws InterruptedException {
        browser.send("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        int requestsBefore = browser.events("Network.requestWillBeSent").size();
        Map<String, Object> page = check(page(chapter));
        assertEquals(Boolean.TRUE, page.get("rendered"), chapter + ": the page's script finished");
        assertEquals(List.of(), page.get("errors"), chapter + ": KaTeX errors");

        String markdown = MathSource.read(chapter);
        List<String> source = MathSource.formulas(markdown).stream().map(MathSource.Formula::normalized).toList();
        List<String> typeset = new ArrayList<>();
        for (Object tex : Json.array(page.get("formulas"))) {
            typeset.add(tex == null ? "(not typeset)" : MathSource.normalize((String) tex));
        }
        assertEquals(source.size(), typeset.size(), chapter + ": formulas in the text and typeset");
        for (int i = 0; i < source.size(); i++) {
            assertEquals(source.get(i), typeset.get(i), chapter + ": formula " + (i + 1) + "'s TeX annotation");
        }

        long mermaid = markdown.lines().filter(l -> l.strip().equals("```mermaid")).count();
        List<Object> diagrams = Json.array(page.get("diagrams"));
        assertEquals(mermaid, diagrams.size(), chapter + ": Mermaid blocks");
        assertTrue(diagrams.stream().allMatch(Boolean.TRUE::equals), chapter + ": every Mermaid block became an SVG: " + diagrams);

        long figures = markdown.lines().filter(l -> l.contains("![")).count();
        List<Object> images = Json.array(page.get("images"));
        assertEquals(figures, images.size(), chapter + ": images");
        for (Object image : images) {
            assertEquals(Boolean.TRUE, Json.object(image).get("loaded"), chapter + ": image " + image);
        }

        List<Map<String, Object>> requests = browser.events("Network.requestWillBeSent");
        for (Map<String, Object> request : requests.subList(requestsBefore, requests.size())) {
            String url = (String) Json.object(request.get("request")).get("url");
            assertTrue(url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:"),
                    chapter + ": the page asked the network for " + url);
        }
    }

    @Test
    void screenshotsOfChapterFiveForAPersonToLookAt() throws IOException, InterruptedException {
        Path chapter = chapters().stream().filter(p -> p.getFileName().toString().startsWith("05-")).findFirst().orElseThrow();
        Files.createDirectories(SCREENSHOTS);
        int[][] sizes = {{1280, 900, 0}, {390, 844, 1}};
        for (int[] size : sizes) {
            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", size[0], "height", size[1],
                    "deviceScaleFactor", 1, "mobile", size[2] == 1));
            check(page(chapter));
            String[] places = {"document.body", "document.querySelector('pre.mermaid')",
                    "document.querySelectorAll('.math.display')[12]"};
            String[] names = {"top", "diagram", "formulas"};
            for (int p = 0; p < places.length; p++) {
                browser.evaluate("(" + places[p] + " || document.body).scrollIntoView(); true");
                String png = (String) browser.send("Page.captureScreenshot", Map.of("format", "png")).get("data");
                Path file = SCREENSHOTS.resolve("05-mlp-" + size[0] + "-" + names[p] + ".png");
                Files.write(file, Base64.getDecoder().decode(png.getBytes(StandardCharsets.US_ASCII)));
                assertTrue(Files.size(file) > 10_000, file + " holds a picture");
            }
        }
    }
}
