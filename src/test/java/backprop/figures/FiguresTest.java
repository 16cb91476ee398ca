package backprop.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures regenerate (into a temporary folder: the committed ones are not touched), quickly,
 * as real PNG images of their fixed sizes; every figure is committed in chapters/img; and every
 * image a chapter links to exists. The pixels are not compared: fonts differ between machines.
 */
class FiguresTest {
    private static final Path IMG = Path.of("chapters", "img");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void regenerationWritesEveryFigureAsAPngQuickly(@TempDir Path dir) throws IOException {
        long start = System.nanoTime();
        List<Path> written = Figures.writeAll(dir);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 10, "regenerating took " + seconds + " s");
        assertEquals(Figures.all().size(), written.size());
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (Path file : written) {
            byte[] bytes = Files.readAllBytes(file);
            byte[] head = new byte[8];
            System.arraycopy(bytes, 0, head, 0, 8);
            assertArrayEquals(signature, head, file + " is not a PNG");
            BufferedImage image = ImageIO.read(file.toFile());
            assertTrue(image.getWidth() >= 400 && image.getWidth() <= 1400, file + " width " + image.getWidth());
            assertTrue(image.getHeight() >= 300 && image.getHeight() <= 900, file + " height " + image.getHeight());
            // The committed figure has the same size: it was made by this code, not by hand.
            BufferedImage committed = ImageIO.read(IMG.resolve(file.getFileName()).toFile());
            assertEquals(committed.getWidth(), image.getWidth(), file.getFileName() + " width differs from chapters/img");
            assertEquals(committed.getHeight(), image.getHeight(), file.getFileName() + " height differs from chapters/img");
        }
    }

    @Test
    void fileNamesStartWithTheirChapter() {
        Set<String> names = new HashSet<>();
        for (Figures.Figure f : Figures.all()) {
            assertTrue(f.file().matches("0[1-7]-[a-z0-9-]+\\.png"), f.file());
            assertTrue(names.add(f.file()), "duplicate " + f.file());
        }
        for (String chapter : List.of("01", "02", "03", "04", "05")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(chapter + "-")), "no figure for chapter " + chapter);
        }
    }

    @Test
    void everyImageAChapterLinksToExists() throws IOException {
        Path chapters = Path.of("chapters");
        if (!Files.isDirectory(chapters)) {
            return;
        }
        Pattern markdownImage = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)");
        Pattern htmlImage = Pattern.compile("<img[^>]*src=\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(chapters)) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(md);
                for (Pattern pattern : List.of(markdownImage, htmlImage)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        String link = m.group(1);
                        if (link.startsWith("http")) {
                            continue;
                        }
                        if (!Files.exists(md.getParent().resolve(link))) {
                            missing.add(md.getFileName() + " → " + link);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "chapters link to images that do not exist: " + missing);
    }

    @Test
    void everyChapterShowsAtLeastOneFigure() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("chapters"))) {
            for (Path md : files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md")).sorted().toList()) {
                assertTrue(Files.readString(md).contains("](img/"), md + " shows no figure from chapters/img");
            }
        }
    }
}
