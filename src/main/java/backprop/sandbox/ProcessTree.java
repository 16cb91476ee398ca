package backprop.sandbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Ends a script's VM together with every process it started, and keeps a list of the VMs still
 * running so that they end with the grader too: Ctrl-C, a kill or {@code System.exit} of the
 * grader's VM runs its shutdown hooks, and the hook here ends them all.
 *
 * <p>Descendants go first: once the VM is gone, its children belong to init and no longer show
 * as its descendants.
 */
final class ProcessTree {
    private ProcessTree() {}

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ProcessTree::kill), "sandbox-cleanup"));
    }

    /** Remembers {@code vm} until it has ended, to be ended with the grader if it comes to that. */
    static void track(Process vm) {
        LIVE.add(vm);
        vm.onExit().thenRun(() -> LIVE.remove(vm));
    }

    /** Ends {@code vm} and all its descendants forcibly, and waits a little for the VM to be gone. */
    static void kill(Process vm) {
        List<ProcessHandle> descendants = vm.descendants().toList();
        for (ProcessHandle p : descendants) {
            p.destroyForcibly();
        }
        vm.destroyForcibly();
        try {
            vm.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A child may have started a grandchild while its parent was being ended.
        for (ProcessHandle p : descendants) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** How many script VMs are running now: for tests that check nothing is left behind. */
    static int live() {
        return (int) LIVE.stream().filter(Process::isAlive).count();
    }
}
