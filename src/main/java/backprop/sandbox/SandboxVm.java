package backprop.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The JShell engine of a graded script: a VM of its own, started the way untrusted code should be.
 *
 * <ul>
 *   <li>It sees the scratch folder only: the chapter classes and the agent on its class path, a
 *       working folder of its own as working directory, {@code user.home} and {@code java.io.tmpdir},
 *       and an environment of a few variables instead of the grader's.</li>
 *   <li>Its memory is bounded ({@code -Xmx}, {@code -Xss}, direct memory, metaspace); nothing can
 *       attach to it, and it publishes no performance data; on Linux it runs in a session of its
 *       own ({@code setsid}), without the grader's terminal.</li>
 *   <li>Its standard output and error are pipes the grader reads; nothing it writes reaches the
 *       terminal. The snippets' output comes over the JShell connection to {@code env.userOut()}.</li>
 *   <li>Every class JShell sends it is first checked against the run's {@link Policy}; a refused
 *       class is reported to {@code onRefusal} and never sent.</li>
 * </ul>
 * Ending it ({@link #kill}) ends every process it started as well.
 *
 * <p>The connection is the one of {@code backprop.jshell.CompanionExecution} (a loopback socket with
 * TCP_NODELAY, stop requests through the VM's standard input), to the same agent.
 */
final class SandboxVm implements ExecutionControlProvider {

    private static final int CONNECT_TIMEOUT_MILLIS = 30_000;
    private static final int STDERR_KEPT = 4_000;

    private final Scratch scratch;
    private final Path work;
    private final Limits limits;
    private final Policy policy;
    private final Consumer<List<Policy.Refusal>> onRefusal;
    private final ByteArrayOutputStream vmErrors = new ByteArrayOutputStream();
    private volatile Process process;

    SandboxVm(Scratch scratch, Path work, Limits limits, Policy policy, Consumer<List<Policy.Refusal>> onRefusal) {
        this.scratch = scratch;
        this.work = work;
        this.limits = limits;
        this.policy = policy;
        this.onRefusal = onRefusal;
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Map<String, String> defaultParameters() {
        return Map.of();
    }

    /** The VM, once started; null before. */
    Process process() {
        return process;
    }

    /** What the VM itself wrote to its standard error (not the snippets' System.err), cut at a few KB. */
    String vmErrors() {
        synchronized (vmErrors) {
            return vmErrors.toString(StandardCharsets.UTF_8);
        }
    }

    /** Ends the VM and every process it started. */
    void kill() {
        Process vm = process;
        if (vm != null) {
            ProcessTree.kill(vm);
        }
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            ProcessBuilder builder = new ProcessBuilder(command(env.extraRemoteVMOptions(), listener.getLocalPort()))
                    .directory(work.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.PIPE);
            Map<String, String> environment = builder.environment();
            environment.clear();
            environment.putAll(minimalEnvironment(work, System.getenv()));
            Process vm = builder.start();
            process = vm;
            ProcessTree.track(vm);
            keepErrors(vm.getErrorStream());
            Socket socket;
            try {
                socket = listener.accept();
            } catch (SocketTimeoutException e) {
                ProcessTree.kill(vm);
                throw new IOException("the script's VM did not connect within " + CONNECT_TIMEOUT_MILLIS + " ms"
                        + (vmErrors().isEmpty() ? "" : ": " + vmErrors().strip()), e);
            }
            socket.setTcpNoDelay(true);
            OutputStream stopRequests = vm.getOutputStream();
            vm.onExit().thenRun(() -> closeQuietly(socket));
            Map<String, OutputStream> outputs = new HashMap<>();
            outputs.put("out", env.userOut());
            outputs.put("err", env.userErr());
            Map<String, InputStream> inputs = new HashMap<>();
            inputs.put("in", env.userIn());
            return Util.remoteInputOutput(socket.getInputStream(), socket.getOutputStream(), outputs, inputs,
                    (in, out) -> new StreamingExecutionControl(out, in) {
                        @Override
                        public void load(ClassBytecodes[] classes)
                                throws ClassInstallException, NotImplementedException, EngineTerminationException {
                            refuseOrPass(classes);
                            super.load(classes);
                        }

                        @Override
                        public void redefine(ClassBytecodes[] classes)
                                throws ClassInstallException, NotImplementedException, EngineTerminationException {
                            refuseOrPass(classes);
                            super.redefine(classes);
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
                            ProcessTree.kill(vm);
                        }
                    });
        }
    }

    /** Throws when the policy refuses any of the classes: then none of them is sent. */
    private void refuseOrPass(ExecutionControl.ClassBytecodes[] classes) throws ExecutionControl.ClassInstallException {
        List<ClassReferences> batch = new ArrayList<>();
        for (ExecutionControl.ClassBytecodes c : classes) {
            batch.add(ClassReferences.of(c.bytecodes()));
        }
        List<Policy.Refusal> refusals = policy.check(batch);
        if (!refusals.isEmpty()) {
            onRefusal.accept(refusals);
            throw new ExecutionControl.ClassInstallException("refused by the grading policy: " + refusals,
                    new boolean[classes.length]);
        }
    }

    /** {@code [setsid] java <options> -cp classes:agent backprop.sandbox.SandboxAgent <port> <deadline>}. */
    List<String> command(List<String> jshellOptions, int port) {
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (File.separatorChar == '/' && Files.isExecutable(setsid)) {
            command.add(setsid.toString()); // a session of its own: no controlling terminal
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (int i = 0; i < jshellOptions.size(); i++) {
            String option = jshellOptions.get(i);
            if (option.equals("-cp") || option.equals("-classpath") || option.equals("--class-path")) {
                i++; // the class path is the scratch folder's, below
            } else if (!option.startsWith("--class-path=")) {
                command.add(option);
            }
        }
        command.addAll(limits.vmOptions(work));
        command.add("-cp");
        command.add(scratch.classes() + File.pathSeparator + scratch.agent());
        command.add(SandboxAgent.class.getName());
        command.add(Integer.toString(port));
        command.add(Long.toString(limits.vmDeadline().toMillis()));
        return command;
    }

    /**
     * The VM's environment: a home and a temporary folder in its working folder, and on Windows the
     * few variables without which the JDK cannot open a loopback socket. Nothing of the grader's
     * (its paths, tokens, {@code MAVEN_*}, {@code JAVA_TOOL_OPTIONS}, which every VM would obey).
     */
    static Map<String, String> minimalEnvironment(Path work, Map<String, String> graders) {
        Map<String, String> environment = new HashMap<>();
        environment.put("HOME", work.toString());
        environment.put("TMPDIR", work.resolve("tmp").toString());
        environment.put("LANG", "C.UTF-8");
        if (File.separatorChar == '\\') {
            for (String name : List.of("SystemRoot", "SYSTEMROOT", "windir", "SystemDrive")) {
                if (graders.containsKey(name)) {
                    environment.put(name, graders.get(name));
                }
            }
            environment.put("TEMP", work.resolve("tmp").toString());
            environment.put("TMP", work.resolve("tmp").toString());
            environment.put("USERPROFILE", work.toString());
        }
        return environment;
    }

    private void keepErrors(InputStream errors) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[1024];
            try (errors) {
                int n;
                while ((n = errors.read(buffer)) >= 0) {
                    synchronized (vmErrors) {
                        int room = STDERR_KEPT - vmErrors.size();
                        if (room > 0) {
                            vmErrors.write(buffer, 0, Math.min(room, n));
                        }
                    }
                }
            } catch (IOException closed) {
                // the VM ended
            }
        }, "sandbox-vm-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
