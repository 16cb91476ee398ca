package backprop.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How far a graded script may go.
 *
 * @param time         how long its snippets may run; then the running one is asked to stop
 * @param grace        how much longer the grader waits for the stop before it ends the VM, with
 *                     every process it started, forcibly: no {@code catch} or {@code finally} outlasts it
 * @param outputBytes  how much output is kept; a script that prints more is ended at once
 * @param heapMegabytes the VM's heap ({@code -Xmx})
 */
public record Limits(Duration time, Duration grace, int outputBytes, int heapMegabytes) {

    public static final Duration DEFAULT_TIME = Duration.ofSeconds(20);
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);
    /** Half the shell's 2 MB: the longest answer key is a few KB. */
    public static final int DEFAULT_OUTPUT_BYTES = 1_000_000;
    public static final int DEFAULT_HEAP_MEGABYTES = 256;

    public Limits {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("time must be positive, got " + time);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, got " + grace);
        }
        if (outputBytes < 1) {
            throw new IllegalArgumentException("outputBytes must be positive, got " + outputBytes);
        }
        if (heapMegabytes < 16) {
            throw new IllegalArgumentException("heapMegabytes must be at least 16, got " + heapMegabytes);
        }
    }

    /** The defaults with this time limit. */
    public static Limits withTime(Duration time) {
        return new Limits(time, DEFAULT_GRACE, DEFAULT_OUTPUT_BYTES, DEFAULT_HEAP_MEGABYTES);
    }

    /**
     * When the VM halts itself even if the grader is gone: after the limit and the grace, with room
     * for starting the VM, which the limit does not count.
     */
    Duration vmDeadline() {
        return time.plus(grace).plusSeconds(15);
    }

    /** Memory bounds, no attaching, no shared performance data, its folders in {@code work}. */
    List<String> vmOptions(Path work) {
        return List.of(
                "-Xmx" + heapMegabytes + "m", "-Xss1m", "-XX:MaxDirectMemorySize=32m", "-XX:MaxMetaspaceSize=128m",
                "-XX:+DisableAttachMechanism", "-XX:-UsePerfData",
                "-XX:ErrorFile=" + work.resolve("hs_err_pid%p.log"),
                "-Djava.io.tmpdir=" + work.resolve("tmp"), "-Duser.home=" + work);
    }
}
