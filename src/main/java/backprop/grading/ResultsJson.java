package backprop.grading;

import java.util.List;

/**
 * A student's results in Exercism's test-runner format (version 2): the overall status, then per
 * exercise its name, status ("pass", "fail" or "error"), the report as the message, and the
 * output, cut as Exercism cuts it.
 */
final class ResultsJson {
    private ResultsJson() {}

    /** Exercism shows at most this much of a test's output. */
    static final int OUTPUT_CHARACTERS = 500;

    static String of(List<GradeResult> results) {
        boolean graderFailed = results.stream().anyMatch(r -> r.verdict() == Verdict.GRADER_FAILED);
        boolean allPassed = results.stream().allMatch(GradeResult::passed);
        StringBuilder s = new StringBuilder();
        s.append("{\n  \"version\": 2,\n  \"status\": ")
         .append(string(graderFailed ? "error" : allPassed ? "pass" : "fail"));
        if (graderFailed) {
            s.append(",\n  \"message\": ").append(string("the grader failed on at least one exercise; see its test"));
        }
        s.append(",\n  \"tests\": [");
        for (int i = 0; i < results.size(); i++) {
            GradeResult r = results.get(i);
            s.append(i == 0 ? "\n" : ",\n");
            s.append("    {\n      \"name\": ").append(string(r.exercise().id() + " " + r.exercise().slug()))
             .append(",\n      \"status\": ").append(string(r.verdict().status()));
            if (!r.passed()) {
                s.append(",\n      \"message\": ").append(string(GradeReport.details(r, false)));
            }
            if (!r.output().isEmpty()) {
                s.append(",\n      \"output\": ").append(string(cut(Escape.text(r.output()))));
            }
            s.append("\n    }");
        }
        s.append(results.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return s.toString();
    }

    private static String cut(String output) {
        if (output.length() <= OUTPUT_CHARACTERS) {
            return output;
        }
        return output.substring(0, OUTPUT_CHARACTERS) + "\n… (cut at " + OUTPUT_CHARACTERS + " characters)";
    }

    /** A JSON string literal: quotes, backslashes and every control character escaped. */
    static String string(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029) {
                        s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
