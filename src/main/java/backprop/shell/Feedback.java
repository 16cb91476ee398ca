package backprop.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
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
 * {@code x ==> 5} (cut as jshell cuts them), declarations as {@code |  created method f()},
 * compile errors with a caret under their position, exceptions with the student's and the
 * chapters' frames. One thing differs: a value that is a text of several lines (a report, a
 * drawing) is shown as that text, not as one escaped Java literal.
 */
final class Feedback {
    private Feedback() {}

    /** jshell's limit for a value, in characters: longer ones keep their start and end around " ... ". */
    static final int VALUE_LIMIT = 1000;

    /** A text value longer than this is cut too: a multi-line String can be as big as the VM's memory. */
    static final int TEXT_LIMIT = 2_000_000;

    /** A source line in an error longer than this is shown around the error only. */
    static final int ERROR_LINE_LIMIT = 160;

    /** JShell's value of a snippet is cut at this many characters on its way from the VM. */
    private static final int TRANSPORT_LIMIT = 21_844;

    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$\\d+[.$]");

    /**
     * The lines jshell would print for {@code event}. {@code text} gives the whole text of a
     * variable's value by its name, when the VM can still tell it.
     */
    static List<String> describe(JShell shell, SnippetEvent event, Function<String, Optional<String>> text) {
        List<String> lines = new ArrayList<>();
        if (event.causeSnippet() != null) {
            return lines; // a knock-on update of an earlier snippet; jshell's normal mode is quiet about it too
        }
        Snippet snippet = event.snippet();
        JShellException exception = event.exception();
        if (exception != null) {
            lines.addAll(exception(shell, exception));
            return lines;
        }
        switch (event.status()) {
            case REJECTED -> lines.addAll(errors(shell, snippet));
            case VALID -> lines.addAll(valid(event, text));
            case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> lines.add("|  " + action(event) + " " + kind(snippet)
                    + ", however, " + until(snippet, false) + resolve(shell, snippet));
            default -> { }
        }
        return lines;
    }

    /**
     * Whether a declaration is kept by JShell although javac cannot compile it, and no definition
     * yet to come can help ({@code constant string too long}): JShell would compile it again with
     * every later snippet and fail each of them.
     */
    static boolean poisons(JShell shell, SnippetEvent event) {
        if (event.causeSnippet() != null || !(event.snippet() instanceof DeclarationSnippet declaration)) {
            return false;
        }
        Snippet.Status status = event.status();
        return (status == Snippet.Status.RECOVERABLE_DEFINED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED)
                && shell.unresolvedDependencies(declaration).findAny().isEmpty()
                && shell.diagnostics(declaration).anyMatch(Diag::isError);
    }

    private static String action(SnippetEvent event) {
        if (event.previousStatus() == Snippet.Status.NONEXISTENT) {
            return "created";
        }
        return event.isSignatureChange() ? "replaced" : "modified";
    }

    private static List<String> valid(SnippetEvent event, Function<String, Optional<String>> text) {
        Snippet snippet = event.snippet();
        if (snippet instanceof VarSnippet var) {
            return value(var.name(), var.typeName(), event.value(), () -> text.apply(var.name()));
        }
        if (snippet instanceof ExpressionSnippet expression) {
            String value = event.value();
            return value == null ? List.of() : value(expression.name(), expression.typeName(), value, Optional::empty);
        }
        if (snippet instanceof MethodSnippet || snippet instanceof TypeDeclSnippet) {
            return List.of("|  " + action(event) + " " + kind(snippet));
        }
        return List.of();
    }

    /** {@code name ==> value}, cut as jshell cuts it; a text of several lines below its name, whole. */
    static List<String> value(String name, String typeName, String value, java.util.function.Supplier<Optional<String>> wholeText) {
        if (value == null) {
            return List.of(name + " ==> null");
        }
        boolean string = "String".equals(typeName) && value.startsWith("\"");
        boolean multiLine = string ? hasEscapedNewline(value) : value.indexOf('\n') >= 0;
        if (!multiLine) {
            return List.of(name + " ==> " + truncate(value, VALUE_LIMIT));
        }
        Optional<String> whole = wholeText.get();
        String text;
        if (whole.isPresent() && whole.get().length() >= value.length()) {
            text = string ? unescape(whole.get()) : whole.get();
        } else {
            text = string ? unescape(value) : value;
            if (value.length() >= TRANSPORT_LIMIT) {
                text += "\n... (cut by JShell at " + TRANSPORT_LIMIT + " characters)";
            }
        }
        if (text.length() > TEXT_LIMIT) {
            text = text.substring(0, TEXT_LIMIT) + "\n... (" + (text.length() - TEXT_LIMIT) + " more characters)";
        }
        List<String> lines = new ArrayList<>();
        lines.add(name + " ==> " + (string ? "\"\"\"" : ""));
        String visible = visible(text);
        lines.add(visible.endsWith("\n") ? visible.substring(0, visible.length() - 1) : visible);
        if (string) {
            lines.add("\"\"\"");
        }
        return lines;
    }

