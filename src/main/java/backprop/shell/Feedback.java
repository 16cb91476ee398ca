package backprop.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * What jshell says after a snippet, in jshell's own words and layout: values as
 * {@code x ==> 5}, declarations as {@code |  created method f()}, compile errors with a caret
 * under their position, exceptions in one or two lines.
 */
final class Feedback {
    private Feedback() {}

    static List<String> describe(JShell shell, SnippetEvent event) {
        List<String> lines = new ArrayList<>();
        if (event.causeSnippet() != null) {
            return lines; // a knock-on update of an earlier snippet; jshell's normal mode is quiet about it too
        }
        Snippet snippet = event.snippet();
        JShellException exception = event.exception();
        if (exception != null) {
            lines.addAll(exception(exception));
            return lines;
        }
        switch (event.status()) {
            case REJECTED -> lines.addAll(errors(shell, snippet));
            case VALID -> lines.addAll(valid(event));
            case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> {
                String unresolved = snippet instanceof DeclarationSnippet d
                        ? shell.unresolvedDependencies(d).collect(Collectors.joining(", "))
                        : "";
                lines.add("|  " + (event.previousStatus() == Snippet.Status.NONEXISTENT ? "created " : "modified ")
                        + kind(snippet) + ", however, it cannot be used until " + unresolved + " is declared");
            }
            default -> { }
        }
        return lines;
    }

    private static List<String> valid(SnippetEvent event) {
        Snippet snippet = event.snippet();
        boolean created = event.previousStatus() == Snippet.Status.NONEXISTENT;
        if (snippet instanceof VarSnippet var) {
            String value = event.value();
            return List.of(var.name() + " ==> " + (value == null ? "null" : value));
        }
        if (snippet instanceof ExpressionSnippet expression) {
            String value = event.value();
            return value == null ? List.of() : List.of(expression.name() + " ==> " + value);
        }
        if (snippet instanceof MethodSnippet || snippet instanceof TypeDeclSnippet) {
            return List.of("|  " + (created ? "created " : "modified ") + kind(snippet));
        }
        return List.of();
    }

    private static String kind(Snippet snippet) {
        if (snippet instanceof MethodSnippet m) {
            return "method " + m.name() + "(" + m.parameterTypes() + ")";
        }
        if (snippet instanceof TypeDeclSnippet t) {
            String kind = switch (t.subKind()) {
                case INTERFACE_SUBKIND -> "interface";
                case ENUM_SUBKIND -> "enum";
                case ANNOTATION_TYPE_SUBKIND -> "annotation interface";
                default -> t.source().contains("record ") ? "record" : "class";
            };
            return kind + " " + t.name();
        }
        if (snippet instanceof VarSnippet v) {
            return "variable " + v.name();
        }
        return "snippet";
    }

    /** A compile error: the message, the offending line and a caret under the spot. */
    static List<String> errors(JShell shell, Snippet snippet) {
        List<String> lines = new ArrayList<>();
        String source = snippet.source();
        shell.diagnostics(snippet).filter(Diag::isError).forEach(diag -> {
            lines.add("|  Error:");
            for (String m : diag.getMessage(Locale.ROOT).split("\n")) {
                lines.add(("|  " + m).stripTrailing());
            }
            int start = (int) Math.max(0, Math.min(diag.getStartPosition(), source.length()));
            int end = (int) Math.max(start, Math.min(diag.getEndPosition(), source.length()));
            int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
            if (start == 0) {
                lineStart = 0;
            }
            int lineEnd = source.indexOf('\n', start);
            if (lineEnd < 0) {
                lineEnd = source.length();
            }
            String line = source.substring(lineStart, lineEnd);
            int lineNumber = (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
            int caretEnd = Math.max(start + 1, Math.min(end, lineEnd));
            lines.add("|  " + line);
            lines.add("|  " + " ".repeat(start - lineStart)
                    + (caretEnd - start <= 1 ? "^" : "^" + "-".repeat(caretEnd - start - 2) + "^")
                    + "   (line " + lineNumber + ", column " + (start - lineStart + 1) + ")");
        });
        if (lines.isEmpty()) {
            lines.add("|  Error: this snippet was rejected");
        }
        return lines;
    }

    /** An exception in one or two lines: class and message, and where in the snippets it began. */
    static List<String> exception(JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return List.of("|  attempted to use " + kind(unresolved.getSnippet())
                    + ", which cannot be used until what it refers to is declared");
        }
        String name = exception instanceof EvalException e ? e.getExceptionClassName() : exception.getClass().getName();
        String message = exception.getMessage();
        List<String> lines = new ArrayList<>();
        lines.add("|  Exception " + name + (message == null || message.isEmpty() ? "" : ": " + message));
        // Where it happened in the student's snippets or in the chapter code: the JDK's own frames
        // would only say which line of, say, Scanner.java threw.
        for (StackTraceElement frame : exception.getStackTrace()) {
            String file = frame.getFileName() == null ? "?" : frame.getFileName();
            if (file.startsWith("#")) {
                lines.add("|        at (" + file + ":" + frame.getLineNumber() + ")");
                break;
            }
            if (frame.getClassName().startsWith("backprop.")) {
                // the method is what a student can look up; its line number moves with every edit
                String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                lines.add("|        at " + simple + "." + frame.getMethodName());
                break;
            }
        }
        return lines;
    }
}
