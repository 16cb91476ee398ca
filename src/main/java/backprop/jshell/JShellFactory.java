package backprop.jshell;

import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jdk.jshell.JShell;
import jdk.jshell.spi.ExecutionControlProvider;

/**
 * Builds the JShell states of the companion: the shell's session and the script runner both get
 * theirs here, so that they run snippets the same way.
 *
 * <p>A state built here runs its snippets in a separate VM on {@link CompanionExecution}, prints
 * Korean as UTF-8 whatever the platform's locale, and sees exactly the given class path and the
 * JDK. The class path goes to the compiler as an option, as the jshell tool passes its
 * {@code --class-path}: {@link JShell#addToClasspath} would only add to the host's own
 * {@code java.class.path}, and completion would then offer the shell's libraries (JLine,
 * ApprovalTests, commons-lang3) as if snippets could use them.
 */
public final class JShellFactory {
    private JShellFactory() {}

    /** How the snippets' VM compiles hot code. */
    public enum Jit {
        /**
         * C1 alone and the serial collector: the VM starts quickly. For scripts that run for a few
         * seconds (walkthroughs, exercises), where starting matters more than long loops.
         */
        QUICK_START,
        /** The VM's default tiers: for a session in which a student may train a network for a minute. */
        FULL
    }

    /** Korean stays readable in a C/POSIX locale; messages and number formats do not follow the platform's. */
    static final List<String> ENCODING_AND_LANGUAGE = List.of(
            "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
            "-Duser.language=en");

    static final List<String> QUICK_START_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * A new JShell state whose snippets see {@code classPath} and print to {@code out} (standard
     * output and standard error both; standard input is empty). The caller closes it.
     */
    public static JShell create(List<Path> classPath, PrintStream out, Jit jit) {
        return create(classPath, out, jit, new CompanionExecution());
    }

    /**
     * As {@link #create(List, PrintStream, Jit)}, with the snippets run by {@code engine} (the
     * grader's sandbox, {@code backprop.sandbox}), which gets the same remote VM options.
     */
    public static JShell create(List<Path> classPath, PrintStream out, Jit jit, ExecutionControlProvider engine) {
        return builder(classPath, out, jit, List.of(), engine)
                .in(InputStream.nullInputStream())
                .build();
    }

    /**
     * The builder of such a state, for a caller that sets more of it (its standard input, how its
     * snippets are numbered): the VM runs on {@code engine}, which stays the caller's handle on it,
     * with {@code vmOptions} after the companion's own (a student's {@code -Xmx2g}, say).
     */
    public static JShell.Builder builder(List<Path> classPath, PrintStream out, Jit jit, List<String> vmOptions,
            ExecutionControlProvider engine) {
        String path = classPath(classPath);
        List<String> options = new ArrayList<>(remoteVMOptions(path, jit));
        options.addAll(vmOptions);
        return JShell.builder()
                .executionEngine(engine, Map.of())
                .out(out)
                .err(out)
                .compilerOptions("--class-path", path)
                .remoteVMOptions(options.toArray(String[]::new));
    }

    /** The snippets' VM's options: encoding, language, JIT, and the class path. */
    static List<String> remoteVMOptions(String classPath, Jit jit) {
        List<String> options = new ArrayList<>(ENCODING_AND_LANGUAGE);
        if (jit == Jit.QUICK_START) {
            options.addAll(QUICK_START_OPTIONS);
        }
        options.add("--class-path");
        options.add(classPath);
        return options;
    }

    static String classPath(List<Path> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("classPath must name at least one entry, got " + entries);
        }
        List<String> paths = new ArrayList<>();
        for (Path entry : entries) {
            paths.add(entry.toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, paths);
    }
}
