package backprop.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import backprop.grading.GradeResult;

/**
 * Which exercises a student has passed or failed, kept across runs in the user's home folder
 * (never in the project, whose tree must stay as git left it).
 */
final class Progress {
    enum Status { NOT_TRIED, FAILING, PASSED }

    private final Path file;
    private final Properties state = new Properties();

    Progress(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                state.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                state.clear(); // a damaged file only costs the student their checkmarks
            }
        }
    }

    static Path defaultFile() {
        return CompanionShell.homeFolder().resolve("progress.properties");
    }

    Status status(String exerciseId) {
        String value = state.getProperty(exerciseId);
        if (value == null) {
            return Status.NOT_TRIED;
        }
        return "passed".equals(value) ? Status.PASSED : Status.FAILING;
    }

    void record(GradeResult result) {
        state.setProperty(result.exercise().id(), result.passed() ? "passed" : "failing");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                state.store(out, "exercises graded by the companion shell");
            }
        } catch (IOException e) {
            // progress is a convenience; grading itself has already been reported
        }
    }
}
