package backprop.jshell;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The JShell VM's side of {@link CompanionExecution}: it runs the snippets it is sent and sends
 * back their results and their output.
 *
 * <p>Snippets run in a thread of their own, so that this VM can stop them: every byte that
 * arrives on this process's standard input means "stop the running snippet".
 */
public final class RemoteAgent {
    private RemoteAgent() {}

    /**
     * The extension command that answers with JShell's text of the value of the snippet run last,
     * whole (the value JShell itself hands the host is cut at 21,844 characters).
     */
    static final String TEXT_COMMAND = "companion.text";

    /**
     * The exit code of a VM that ended itself because the snippet it was asked to stop went on
     * (it catches {@code ThreadDeath}, or loops inside a value's {@code toString}).
     */
    static final int IGNORED_STOP_EXIT = 86;

    /** How long a snippet asked to stop may take (the host passes its own setting on). */
    static final long STOP_GRACE_MILLIS = Long.getLong("companion.stopGrace", 1500);

    @SuppressWarnings("restriction")
    public static void main(String[] args) throws Exception {
        // Ctrl-C in a terminal reaches every process in its group, this VM too. Stopping a snippet is
        // the host's decision (it asks through standard input), so this VM ignores the signal.
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchSignal) {
            // a platform without SIGINT: nothing to ignore
        }
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        // Snippets are small messages that wait for an answer: without this, Nagle's algorithm and
        // delayed acknowledgements add a pause to every snippet.
        socket.setTcpNoDelay(true);

        Charset charset = Charset.defaultCharset();
        OutputStream[] channels = new OutputStream[2];
        Runnable freshStreams = () -> {
            System.setOut(new PrintStream(channels[0], true, charset));
            System.setErr(new PrintStream(channels[1], true, charset));
        };
        SnippetControl control = new SnippetControl(freshStreams);
        InputStream stopRequests = System.in;
        Thread stopper = new Thread(() -> {
            try {
                while (stopRequests.read() >= 0) {
                    control.stopOrHalt(STOP_GRACE_MILLIS);
                }
            } catch (Exception closed) {
                // the host's end of the pipe failed: it is gone
            }
            // The host went away (killed, or crashed): this VM must not run on without it.
            Runtime.getRuntime().halt(0);
        }, "snippet-stopper");
        stopper.setDaemon(true);
        stopper.start();

        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", stream -> {
            channels[0] = control.watched(stream);
            System.setOut(new PrintStream(channels[0], true, charset));
        });
        outputs.put("err", stream -> {
            channels[1] = control.watched(stream);
            System.setErr(new PrintStream(channels[1], true, charset));
        });
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(control, socket.getInputStream(), socket.getOutputStream(), outputs, inputs);
    }

    /**
     * JShell's in-VM execution, plus two things the companion needs: a stopped snippet leaves no
     * half-written output behind, and the host can ask for a value's whole text.
     */
    static final class SnippetControl extends LocalExecutionControl {
        private final Runnable freshStreams;
        /** JShell's text of the value of the snippet run last (a String quoted and escaped), uncut. */
        private volatile String lastValue;
        /** How many calls that run student code are under way: a snippet. */
        private final AtomicInteger busy = new AtomicInteger();
        /** How many writes to the host are under way: one waits while the host is busy reading. */
        private final AtomicInteger writing = new AtomicInteger();

        SnippetControl(Runnable freshStreams) {
            this.freshStreams = freshStreams;
        }

        @Override
        public String invoke(String className, String methodName)
                throws RunException, InternalException, EngineTerminationException {
            lastValue = null;
            busy.incrementAndGet();
            try {
                // JShell's own text of the value, whole: the cut to 21,844 characters happens on
                // its way to the host (a UTF string of at most 64 KB), not here.
                String value = super.invoke(className, methodName);
                lastValue = value;
                return value;
            } catch (StoppedException stopped) {
                // The snippet was stopped inside System.out.print: up to 8 KB it had encoded sit in
                // that PrintStream's buffer and would come out ahead of the next snippet's output.
                freshStreams.run();
                throw stopped;
            } finally {
                busy.decrementAndGet();
            }
        }

        /**
         * Stops the running snippet; one still running {@code graceMillis} later ends this VM. The
         * wait is here, not in the host: the host may still be reading megabytes of output the
         * snippet wrote before it stopped, and only this VM knows that the snippet has ended.
         */
        void stopOrHalt(long graceMillis) throws InterruptedException {
            long start = System.nanoTime();
            long grace = graceMillis * 1_000_000;
            // The host asks while its call is on the way: the snippet may not have started yet.
            while (busy.get() == 0 && System.nanoTime() - start < 200_000_000L) {
                Thread.sleep(5);
            }
            long lastStop = 0;
            long waited = 0;
            long before = System.nanoTime();
            while (busy.get() > 0) {
                long now = System.nanoTime();
                // A snippet waiting for the host to take its output (endless output on a busy
                // machine) stops once the write returns: that wait is the host's, not the snippet's.
                if (writing.get() == 0) {
                    waited += now - before;
                }
                before = now;
                if (waited > grace) {
                    Runtime.getRuntime().halt(IGNORED_STOP_EXIT);
                }
                // Again now and then: a stop that came as the snippet started may have missed it.
                if (lastStop == 0 || now - lastStop > 250_000_000L) {
                    lastStop = now;
                    try {
                        stop();
                    } catch (EngineTerminationException | InternalException cannot) {
                        // nothing is running to be stopped
                    }
                }
                Thread.sleep(10);
            }
        }

        /** {@code stream} counting the writes under way, for {@link #stopOrHalt}. */
        OutputStream watched(OutputStream stream) {
            return new FilterOutputStream(stream) {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    writing.incrementAndGet();
                    try {
                        out.write(b, off, len);
                    } finally {
                        writing.decrementAndGet();
                    }
                }

                @Override
                public void flush() throws IOException {
                    writing.incrementAndGet();
                    try {
                        out.flush();
                    } finally {
                        writing.decrementAndGet();
                    }
                }
            };
        }

        @Override
        public Object extensionCommand(String command, Object arg)
                throws RunException, EngineTerminationException, InternalException {
            if (!TEXT_COMMAND.equals(command)) {
                return super.extensionCommand(command, arg);
            }
            return lastValue;
        }
    }
}
