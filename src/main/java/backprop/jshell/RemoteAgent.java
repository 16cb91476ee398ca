package backprop.jshell;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
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

        LocalExecutionControl control = new LocalExecutionControl();
        InputStream stopRequests = System.in;
        Thread stopper = new Thread(() -> {
            try {
                while (stopRequests.read() >= 0) {
                    control.stop();
                }
            } catch (Exception closed) {
                // the host went away: nothing left to stop
            }
        }, "snippet-stopper");
        stopper.setDaemon(true);
        stopper.start();

        Charset charset = Charset.defaultCharset();
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", stream -> System.setOut(new PrintStream(stream, true, charset)));
        outputs.put("err", stream -> System.setErr(new PrintStream(stream, true, charset)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(control, socket.getInputStream(), socket.getOutputStream(), outputs, inputs);
    }
}
