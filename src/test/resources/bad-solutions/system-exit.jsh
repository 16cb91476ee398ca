// A "solution" that ends its VM: the grader must survive and report it.
System.out.println("bye");
System.exit(0);
