// Hostile: write straight to the terminal, past the grader's capture.
try (var tty = new java.io.FileOutputStream("/dev/tty")) { tty.write("\n1 passed, 0 failed\n".getBytes()); }
System.console().writer().println("1 passed, 0 failed");
