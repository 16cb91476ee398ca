package backprop.grading;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import backprop.Table;
import backprop.sandbox.Limits;

/**
 * An instructor's grading of a class: every student folder under a submissions folder, each in
 * scratch folders of its own, against the answer key read once before any student's script runs.
 *
 * <pre>
 *   submissions/alice/jshell-scripts/exercises/1.1-gradient-step.jsh   (a clone, or its exercises folder)
 *   submissions/bob/1.1-gradient-step.jsh                              (flat)
 * </pre>
 * The results folder, made anew, gets {@code summary.csv} (student × exercise),
 * {@code junit.xml} (a test suite per student, a test case per exercise: GitHub Classroom, GitLab
 * and LMS tools read it) and {@code students/<name>/results.json} (Exercism's format: status, and per
 * test name, status, message, output). Nothing is written in the submissions.
 */
final class ClassGrading {
    private ClassGrading() {}

    /** A student: the folder's name and the folder. */
    record Student(String name, Path folder) {}

    /** One student's results, or why the student could not be graded at all. */
    record Graded(Student student, List<GradeResult> results) {
        long passed() {
            return results.stream().filter(GradeResult::passed).count();
        }
    }

    /** The student folders under {@code submissions}, by name; links and hidden folders are skipped. */
    static List<Student> students(Path submissions, PrintStream out) throws IOException {
        List<Student> students = new ArrayList<>();
        try (Stream<Path> entries = Files.list(submissions)) {
            for (Path entry : entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isSymbolicLink(entry)) {
                    out.println("skipped " + Escape.line(name) + ": a link, not a student's folder");
                } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    students.add(new Student(name, entry));
                }
            }
        }
        return students;
    }

    /** Where a student's script for the exercise is: the clone's layout first, then flat. */
    static Path script(Student student, Exercise exercise) {
        Path clone = student.folder().resolve(exercise.script());
        if (Files.exists(clone, LinkOption.NOFOLLOW_LINKS)) {
            return clone;
        }
        Path exercises = student.folder().resolve("exercises").resolve(exercise.script().getFileName());
        if (Files.exists(exercises, LinkOption.NOFOLLOW_LINKS)) {
            return exercises;
        }
        return student.folder().resolve(exercise.script().getFileName());
    }

    /**
     * Grades everyone and writes the results; returns the exit status: 0 when every student passed
     * every exercise, 1 when not, 2 when there is no one to grade, 3 when the grader failed.
     */
    static int run(Path projectDir, Path submissions, Path resultsDir, List<Exercise> exercises, Limits limits,
            PrintStream out) {
        if (!Files.isDirectory(submissions)) {
            out.println("grade: --submissions " + submissions + " is not a folder");
            return 2;
        }
        List<Student> students;
        try {
            students = students(submissions, out);
        } catch (IOException e) {
            out.println("grade: cannot list " + submissions + ": " + e.getMessage());
            return 3;
        }
        if (students.isEmpty()) {
            out.println("grade: no student folders in " + submissions);
            return 2;
        }
        AnswerKey key = AnswerKey.load(projectDir, exercises); // before any student's script runs
        Path results = Grader.freshFolder(resultsDir);
        if (results == null) {
            out.println("grade: cannot make the results folder " + resultsDir);
            return 3;
        }
        out.println("grading " + students.size() + " student(s) × " + exercises.size() + " exercise(s) in "
                + submissions + ", at most " + limits.time().toSeconds() + " s each");
        List<Graded> graded = gradeEach(projectDir, key, students, exercises, limits);
        for (Graded g : graded) {
            out.println(Escape.line(g.student().name()) + ": " + GradeReport.totals(g.results()));
        }
        try {
            write(results.resolve("summary.csv"), csv(graded, exercises));
            write(results.resolve("junit.xml"), JunitXml.of(graded));
            Path perStudent = Files.createDirectory(results.resolve("students"));
            for (Graded g : graded) {
                Path folder = Files.createDirectory(perStudent.resolve(g.student().name()));
                write(folder.resolve("results.json"), ResultsJson.of(g.results()));
            }
        } catch (IOException e) {
            out.println("grade: cannot write the results in " + results + ": " + e.getMessage());
            return 3;
        }
        out.println();
        out.print(table(graded, exercises));
        out.println();
        out.println("results: " + results + " (summary.csv, junit.xml, students/<name>/results.json)");
        boolean graderFailed = graded.stream().flatMap(g -> g.results().stream())
                .anyMatch(r -> r.verdict() == Verdict.GRADER_FAILED);
        long everything = graded.stream().filter(g -> g.passed() == exercises.size()).count();
        out.println(students.size() + " student(s): " + everything + " passed every exercise, "
                + (students.size() - everything) + " did not");
        return graderFailed ? 3 : everything == students.size() ? 0 : 1;
    }

    /**
     * Every student's results, in the order of {@code students}. Students are graded side by side
     * ({@link Grading#threads}), each by a grader of its own: a scratch folder of its own, deleted
     * when that student is done, and a VM of its own per script.
     */
    private static List<Graded> gradeEach(Path projectDir, AnswerKey key, List<Student> students,
            List<Exercise> exercises, Limits limits) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Grading.threads(), r -> {
            Thread t = new Thread(r, "grading-student");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Graded>> pending = new ArrayList<>();
            for (Student student : students) {
                pending.add(pool.submit(() -> {
                    List<GradeResult> results = new ArrayList<>();
                    try (Grader grader = new Grader(projectDir, key, Grader.ownCode(), limits, null)) {
                        for (Exercise exercise : exercises) {
                            results.add(grader.grade(exercise, script(student, exercise), student.folder()));
                        }
                    }
                    return new Graded(student, results);
                }));
            }
            List<Graded> graded = new ArrayList<>();
            for (java.util.concurrent.Future<Graded> future : pending) {
                graded.add(future.get());
            }
            return graded;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the grader failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Student × exercise, the verdicts' tags, then the counts. */
    static String table(List<Graded> graded, List<Exercise> exercises) {
        List<String> header = new ArrayList<>();
        header.add("student");
        exercises.forEach(e -> header.add(e.id()));
        header.add("passed");
        Table table = Table.of(header.toArray(String[]::new))
                .left(java.util.stream.IntStream.range(0, header.size() - 1).toArray());
        for (Graded g : graded) {
            List<String> row = new ArrayList<>();
            row.add(backprop.Columns.truncate(Escape.line(g.student().name()), 24));
            g.results().forEach(r -> row.add(r.verdict().tag()));
            row.add(g.passed() + "/" + exercises.size());
            table.row(row.toArray(String[]::new));
        }
        return table.toString();
    }

    /** The same table as CSV, one verdict per cell; names are quoted, and never start a formula. */
    static String csv(List<Graded> graded, List<Exercise> exercises) {
        StringBuilder s = new StringBuilder("student");
        exercises.forEach(e -> s.append(',').append(e.id()));
        s.append(",passed,failed\n");
        for (Graded g : graded) {
            s.append(csvCell(g.student().name()));
            g.results().forEach(r -> s.append(',').append(r.verdict().tag()));
            s.append(',').append(g.passed()).append(',').append(g.results().size() - g.passed()).append('\n');
        }
        return s.toString();
    }

    /** RFC 4180 quoting, and a leading ' before = + - @ so that a spreadsheet shows a name, not a formula. */
    static String csvCell(String value) {
        String text = Escape.line(value);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
