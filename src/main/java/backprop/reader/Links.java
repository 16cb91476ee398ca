package backprop.reader;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a chapter's link is shown in a terminal: relative to where the reader is, not to
 * {@code chapters/}. From the project's folder {@code ../answers/04-graph/x.approved.txt} reads
 * {@code answers/04-graph/x.approved.txt}; in the companion shell a link to another chapter reads
 * {@code /read 5}, the command that opens it; a link within the page shows no address.
 *
 * @param chapters the folder the chapters' relative links start from
 * @param here     the folder the reader is in (the working directory)
 * @param shell    whether the reader is in the companion shell, where {@code /read N} opens a chapter
 */
public record Links(Path chapters, Path here, boolean shell) {
    private static final Pattern CHAPTER = Pattern.compile("(\\d\\d)-[^/]*\\.md");
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    public Links {
        chapters = chapters.toAbsolutePath().normalize();
        here = here.toAbsolutePath().normalize();
    }

    /** The links of the chapters in {@code root}, seen from the working directory. */
    public static Links from(Path root, boolean shell) {
        return new Links(root.resolve("chapters"), Path.of(""), shell);
    }

    /** What to print for a link's destination; "" for none (a link within the page). */
    public String show(String destination) {
        if (destination.isEmpty() || destination.startsWith("#")) {
            return "";
        }
        if (SCHEME.matcher(destination).matches()) {
            return destination;
        }
        String path = destination;
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path target = chapters.resolve(path).normalize();
        Matcher chapter = CHAPTER.matcher(target.getFileName() == null ? "" : target.getFileName().toString());
        if (shell && chapter.matches() && chapters.equals(target.getParent())) {
            return "/read " + Integer.parseInt(chapter.group(1));
        }
        String shown = here.relativize(target).toString().replace('\\', '/');
        if (shown.isEmpty()) {
            shown = ".";
        }
        boolean folder = path.endsWith("/") || Files.isDirectory(target);
        return folder && !shown.endsWith("/") ? shown + "/" : shown;
    }
}
