// Hostile: read the environment (tokens, paths) and the grader's folders.
System.out.println(new java.util.TreeMap<>(System.getenv()).keySet());
System.out.println(System.getProperty("user.dir").contains("backprop-grading-"));
System.out.println(System.getProperty("user.home").contains("backprop-grading-"));
