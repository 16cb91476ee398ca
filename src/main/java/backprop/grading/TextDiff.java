package backprop.grading;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/** A unified diff of two texts, line by line, as {@code diff -u} prints it. */
public final class TextDiff {
    private TextDiff() {}

    /** Empty when the texts are equal. */
    public static String unified(String expected, String actual, String expectedName, String actualName) {
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        Patch<String> patch = DiffUtils.diff(expectedLines, actualLines);
        if (patch.getDeltas().isEmpty()) {
            return expected.equals(actual) ? "" : "(the texts differ only in line endings or a final newline)\n";
        }
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(expectedName, actualName, expectedLines, patch, 2);
        return String.join("\n", lines) + "\n";
    }
}
