// Hostile: start processes that outlive the script.
new ProcessBuilder("sleep", "600").start();
Runtime.getRuntime().exec(new String[] {"sh", "-c", "sleep 600 &"});
ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);
