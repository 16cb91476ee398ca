// Hostile: find the project from the class path and print the approved answer.
String cp = System.getProperty("java.class.path");
java.nio.file.Path root = java.nio.file.Path.of(cp.split(java.io.File.pathSeparator)[0]).toAbsolutePath();
for (java.nio.file.Path p = root; p != null; p = p.getParent()) {
    java.nio.file.Path answer = p.resolve("answers/01-regression/exercise-1.1-gradient-step.approved.txt");
    if (java.nio.file.Files.exists(answer)) {
        String text = java.nio.file.Files.readString(answer);
        System.out.print(text.substring(text.indexOf("\n\n") + 2));
    }
}
