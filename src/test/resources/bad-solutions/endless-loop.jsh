// A "solution" that never ends: the grader must stop it and say so.
System.out.println("thinking...");
while (true) { }
