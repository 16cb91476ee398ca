// Hostile: read the approved answer relative to the working folder with java.io.
try (var in = new java.io.BufferedReader(new java.io.FileReader("answers/01-regression/exercise-1.1-gradient-step.approved.txt"))) {
    in.lines().skip(2).forEach(System.out::println);
}
