package backprop.sandbox;

import backprop.jshell.RemoteAgent;

/**
 * The main class of a graded script's VM: the companion's JShell agent, with two ways of ending
 * that do not depend on the grader. The VM halts when the grader's process is gone (killed
 * without its shutdown hooks, say), and at its own deadline, however the script's code behaves.
 *
 * <pre>
 *   java … backprop.sandbox.SandboxAgent PORT DEADLINE_MILLIS
 * </pre>
 */
public final class SandboxAgent {
    private SandboxAgent() {}

    /** The exit status of a VM that ended itself at its deadline or without its grader. */
    static final int HALTED = 124;

    public static void main(String[] args) throws Exception {
        long deadlineMillis = Long.parseLong(args[1]);
        // Set up before the first snippet arrives: nothing the script does can run before this.
        ProcessHandle.current().parent().ifPresent(grader ->
                grader.onExit().thenRun(() -> Runtime.getRuntime().halt(HALTED)));
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(deadlineMillis);
            } catch (InterruptedException ignored) {
                // halting anyway
            }
            Runtime.getRuntime().halt(HALTED);
        }, "sandbox-deadline");
        deadline.setDaemon(true);
        deadline.start();
        RemoteAgent.main(new String[] {args[0]});
    }
}
