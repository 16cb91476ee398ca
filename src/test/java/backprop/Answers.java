package backprop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.approvaltests.Approvals;
import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.core.Options;
import org.approvaltests.namer.NamerWrapper;

/**
 * Verifies outputs against the answer key in {@code answers/}.
 *
 * <p>The reporter only prints where the texts part: it never creates or rewrites an approved
 * file (ApprovalTests' default Linux reporter would create an empty one). To approve a new
 * output, read the {@code .received.txt} file line by line against the slides, then rename it.
 */
public final class Answers {
    private Answers() {}

    public static final Path ROOT = Path.of("answers").toAbsolutePath();

    public static void verify(Answer answer) {
        verify(ROOT.resolve(answer.chapter()), answer.name(), answer.text());
    }

    /** Verifies {@code text} against {@code folder/name.approved.txt}; for outputs outside the answer key. */
    public static void verify(Path folder, String name, String text) {
        // ApprovalTests keeps static bookkeeping; test classes run side by side, so one at a time here.
        synchronized (org.approvaltests.approvers.FileApprover.class) {
            verifyAlone(folder, name, text);
        }
    }

    private static void verifyAlone(Path folder, String name, String text) {
        File dir = folder.toAbsolutePath().toFile();
        NamerWrapper namer = new NamerWrapper(() -> name, dir::getPath);
        Options options = new Options()
                .withReporter(new FirstDifferenceReporter())
                .forFile().withNamer(namer);
        Approvals.verify(text, options);
    }

    public static String approvedText(Answer answer) {
        Path file = ROOT.resolve(answer.chapter()).resolve(answer.name() + ".approved.txt");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the approved file " + file, e);
        }
    }

    /** Prints the first line where received and approved part, with a little context. */
    static final class FirstDifferenceReporter implements ApprovalFailureReporter {
        @Override
        public boolean report(String received, String approved) {
            System.err.println(describe(Path.of(received), Path.of(approved)));
            return true;
        }

        static String describe(Path received, Path approved) {
            try {
                if (!Files.exists(approved)) {
                    return "No approved file " + approved + ".\nRead " + received
                            + " against the slides; if every line is right, rename it to approve it.";
                }
                List<String> want = Files.readAllLines(approved, StandardCharsets.UTF_8);
                List<String> got = Files.readAllLines(received, StandardCharsets.UTF_8);
                int line = 0;
                while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
                    line++;
                }
                StringBuilder out = new StringBuilder();
                out.append("Output differs from ").append(approved).append(" at line ").append(line + 1).append(":\n");
                out.append("  approved: ").append(line < want.size() ? want.get(line) : "<end of file>").append('\n');
                out.append("  received: ").append(line < got.size() ? got.get(line) : "<end of file>").append('\n');
                out.append("The whole output is in ").append(received).append('\n');
                return out.toString();
            } catch (IOException e) {
                return "Approval failed and the files could not be read: " + e;
            }
        }
    }
}
