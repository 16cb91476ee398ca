package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** The pager on a terminal of 80×24 that is fed keys: rows, not source lines, and box drawing kept. */
class PagerTest {

    /** What the screen showed, escapes removed, after the keys. */
    private static String paged(List<AttributedString> lines, String keys) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen)
                .encoding(StandardCharsets.UTF_8).size(new Size(80, 24)).build()) {
            Pager.page(terminal, "5장", lines);
        }
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[()][0-9A-B]|\u001b[=>]", "");
    }

    private static List<AttributedString> numbered(int count) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString("5장. 제목 (title)", AttributedStyle.BOLD));
        lines.add(new AttributedString("┌──┬──┐ │ ├ ┤ └ ┘ ┴ ┼"));
        for (int i = 3; i <= count; i++) {
            lines.add(new AttributedString("줄(line) " + i));
        }
        return lines;
    }

    @Test
    void pageOneShowsTheTitleAndSpaceShowsTheNextRowsWithNoneLost() throws Exception {
        String screen = paged(numbered(60), " q");
        assertTrue(screen.contains("5장. 제목 (title)"), screen);
        for (int i = 3; i <= 46; i++) {
            assertTrue(screen.contains("줄(line) " + i), "line " + i + " was shown:\n" + screen);
        }
        assertFalse(screen.contains("줄(line) 47\n") || screen.contains("줄(line) 50"), "two pages of 23 rows, no more");
    }

    @Test
    void boxDrawingStaysUnicode() throws Exception {
        String screen = paged(numbered(5), "q");
        assertTrue(screen.contains("┌──┬──┐ │ ├ ┤ └ ┘ ┴ ┼"), screen);
        assertFalse(screen.contains("+--+--+"), screen);
    }

    @Test
    void theStandInsGoBackToBoxDrawing() throws Exception {
        String box = "─│┌┐└┘├┤┬┴┼";
        String standIns = Pager.standIns(new AttributedString(box + " 가"));
        assertFalse(standIns.chars().anyMatch(c -> box.indexOf(c) >= 0), standIns);
        assertEquals(box + " 가", Pager.boxDrawing(standIns));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Pager.BoxDrawingStream out = new Pager.BoxDrawingStream(bytes)) {
            out.write(("é" + standIns + "\ue0ff").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("é" + box + " 가\ue0ff", bytes.toString(StandardCharsets.UTF_8));
    }
}
