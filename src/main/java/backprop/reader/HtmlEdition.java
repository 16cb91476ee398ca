package backprop.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The chapters as a static web site that needs no network: {@code index.html} and one page per
 * chapter, with the math typeset by KaTeX and the diagrams drawn by Mermaid, both copied out of
 * the project's own webjars into {@code assets/}.
 *
 * <p>The site keeps the project's layout, so that a chapter's relative links still lead
 * somewhere: the pages are in {@code chapters/} with their figures in {@code chapters/img/}, and
 * {@code answers/} and {@code jshell-scripts/} are copied beside them, so
 * {@code ../answers/04-graph/….approved.txt} opens the answer key. A link to another chapter's
 * {@code .md} goes to its page; any other link out of {@code chapters/} (the Java packages) goes
 * to the project's own files, three folders up from a page in {@code target/html/chapters/}.
 *
 * <p>The formulas are parsed by the same parser as {@code /read} ({@link Markdown}); each goes
 * into the page as its TeX, exactly as written, for KaTeX to typeset when the page opens.
 */
public final class HtmlEdition {
    private HtmlEdition() {}

    private static final Pattern CHAPTER = Pattern.compile("(\\d\\d)-.*\\.md");
    private static final String WEBJARS = "META-INF/resources/webjars/";
    /** Folders of the project copied into the site, so that the chapters' links into them work. */
    private static final List<String> COPIED = List.of("answers", "jshell-scripts");

    /** {@code java backprop.reader.HtmlEdition [project folder [site folder]]}: writes the site. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path site = args.length > 1 ? Path.of(args[1]) : root.resolve("target").resolve("html");
        write(root, site);
        System.out.println("HTML edition: " + site.resolve("index.html").toAbsolutePath().normalize());
    }

    /** One chapter: its file and the number and title it begins with. */
    record Chapter(Path file, int number, String title) {
        String page() {
            return file.getFileName().toString().replaceAll("\\.md$", ".html");
        }

        /** The title without its English in parentheses, for the links between pages. */
        String shortTitle() {
            return title.replaceAll("\\s*\\([^()]*\\)$", "");
        }
    }

