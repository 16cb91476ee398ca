package backprop.walkthrough;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Answers;
import backprop.jshell.ScriptResult;

/**
 * Runs every walkthrough through {@code jdk.jshell} on the remote engine: no snippet may be
 * rejected, throw, or leave a reference unresolved, and the printed transcript is approved.
 */
// Each walkthrough runs in a state and a VM of its own: they run side by side.
@Execution(ExecutionMode.CONCURRENT)
class WalkthroughApprovalTest {

    static List<Path> scripts() throws IOException {
        return Walkthroughs.scripts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void runsCleanlyAndPrintsTheApprovedTranscript(Path script) {
        ScriptResult result = Walkthroughs.run(script);
        assertTrue(result.clean(), () -> script + " did not run cleanly"
                + (result.timedOut() ? " (timed out)" : "") + (result.exited() ? " (the VM exited)" : "") + ":\n"
                + result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        Answers.verify(Walkthroughs.transcript(script, result.output()));
    }
}
