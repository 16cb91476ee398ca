// Hostile: end the VM, with a status that could pass for the grader's.
System.out.println("bye");
System.exit(0);