    /** Writes the site for the project in {@code root} into {@code site}, over what was there. */
    public static void write(Path root, Path site) throws IOException {
        List<Chapter> chapters = chapters(root.resolve("chapters"));
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("root must hold chapters/NN-*.md, got " + root);
        }
        Path pages = site.resolve("chapters");
        Files.createDirectories(pages);
        copyTree(root.resolve("chapters").resolve("img"), pages.resolve("img"));
        for (String folder : COPIED) {
            copyTree(root.resolve(folder), site.resolve(folder));
        }
        copyAssets(site.resolve("assets"));
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            String markdown = Files.readString(chapter.file(), StandardCharsets.UTF_8);
            String html = page(chapter, markdown, i > 0 ? chapters.get(i - 1) : null,
                    i + 1 < chapters.size() ? chapters.get(i + 1) : null);
            Files.writeString(pages.resolve(chapter.page()), html, StandardCharsets.UTF_8);
        }
        Files.writeString(site.resolve("index.html"), index(chapters), StandardCharsets.UTF_8);
    }

    static List<Chapter> chapters(Path folder) throws IOException {
        List<Chapter> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = CHAPTER.matcher(file.getFileName().toString());
                if (m.matches()) {
                    String title = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                            .filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
                            .orElse(file.getFileName().toString());
                    out.add(new Chapter(file, Integer.parseInt(m.group(1)), title));
                }
            }
        }
        return out;
    }

    // ----- pages ------------------------------------------------------------------------------

    /** A chapter's page: navigation, the text, navigation again, the scripts. */
    static String page(Chapter chapter, String markdown, Chapter previous, Chapter next) {
        Node document = Markdown.parse(markdown);
        Set<String> ids = new LinkedHashSet<>();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .nodeRendererFactory(MathRenderer::new)
                .nodeRendererFactory(AlertRenderer::new)
                .attributeProviderFactory(context -> (node, tag, attributes) -> attributes(node, attributes, ids))
                .build();
        String body = renderer.render(document);
        String navigation = navigation(previous, next);
        return """
                <!DOCTYPE html>
                <html lang="ko">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="../assets/katex/katex.min.css">
                <link rel="stylesheet" href="../assets/companion.css">
                </head>
                <body>
                %s
                <main>
                %s</main>
                %s
                <script src="../assets/katex/katex.min.js"></script>
                <script src="../assets/mermaid/mermaid.min.js"></script>
                <script src="../assets/companion.js"></script>
                </body>
                </html>
                """.formatted(escape(chapter.title()), navigation, body, navigation);
    }

    private static String navigation(Chapter previous, Chapter next) {
        StringBuilder b = new StringBuilder("<nav class=\"chapters\">");
        b.append(previous == null ? "<span></span>"
                : "<a rel=\"prev\" href=\"" + previous.page() + "\">← " + escape(previous.shortTitle()) + "</a>");
        b.append("<a class=\"contents\" href=\"../index.html\">차례(contents)</a>");
        b.append(next == null ? "<span></span>"
                : "<a rel=\"next\" href=\"" + next.page() + "\">" + escape(next.shortTitle()) + " →</a>");
        return b.append("</nav>").toString();
    }

    static String index(List<Chapter> chapters) {
        StringBuilder items = new StringBuilder();
        for (Chapter c : chapters) {
            items.append("<li><a href=\"chapters/").append(c.page()).append("\">").append(escape(c.title()))
                    .append("</a></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="ko">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>인공신경망과 오차역전파법</title>
                <link rel="stylesheet" href="assets/companion.css">
                </head>
                <body>
                <main>
                <h1>인공신경망과 오차역전파법</h1>
                <p>강의 "인공신경망과 오차역전파법"을 따라가는 교재의 장(chapter)들입니다. 수식은 KaTeX가,
                그림은 Mermaid가 이 폴더 안의 파일만으로 그리므로 인터넷 연결 없이 읽을 수 있습니다.
                각 장의 코드는 컴패니언 셸(companion shell)의 <code>/tour N</code>으로 한 조각씩 실행해 볼 수 있습니다.</p>
                <ol class="contents">
                %s</ol>
                </main>
                </body>
                </html>
                """.formatted(items);
    }

    /** Heading ids as GitHub makes them, so that the chapters' #links work; links and images rewritten for the site. */
    private static void attributes(Node node, Map<String, String> attributes, Set<String> ids) {
        if (node instanceof Heading heading) {
            String id = slug(plainText(heading));
            String unique = id;
            for (int n = 1; !ids.add(unique); n++) {
                unique = id + "-" + n;
            }
            attributes.put("id", unique);
        } else if (node instanceof Link && attributes.containsKey("href")) {
            attributes.put("href", destination(attributes.get("href")));
        } else if (node instanceof Image && attributes.containsKey("src")) {
            attributes.put("src", destination(attributes.get("src")));
            attributes.put("loading", "lazy");
        }
    }

    /** Where a chapter's link goes in the site. */
    static String destination(String href) {
        if (href.startsWith("#") || href.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href;
        }
        Matcher chapter = Pattern.compile("((?:\\./)?\\d\\d-[^/#]*)\\.md(#.*)?").matcher(href);
        if (chapter.matches()) {
            return chapter.group(1) + ".html" + (chapter.group(2) == null ? "" : chapter.group(2));
        }
        for (String folder : COPIED) {
            if (href.startsWith("../" + folder + "/")) {
                return href;
            }
        }
        if (href.startsWith("../")) {
            return "../../../" + href.substring(3);
        }
        return href;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        StringBuilder out = new StringBuilder();
        heading.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
            } else if (c == ' ') {
                out.append('-');
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String plainText(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.CustomNode custom) {
                if (custom instanceof InlineMath math) {
                    b.append(math.tex());
                }
                visitChildren(custom);
            }
        });
        return b.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Formulas as their TeX in a span or div with class "math"; Mermaid blocks as a pre with class "mermaid". */
    private static final class MathRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        MathRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(InlineMath.class, DisplayMath.class, FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof InlineMath math) {
                html.tag("span", Map.of("class", math.display() ? "math display" : "math inline"));
                html.text(math.tex());
                html.tag("/span");
            } else if (node instanceof DisplayMath math) {
                html.line();
                html.tag("div", Map.of("class", "math display"));
                html.text(math.tex());
                html.tag("/div");
                html.line();
            } else if (node instanceof FencedCodeBlock code) {
                String info = code.getInfo() == null ? "" : code.getInfo().strip();
                html.line();
                if (info.equalsIgnoreCase("mermaid")) {
                    html.tag("pre", Map.of("class", "mermaid"));
                    html.text(code.getLiteral());
                    html.tag("/pre");
                } else {
                    html.tag("pre");
                    String language = info.isEmpty() ? "" : info.split("\\s+")[0];
                    html.tag("code", language.isEmpty() ? Map.of() : Map.of("class", "language-" + language));
                    html.text(code.getLiteral());
                    html.tag("/code");
                    html.tag("/pre");
                }
                html.line();
            }
        }
    }

    /** GitHub's alerts ({@code > [!WARNING]}) as a titled box, the title in the project's Korean. */
    private static final class AlertRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        AlertRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(BlockQuote.class);
        }

        @Override
        public void render(Node node) {
            String kind = null;
            if (node.getFirstChild() instanceof Paragraph first && first.getFirstChild() instanceof Text text) {
                Matcher m = Markdown.ALERT.matcher(text.getLiteral());
                if (m.lookingAt()) {
                    kind = m.group(1);
                    String rest = text.getLiteral().substring(m.end()).stripLeading();
                    if (rest.isEmpty()) {
                        if (text.getNext() instanceof SoftLineBreak br) {
                            br.unlink();
                        }
                        text.unlink();
                    } else {
                        text.setLiteral(rest);
                    }
                }
            }
            html.line();
            Map<String, String> attributes = new HashMap<>();
            if (kind != null) {
                attributes.put("class", "alert alert-" + kind.toLowerCase(java.util.Locale.ROOT));
            }
            html.tag("blockquote", context.extendAttributes(node, "blockquote", attributes));
            html.line();
            if (kind != null) {
                html.tag("p", Map.of("class", "alert-title"));
                html.text(Markdown.alertTitle(kind));
                html.tag("/p");
                html.line();
            }
            for (Node child = node.getFirstChild(); child != null; ) {
                Node following = child.getNext();
                context.render(child);
                child = following;
            }
            html.tag("/blockquote");
            html.line();
        }
    }

    // ----- files ------------------------------------------------------------------------------

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.contains(".received.")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * KaTeX (its script, style sheet and the fonts the style sheet names) and Mermaid, from the
     * webjars on the class path; the site's own style sheet and script from this package.
     */
    private static void copyAssets(Path assets) throws IOException {
        String katex = WEBJARS + "katex/" + version("katex") + "/";
        String mermaid = WEBJARS + "mermaid/" + version("mermaid") + "/";
        Path katexFolder = assets.resolve("katex");
        Files.createDirectories(katexFolder.resolve("fonts"));
        copyResource(katex + "dist/katex.min.js", katexFolder.resolve("katex.min.js"));
        copyResource(katex + "LICENSE", katexFolder.resolve("LICENSE"));
        String css = new String(resource(katex + "dist/katex.min.css"), StandardCharsets.UTF_8);
        Files.writeString(katexFolder.resolve("katex.min.css"), css, StandardCharsets.UTF_8);
        Matcher font = Pattern.compile("url\\((fonts/[^)]+\\.woff2)\\)").matcher(css);
        while (font.find()) {
            copyResource(katex + "dist/" + font.group(1), katexFolder.resolve(font.group(1)));
        }
        Path mermaidFolder = assets.resolve("mermaid");
        Files.createDirectories(mermaidFolder);
        copyResource(mermaid + "dist/mermaid.min.js", mermaidFolder.resolve("mermaid.min.js"));
        copyResource(mermaid + "LICENSE", mermaidFolder.resolve("LICENSE"));
        copyResource("backprop/reader/companion.css", assets.resolve("companion.css"));
        copyResource("backprop/reader/companion.js", assets.resolve("companion.js"));
    }

    /** The version of a webjar on the class path, from the properties Maven put into it. */
    static String version(String webjar) {
        String path = "META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties";
        Properties properties = new Properties();
        try (InputStream in = HtmlEdition.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the " + webjar + " webjar is not on the class path (no " + path + ")");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static void copyResource(String name, Path target) throws IOException {
        Files.write(target, resource(name));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlEdition.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + name);
            }
            return in.readAllBytes();
        }
    }
}
