// Hostile: turn the received file into a link to the answer, so that the grader writes over the key.
java.nio.file.Path received = java.nio.file.Path.of("target/grading/exercise-1.1-gradient-step.received.txt");
java.nio.file.Files.deleteIfExists(received);
java.nio.file.Files.createSymbolicLink(received, java.nio.file.Path.of("../../answers/01-regression/exercise-1.1-gradient-step.approved.txt").toAbsolutePath());