    /** jshell's cut: the first part and the last third of the limit, joined by " ... ". */
    static String truncate(String value, int limit) {
        if (value.length() <= limit) {
            return value;
        }
        int end = limit / 3;
        int start = limit - 5 - end;
        return value.substring(0, start) + " ... " + value.substring(value.length() - end);
    }

    private static boolean hasEscapedNewline(String quoted) {
        for (int i = 0; i + 1 < quoted.length(); i++) {
            if (quoted.charAt(i) == '\\') {
                if (quoted.charAt(i + 1) == 'n') {
                    return true;
                }
                i++; // the escaped character, whatever it is
            }
        }
        return false;
    }

    /** The text of a String as the VM wrote it for jshell: quoted, with Java's escapes. */
    static String unescape(String quoted) {
        String body = quoted.length() >= 2 && quoted.startsWith("\"") && quoted.endsWith("\"")
                ? quoted.substring(1, quoted.length() - 1) : quoted;
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                text.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    if (i + 4 < body.length()) {
                        text.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7' && i + 2 < body.length()) {
                        text.append((char) Integer.parseInt(body.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        text.append(e);
                    }
                }
            }
        }
        return text.toString();
    }

    /** Control characters other than newline and tab as escapes: a value must not move the cursor or clear the screen. */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(c == '\r' ? "\\r" : String.format(Locale.ROOT, "\\%03o", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    static String kind(Snippet snippet) {
        if (snippet instanceof MethodSnippet m) {
            return "method " + m.name() + "(" + m.parameterTypes() + ")";
        }
        if (snippet instanceof TypeDeclSnippet t) {
            return typeKind(t) + " " + t.name();
        }
        if (snippet instanceof VarSnippet v) {
            return "variable " + v.name();
        }
        return "snippet";
    }

    private static String typeKind(TypeDeclSnippet t) {
        return switch (t.subKind()) {
            case INTERFACE_SUBKIND -> "interface";
            case ENUM_SUBKIND -> "enum";
            case ANNOTATION_TYPE_SUBKIND -> "annotation interface";
            case RECORD_SUBKIND -> "record";
            default -> "class";
        };
    }

    /** jshell's words for what a declaration waiting for others cannot do yet. */
    private static String until(Snippet snippet, boolean used) {
        String it = used ? "which" : "it";
        if (snippet instanceof MethodSnippet) {
            return it + " cannot be invoked until";
        }
        if (snippet instanceof TypeDeclSnippet t) {
            return switch (t.subKind()) {
                case INTERFACE_SUBKIND -> used ? "whose methods cannot be invoked until" : "its methods cannot be invoked until";
                case ENUM_SUBKIND, ANNOTATION_TYPE_SUBKIND -> it + " cannot be used until";
                default -> it + " cannot be instantiated or its methods invoked until";
            };
        }
        return it + " cannot be referenced until";
    }

    /** " method g() is declared", " this error is corrected: …", or both. */
    private static String resolve(JShell shell, Snippet snippet) {
        List<String> unresolved = snippet instanceof DeclarationSnippet d
                ? shell.unresolvedDependencies(d).toList() : List.of();
        List<String> errors = shell.diagnostics(snippet).filter(Diag::isError)
                .map(d -> d.getMessage(Locale.ROOT).lines().findFirst().orElse("")).toList();
        StringBuilder out = new StringBuilder();
        if (!unresolved.isEmpty()) {
            out.append(' ').append(String.join(", ", unresolved)).append(unresolved.size() == 1 ? " is declared" : " are declared");
        }
        if (!errors.isEmpty()) {
            out.append(unresolved.isEmpty() ? " " : " and ")
                    .append(errors.size() == 1 ? "this error is corrected: " : "these errors are corrected: ")
                    .append(String.join("; ", errors));
        }
        return out.toString();
    }

    /** Compile errors as jshell shows them: the message, the offending line and a caret under the spot. */
    static List<String> errors(JShell shell, Snippet snippet) {
        List<String> lines = new ArrayList<>();
        String source = snippet.source();
        shell.diagnostics(snippet).filter(Diag::isError).forEach(diag -> {
            lines.add("|  Error:");
            for (String m : diag.getMessage(Locale.ROOT).split("\\R")) {
                // javac names the class the symbol was looked for in: for a snippet, JShell's wrapper,
                // whose name it blanks ("location: class"); jshell leaves the line out, so does this.
                if (!m.strip().startsWith("location:")) {
                    lines.add(("|  " + m).stripTrailing());
                }
            }
            lines.addAll(caret(source, diag.getStartPosition(), diag.getEndPosition()));
        });
        if (lines.isEmpty()) {
            lines.add("|  Error: this snippet was rejected");
        }
        return lines;
    }

    /** The line of {@code source} holding {@code start}, and under it {@code ^---^} from start to end. */
    static List<String> caret(String source, long startPosition, long endPosition) {
        int start = (int) Math.max(0, Math.min(startPosition, source.length()));
        int end = (int) Math.max(start, Math.min(endPosition, source.length()));
        int lineStart = start == 0 ? 0 : source.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = source.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        boolean multiLine = end > lineEnd;
        int caretEnd = Math.min(end, lineEnd);
        // A pasted line of 100,000 characters: show the part around the error, as wide as a screen.
        int from = lineStart;
        int to = lineEnd;
        String before = "";
        String after = "";
        if (lineEnd - lineStart > ERROR_LINE_LIMIT) {
            from = Math.max(lineStart, start - ERROR_LINE_LIMIT / 4);
            to = Math.min(lineEnd, from + ERROR_LINE_LIMIT);
            caretEnd = Math.min(caretEnd, to);
            before = from > lineStart ? "…" : "";
            after = to < lineEnd ? "…" : "";
        }
        StringBuilder marks = new StringBuilder(" ".repeat(before.length() + start - from)).append('^');
        int width = caretEnd - start;
        if (width > 1) {
            marks.append("-".repeat(width - 2)).append(multiLine ? "-..." : "^");
        }
        return List.of("|  " + before + source.substring(from, to) + after, "|  " + marks);
    }

    /** An exception as jshell shows it: class and message, then the frames of the student's and the chapters' code. */
    static List<String> exception(JShell shell, JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            DeclarationSnippet used = unresolved.getSnippet();
            String what = used instanceof MethodSnippet m
                    ? "call method " + m.name() + "(" + m.parameterTypes() + ")"
                    : "use " + kind(used);
            return List.of("|  attempted to " + what + " " + until(used, true) + resolve(shell, used));
        }
        List<String> lines = new ArrayList<>();
        describeThrown(exception, "|  Exception ", lines);
        return lines;
    }

    private static void describeThrown(Throwable thrown, String heading, List<String> lines) {
        String name = thrown instanceof EvalException e ? e.getExceptionClassName() : thrown.getClass().getName();
        String message = thrown.getMessage();
        lines.add(heading + name + (message == null || message.isEmpty() ? "" : ": " + expunge(message)));
        lines.addAll(frames(thrown.getStackTrace()));
        if (thrown.getCause() != null && thrown.getCause() != thrown && lines.size() < 200) {
            describeThrown(thrown.getCause(), "|  Caused by: ", lines);
        }
    }

    /** Snippet code and chapter code only: the JDK's own frames would say which line of, say, Scanner.java threw. */
    static List<String> frames(StackTraceElement[] stack) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            String file = frame.getFileName();
            boolean snippet = file != null && file.startsWith("#");
            if (snippet || frame.getClassName().startsWith("backprop.")) {
                frames.add(frame(frame, snippet));
            }
        }
        return withoutRepeats(frames);
    }

    private static String frame(StackTraceElement frame, boolean snippet) {
        String className = frame.getClassName();
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String method = frame.getMethodName();
        String where = (simple.isEmpty() ? "" : simple + ".") + method;
        String file = frame.getFileName() == null ? "Unknown Source"
                : frame.getLineNumber() >= 0 ? frame.getFileName() + ":" + frame.getLineNumber() : frame.getFileName();
        return "|        at " + (where.isEmpty() ? "" : where + " ") + "(" + file + ")";
    }

    /**
     * A run of the same frames (a recursion that overflowed the stack: a thousand times
     * {@code f (#1:1)}) as its frames once and how often they repeat.
     */
    static List<String> withoutRepeats(List<String> frames) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < frames.size()) {
            int bestPeriod = 0;
            int bestRepeats = 1;
            for (int period = 1; period <= 8 && i + 2 * period <= frames.size(); period++) {
                int repeats = 1;
                while (i + (repeats + 1) * period <= frames.size()
                        && frames.subList(i, i + period).equals(frames.subList(i + repeats * period, i + (repeats + 1) * period))) {
                    repeats++;
                }
                if (repeats >= 3 && repeats * period > bestRepeats * Math.max(1, bestPeriod)) {
                    bestPeriod = period;
                    bestRepeats = repeats;
                }
            }
            if (bestPeriod == 0) {
                out.add(frames.get(i));
                i++;
            } else {
                out.addAll(frames.subList(i, i + bestPeriod));
                out.add("|        ... " + (bestPeriod == 1 ? "the frame above" : "the " + bestPeriod + " frames above")
                        + " " + (bestRepeats - 1) + " more times");
                i += bestRepeats * bestPeriod;
            }
        }
        return out;
    }

    /** A message without JShell's wrapper class names: {@code "REPL.$JShell$26.nothing"} → {@code "nothing"}. */
    static String expunge(String message) {
        return WRAPPER.matcher(message).replaceAll("");
    }

    /** A value for /vars: jshell's cut, or why there is none. */
    static String varValue(JShell shell, VarSnippet var) {
        if (shell.status(var) != Snippet.Status.VALID) {
            return "(not-active)";
        }
        try {
            String value = shell.varValue(var);
            return truncate(value == null ? "null" : value, VALUE_LIMIT);
        } catch (IllegalStateException | IllegalArgumentException gone) {
            return "(not-active)";
        }
    }

    /** The unresolved names of a declaration, joined, for messages. */
    static String unresolved(JShell shell, DeclarationSnippet declaration) {
        return shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
    }
}
