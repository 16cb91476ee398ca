package backprop.grading;

import java.util.List;
import java.util.Locale;

/**
 * The class's results as JUnit XML, the format GitHub Classroom, GitLab and most LMS tools read: a
 * test suite per student, a test case per exercise; a wrong output is a failure, a script that
 * could not be run to its end (TIME, EXIT, OVER, FILE) an error, a missing script a failure.
 */
final class JunitXml {
    private JunitXml() {}

    static String of(List<ClassGrading.Graded> graded) {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        StringBuilder suites = new StringBuilder();
        for (ClassGrading.Graded g : graded) {
            int suiteFailures = 0;
            int suiteErrors = 0;
            double seconds = 0;
            StringBuilder cases = new StringBuilder();
            for (GradeResult r : g.results()) {
                seconds += r.seconds();
                cases.append("    <testcase classname=\"").append(attribute(g.student().name()))
                     .append("\" name=\"").append(attribute(r.exercise().id() + " " + r.exercise().slug()))
                     .append("\" time=\"").append(String.format(Locale.ROOT, "%.3f", r.seconds())).append('"');
                if (r.passed()) {
                    cases.append("/>\n");
                    continue;
                }
                String element = r.verdict().status().equals("error") ? "error" : "failure";
                if (element.equals("error")) {
                    suiteErrors++;
                } else {
                    suiteFailures++;
                }
                cases.append(">\n      <").append(element).append(" type=\"").append(r.verdict().tag())
                     .append("\" message=\"").append(attribute(r.message())).append("\">")
                     .append(text(GradeReport.details(r, false))).append("</").append(element).append(">\n");
                if (!r.output().isEmpty()) {
                    cases.append("      <system-out>").append(text(Escape.cut(Escape.text(r.output()), 20_000)))
                         .append("</system-out>\n");
                }
                cases.append("    </testcase>\n");
            }
            tests += g.results().size();
            failures += suiteFailures;
            errors += suiteErrors;
            suites.append("  <testsuite name=\"").append(attribute(g.student().name()))
                  .append("\" tests=\"").append(g.results().size())
                  .append("\" failures=\"").append(suiteFailures)
                  .append("\" errors=\"").append(suiteErrors)
                  .append("\" skipped=\"0\" time=\"").append(String.format(Locale.ROOT, "%.3f", seconds)).append("\">\n")
                  .append(cases)
                  .append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"backprop-companion exercises\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\">\n" + suites + "</testsuites>\n";
    }

    /** Character data: the five XML specials escaped; characters XML 1.0 cannot hold escaped as text. */
    static String text(String value) {
        StringBuilder s = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (allowed) {
                        s.appendCodePoint(c);
                    } else {
                        s.append(String.format(Locale.ROOT, "\\u%04X", c));
                    }
                }
            }
        });
        return s.toString();
    }

    /** An attribute value: as {@link #text}, with line breaks and tabs as character references. */
    static String attribute(String value) {
        return text(Escape.line(value)).replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }
}
