package backprop.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import backprop.Columns;
import backprop.StandardOutput;
import backprop.draw.Diagrams;

/** Every terminal picture fits 80 columns, is deterministic, and can be found by name. */
@ResourceLock(Resources.SYSTEM_OUT)
public class PicturesTest {

    /** Every line at most 80 display columns, no tab, no trailing space, a final newline. */
    public static void assertFits(String name, String text) {
        assertTrue(text.endsWith("\n"), name + " must end with a newline");
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            int columns = Columns.of(lines[i]);
            int line = i + 1;
            assertTrue(columns <= 80, () -> name + " line " + line + " is " + columns + " columns wide: " + lines[line - 1]);
            assertFalse(lines[i].contains("\t"), name + " line " + line + " has a tab");
            assertEquals(lines[i].stripTrailing(), lines[i], name + " line " + line + " has trailing spaces");
        }
    }

    @Test
    void everyPictureFitsEightyColumns() {
        for (Pictures.Picture p : Pictures.all()) {
            assertFits(p.name(), p.text());
        }
    }

    @Test
    void everyPictureIsTheSameEveryTime() {
        for (Pictures.Picture p : Pictures.all()) {
            assertEquals(p.text(), p.text(), p.name());
        }
    }

    @Test
    void namesAreUniqueAndListed() {
        Set<String> names = new HashSet<>();
        String list = Pictures.list();
        for (Pictures.Picture p : Pictures.all()) {
            assertTrue(names.add(p.name()), "duplicate name " + p.name());
            assertTrue(list.contains(p.name()), p.name());
            assertTrue(p.name().matches("[a-z0-9-]+"), p.name());
        }
        assertEquals(Pictures.all().size(), Pictures.names().size());
        assertFits("Pictures.list()", list);
    }

    @Test
    void getAndShowFindAPictureByName() {
        assertEquals(Diagrams.shopping2Backward(), Pictures.get("shopping-2-backward"));
        assertEquals(Diagrams.chainRule(), StandardOutput.capture(() -> Pictures.show("chain-rule")));
    }

    @Test
    void anUnknownNameIsRefusedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pictures.get("shoping"));
        assertTrue(e.getMessage().contains("name") && e.getMessage().contains("shoping"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pictures.get(null));
    }
}
