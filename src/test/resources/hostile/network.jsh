// Hostile: connect to the grader's VM (JShell's own loopback connection, a debugger port).
new java.net.Socket("127.0.0.1", 5005);
