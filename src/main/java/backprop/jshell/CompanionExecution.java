package backprop.jshell;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import jdk.jshell.spi.ExecutionControl.InternalException;
import jdk.jshell.spi.ExecutionControl.RunException;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A remote execution engine for JShell: snippets run in a separate VM, as with JShell's default
 * engine, so a snippet's {@code System.exit} ends only that VM and its output is captured.
 *
 * <p>Why not the default engine: it talks to its VM over a socket without TCP_NODELAY, and on
 * Linux every snippet then waits about 200 ms for delayed acknowledgements; a 30-snippet
 * walkthrough took 6 s longer than it needs to. Here both ends set TCP_NODELAY, and a running
 * snippet is stopped through the VM's standard input instead of through JDI.
 *
 * <p>Use it with {@code JShell.builder().executionEngine(new CompanionExecution(), Map.of())},
 * or from the jshell tool as {@code --execution companion} with this class on the tool's class path.
 * An instance serves one JShell state, and is the host's handle on that state's VM: whether a
 * snippet is running, the whole text of a value, and ending the VM when a snippet ignores the stop.
 */
public final class CompanionExecution implements ExecutionControlProvider {

    private static final int CONNECT_TIMEOUT_MILLIS = 30_000;

    private volatile Process vm;
    private volatile ExecutionControl control;
    /** How many calls into the VM that run student code are under way (a snippet, a toString). */
    private final AtomicInteger running = new AtomicInteger();

    @Override
    public String name() {
        return "companion";
    }

    @Override
    public Map<String, String> defaultParameters() {
        return Map.of();
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            Process vm = new ProcessBuilder(command(env.extraRemoteVMOptions(), listener.getLocalPort()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            Socket socket;
            try {
                socket = listener.accept();
            } catch (SocketTimeoutException e) {
                vm.destroyForcibly();
                throw new IOException("the JShell VM did not connect within " + CONNECT_TIMEOUT_MILLIS + " ms", e);
            }
            socket.setTcpNoDelay(true);
            this.vm = vm;
            OutputStream stopRequests = vm.getOutputStream();
            // When the VM ends (a snippet's System.exit), its socket closes and JShell reports
            // the engine as terminated.
            vm.onExit().thenRun(() -> closeQuietly(socket));
            Map<String, OutputStream> outputs = new HashMap<>();
            outputs.put("out", env.userOut());
            outputs.put("err", env.userErr());
            Map<String, java.io.InputStream> inputs = new HashMap<>();
            inputs.put("in", env.userIn());
            ExecutionControl generated = Util.remoteInputOutput(socket.getInputStream(), socket.getOutputStream(), outputs, inputs,
                    (in, out) -> new StreamingExecutionControl(out, in) {
                        @Override
                        public String invoke(String className, String methodName)
                                throws RunException, EngineTerminationException, InternalException {
                            running.incrementAndGet();
                            try {
                                return super.invoke(className, methodName);
                            } finally {
                                running.decrementAndGet();
                            }
                        }

                        @Override
                        public Object extensionCommand(String command, Object arg)
                                throws RunException, EngineTerminationException, InternalException {
                            running.incrementAndGet();
                            try {
                                return super.extensionCommand(command, arg);
                            } finally {
                                running.decrementAndGet();
                            }
                        }

                        @Override
                        public void stop() {
                            try {
                                stopRequests.write('s');
                                stopRequests.flush();
                            } catch (IOException vmGone) {
                                // nothing is running any more
                            }
                        }

                        @Override
                        public void close() {
                            super.close();
                            closeQuietly(socket);
                            vm.destroy();
                        }
                    });
            this.control = generated;
            return generated;
        }
    }

    /** Whether the VM is running student code now (not JShell compiling a snippet, not idle). */
    public boolean running() {
        return running.get() > 0;
    }

    /**
     * Ends the VM at once: for a snippet that ignores the stop (it catches {@code ThreadDeath}).
     * JShell then reports the engine as terminated, as after {@code System.exit}.
     */
    public void kill() {
        Process current = vm;
        if (current != null) {
            current.destroyForcibly();
        }
    }

    /** Whether the VM ended itself because a snippet went on running after it was asked to stop. */
    public boolean endedIgnoringStop() {
        OptionalInt code = exitCode();
        return code.isPresent() && code.getAsInt() == RemoteAgent.IGNORED_STOP_EXIT;
    }

    /**
     * The VM's exit code once it has ended (waiting a moment for a VM whose connection just
     * closed); empty while it runs, or before it started.
     */
    public OptionalInt exitCode() {
        Process current = vm;
        try {
            if (current == null || !current.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                return OptionalInt.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
        return OptionalInt.of(current.exitValue());
    }

    /**
     * JShell's text of the value of the snippet run last (variable {@code name}; a String quoted and
     * escaped as JShell shows it), however long: the value JShell hands the host is cut at 21,844
     * characters. The snippet VM keeps the text JShell made of the value; nothing there is read
     * by reflection. Call it only from the thread that uses the JShell state, right after the
     * snippet ran.
     */
    public Optional<String> text(String name) {
        ExecutionControl current = control;
        if (current == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((String) current.extensionCommand(RemoteAgent.TEXT_COMMAND, name));
        } catch (ExecutionControl.ExecutionControlException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code java [options] -cp <user class path> backprop.jshell.RemoteAgent <port>}, with this
     * class's own location in front when the user class path does not hold the agent already.
     */
    static List<String> command(List<String> vmOptions, int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> classPath = new ArrayList<>();
        for (int i = 0; i < vmOptions.size(); i++) {
            String option = vmOptions.get(i);
            if ((option.equals("-cp") || option.equals("-classpath") || option.equals("--class-path"))
                    && i + 1 < vmOptions.size()) {
                classPath.addAll(entries(vmOptions.get(++i)));
            } else if (option.startsWith("--class-path=")) {
                classPath.addAll(entries(option.substring("--class-path=".length())));
            } else {
                command.add(option);
            }
        }
        // From the companion's jar the agent's location is the whole jar, libraries and all; the
        // snippets' VM sees only what the snippets need when their class path holds the agent.
        if (classPath.stream().noneMatch(CompanionExecution::holdsAgent)) {
            classPath.add(0, agentLocation());
        }
        // The agent ends its VM when a snippet ignores the stop; its grace is the host's.
        String grace = System.getProperty("companion.stopGrace");
        if (grace != null) {
            command.add("-Dcompanion.stopGrace=" + grace);
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(RemoteAgent.class.getName());
        command.add(Integer.toString(port));
        return command;
    }

    private static List<String> entries(String classPath) {
        return Arrays.stream(classPath.split(Pattern.quote(File.pathSeparator))).filter(e -> !e.isEmpty()).toList();
    }

    /** Whether a class path entry (a folder or a jar) holds {@link RemoteAgent}. */
    static boolean holdsAgent(String entry) {
        String agent = RemoteAgent.class.getName().replace('.', '/') + ".class";
        Path path = Path.of(entry);
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve(agent));
        }
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (ZipFile jar = new ZipFile(path.toFile())) {
            return jar.getEntry(agent) != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    /** Where this class was loaded from (target/classes or the companion's jar): the agent is there too. */
    static String agentLocation() {
        try {
            return Path.of(CompanionExecution.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the companion's classes", e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
