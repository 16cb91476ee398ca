package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An instructor grades a class with {@code grade --submissions}: a correct student (a clone's
 * layout), an untouched one (flat), and two hostile ones who between them hand in every hostile
 * script of {@link HostileScriptsTest} and a link to the correct student's work. The table, the
 * CSV, each results.json and the JUnit XML say what the model says; nothing in the submissions or
 * the project changes; the correct student's results are the same alone and in this class. The
 * loops that swallow the stop are a student of their own, graded with a short limit.
 */
class ClassroomTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final List<String> MALLORY = List.of("read-answer-nio", "rewrite-answer",
            "endless-printing", "terminal-write", "environment", "reflection", "system-exit", "plant-link");
    static final List<String> TRUDY = List.of("read-answer-io", "escape-codes",
            "child-process", "memory", "network", "threads-outlive");
    /** The loops that swallow the stop: a class of their own with a short limit, which they always reach. */
    static final List<String> LOOPER = List.of("swallow-stop-catch", "swallow-stop-finally", "long-stream");
    /**
     * The default limit: a shorter one turns a correct script into TIME on a loaded machine (the
     * limit counts JShell's compiling in the grader too). No script of that class runs into it.
     */
    static final int LIMIT_SECONDS = (int) Grader.DEFAULT_TIME_LIMIT.toSeconds();
    static final int LOOP_LIMIT_SECONDS = 2;

    @Test
    void aClassOfFourStudents(@TempDir Path temp) throws Exception {
        List<Exercise> exercises = ExerciseCatalog.all().subList(0, MALLORY.size());
        Path project = HostileScriptsTest.project(temp.resolve("project"));
        Path submissions = Files.createDirectories(temp.resolve("submissions"));
        Map<String, List<String>> expected = new TreeMap<>();
        List<String> correct = new ArrayList<>();
        List<String> untouched = new ArrayList<>();
        List<String> mallory = new ArrayList<>();
        List<String> trudy = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            Exercise e = exercises.get(i);
            copy(Solutions.of(e), submissions.resolve("correct").resolve(e.script()));
            correct.add("PASS");
            copy(PROJECT.resolve(e.script()), submissions.resolve("untouched").resolve(e.script().getFileName()));
            untouched.add("FAIL");
            copy(HostileScriptsTest.HOSTILE.resolve(MALLORY.get(i) + ".jsh"),
                    submissions.resolve("mallory/exercises").resolve(e.script().getFileName()));
            mallory.add(HostileScriptsTest.VERDICTS.get(MALLORY.get(i)).tag());
            Path trudys = submissions.resolve("trudy").resolve(e.script().getFileName());
            if (i < TRUDY.size()) {
                copy(HostileScriptsTest.HOSTILE.resolve(TRUDY.get(i) + ".jsh"), trudys);
                trudy.add(HostileScriptsTest.VERDICTS.get(TRUDY.get(i)).tag());
            } else {
                Files.createSymbolicLink(trudys, submissions.resolve("correct").resolve(e.script()));
                trudy.add("FILE");
            }
        }
        expected.put("correct", correct);
        expected.put("untouched", untouched);
        expected.put("mallory", mallory);
        expected.put("trudy", trudy);
        Map<Path, String> projectBefore = HostileScriptsTest.everything(project);
        Map<Path, String> submitted = HostileScriptsTest.everything(submissions);
        String ids = String.join(",", exercises.stream().map(Exercise::id).toList());

        Path results = temp.resolve("results");
        GraderTest.Output out = GraderTest.grade(project, "--submissions", submissions.toString(),
                "--results", results.toString(), "--time-limit=" + LIMIT_SECONDS, ids);

        assertEquals(GradeMain.SOME_FAILED, out.status(), out.text());
        HostileScriptsTest.assertNoControlCharacters(out.text());
        assertEquals(projectBefore, HostileScriptsTest.everything(project));
        assertEquals(submitted, HostileScriptsTest.everything(submissions));
        // the printed table
        for (Map.Entry<String, List<String>> student : expected.entrySet()) {
            String row = student.getKey() + " +" + String.join(" +", student.getValue()) + " +"
                    + student.getValue().stream().filter("PASS"::equals).count() + "/" + exercises.size();
            assertTrue(out.text().lines().anyMatch(l -> l.strip().matches(row)), row + " in\n" + out.text());
        }
        List<String> outLines = out.text().lines().toList();
        assertEquals("4 student(s): 1 passed every exercise, 3 did not", outLines.get(outLines.size() - 1));
        // summary.csv
        List<String> csv = Files.readAllLines(results.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertEquals("student," + ids + ",passed,failed", csv.get(0));
        Map<String, List<String>> fromCsv = new TreeMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",");
            fromCsv.put(cells[0].replace("\"", ""), List.of(cells).subList(1, 1 + exercises.size()));
        }
        assertEquals(expected, fromCsv);
        // results.json, Exercism's statuses
        for (Map.Entry<String, List<String>> student : expected.entrySet()) {
            String json = Files.readString(results.resolve("students").resolve(student.getKey()).resolve("results.json"));
            List<String> statuses = new ArrayList<>();
            Matcher m = Pattern.compile("\n      \"status\": \"(\\w+)\"").matcher(json);
            while (m.find()) {
                statuses.add(m.group(1));
            }
            List<String> want = student.getValue().stream()
                    .map(tag -> switch (tag) {
                        case "PASS" -> "pass";
                        case "FAIL", "MISS" -> "fail";
                        default -> "error";
                    }).toList();
            assertEquals(want, statuses, json);
            assertTrue(json.contains("\n  \"status\": \"" + (student.getKey().equals("correct") ? "pass" : "fail") + "\""),
                    json);
        }
        // JUnit XML: a suite per student, a case per exercise
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(results.resolve("junit.xml").toFile());
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(4, suites.getLength());
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            List<String> tags = expected.get(suite.getAttribute("name"));
            assertEquals(String.valueOf(exercises.size()), suite.getAttribute("tests"));
            long errors = tags.stream().filter(t -> List.of("TIME", "EXIT", "OVER", "FILE").contains(t)).count();
            long failures = tags.stream().filter(t -> List.of("FAIL", "MISS").contains(t)).count();
            assertEquals(String.valueOf(errors), suite.getAttribute("errors"), suite.getAttribute("name"));
            assertEquals(String.valueOf(failures), suite.getAttribute("failures"), suite.getAttribute("name"));
        }

        // No cross-student influence: the correct student alone gets the same results.json.
        Path alone = Files.createDirectories(temp.resolve("alone"));
        copyTree(submissions.resolve("correct"), alone.resolve("correct"));
        GraderTest.Output single = GraderTest.grade(project, "--submissions", alone.toString(),
                "--results", temp.resolve("results-alone").toString(), ids);
        assertEquals(GradeMain.ALL_PASSED, single.status(), single.text());
        assertEquals(Files.readString(results.resolve("students/correct/results.json")),
                Files.readString(temp.resolve("results-alone/students/correct/results.json")));
    }

    @Test
    void aStudentWhoseLoopsSwallowTheStop(@TempDir Path temp) throws Exception {
        List<Exercise> exercises = ExerciseCatalog.all().subList(0, LOOPER.size());
        Path project = HostileScriptsTest.project(temp.resolve("project"));
        Path submissions = Files.createDirectories(temp.resolve("submissions"));
        for (int i = 0; i < exercises.size(); i++) {
            assertEquals(Verdict.TIMED_OUT, HostileScriptsTest.VERDICTS.get(LOOPER.get(i)));
            copy(HostileScriptsTest.HOSTILE.resolve(LOOPER.get(i) + ".jsh"),
                    submissions.resolve("looper").resolve(exercises.get(i).script().getFileName()));
        }
        Map<Path, String> projectBefore = HostileScriptsTest.everything(project);
        Map<Path, String> submitted = HostileScriptsTest.everything(submissions);
        String ids = String.join(",", exercises.stream().map(Exercise::id).toList());
        Path results = temp.resolve("results");
        long start = System.nanoTime();
        GraderTest.Output out = GraderTest.grade(project, "--submissions", submissions.toString(),
                "--results", results.toString(), "--time-limit=" + LOOP_LIMIT_SECONDS, ids);
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);

        assertEquals(GradeMain.SOME_FAILED, out.status(), out.text());
        assertTrue(out.text().lines().anyMatch(l -> l.strip().matches("looper +TIME +TIME +TIME +0/3")), out.text());
        // one after another at worst, each ended within limit + grace
        java.time.Duration bound = java.time.Duration.ofSeconds(LOOP_LIMIT_SECONDS).plus(backprop.sandbox.Limits.DEFAULT_GRACE)
                .multipliedBy(exercises.size()).plus(HostileScriptsTest.SLACK);
        assertTrue(took.compareTo(bound) < 0, "took " + took);
        assertEquals(projectBefore, HostileScriptsTest.everything(project));
        assertEquals(submitted, HostileScriptsTest.everything(submissions));
        String json = Files.readString(results.resolve("students/looper/results.json"));
        assertEquals(3, Pattern.compile("\n      \"status\": \"error\"").matcher(json).results().count(), json);
        Element suite = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(results.resolve("junit.xml").toFile()).getElementsByTagName("testsuite").item(0);
        assertEquals("3", suite.getAttribute("errors"));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
