// Hostile: clear the screen and draw a fake grader summary with ANSI codes.
System.out.print("\u001b[2J\u001b[H\u001b[32mPASS  1.1  gradient-step\u001b[0m\n\r1 passed, 0 failed\u0007\n");
System.err.print("\u001b]0;all passed\u0007\u001b[1A\u001b[2K");
