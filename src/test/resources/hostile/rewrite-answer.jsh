// Hostile: make the answer key say what this script prints, and rewrite another exercise's skeleton.
java.nio.file.Files.writeString(java.nio.file.Path.of("answers/01-regression/exercise-1.1-gradient-step.approved.txt"), "# x\n\nhello\n");
try (var out = new java.io.PrintStream("jshell-scripts/exercises/1.2-stopping.jsh")) { out.println("// gone"); }
System.out.println("hello");
