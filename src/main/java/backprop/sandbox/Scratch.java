package backprop.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files graded scripts run with, away from the project: a fresh temporary folder holding a
 * copy of the chapter packages' classes (the only project code a script can see), the agent its
 * VM starts with, and a working folder of its own for each script. Nothing of the checkout is in
 * it: not {@code answers/}, not the exercises, not the grader.
 *
 * <pre>
 *   backprop-grading-…/classes/   the chapter packages (and backprop.Format, Table, …)
 *   backprop-grading-…/agent/     backprop.jshell.RemoteAgent, backprop.sandbox.SandboxAgent
 *   backprop-grading-…/run-1/     a script's working folder, user.home and java.io.tmpdir
 * </pre>
 */
public final class Scratch implements AutoCloseable {

    /** Packages of the project that are not the lecture's: the host's, which a script must not see. */
    static final Set<String> HOST_PACKAGES = Set.of(
            "backprop/shell/", "backprop/grading/", "backprop/jshell/", "backprop/sandbox/", "backprop/figures/",
            "backprop/reader/");

    private static final List<String> AGENT_CLASSES = List.of(
            "backprop/jshell/RemoteAgent", "backprop/sandbox/SandboxAgent");

    /** The folders not yet closed: a grader ended by Ctrl-C or a kill deletes them in its shutdown hooks. */
    private static final Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Scratch::delete), "scratch-cleanup"));
    }

    private final Path root;
    private final Path classes;
    private final Path agent;
    private final Set<String> classNames;
    private final AtomicInteger runs = new AtomicInteger();
    private final java.util.Map<String, List<String>> supertypes = new java.util.concurrent.ConcurrentHashMap<>();

    private Scratch(Path root, Set<String> classNames) {
        this.root = root;
        this.classes = root.resolve("classes");
        this.agent = root.resolve("agent");
        this.classNames = Set.copyOf(classNames);
    }

    /**
     * A new scratch folder with the chapter packages copied from {@code codeSources} (folders of
     * classes or jars, as the grader's own class path has them).
     */
    public static Scratch create(List<Path> codeSources) {
        try {
            Path root = Files.createTempDirectory("backprop-grading-", ownerOnly());
            LIVE.add(root);
            Set<String> names = new TreeSet<>();
            for (Path source : codeSources) {
                copy(source, root, names);
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("codeSources hold no classes of package backprop: " + codeSources);
            }
            return new Scratch(root, names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the grading scratch folder", e);
        }
    }

    /** The chapter packages' classes, for the script's compiler and its VM. */
    public Path classes() {
        return classes;
    }

    /** The agent the script's VM starts with; not on the compiler's class path. */
    Path agent() {
        return agent;
    }

    /** Whether {@code internalName} ({@code backprop/mlp/Mlp}) is a class the scripts were given. */
    public boolean hasClass(String internalName) {
        return classNames.contains(internalName);
    }

    /**
     * Whether chapter class {@code sub} is {@code type} or extends or implements it, read from the
     * copied class files (both internal names); false for a class that was not copied.
     */
    public boolean isSubtype(String type, String sub) {
        if (type.equals(sub)) {
            return true;
        }
        for (String supertype : supertypes.computeIfAbsent(sub, this::readSupertypes)) {
            if (isSubtype(type, supertype)) {
                return true;
            }
        }
        return false;
    }

    private List<String> readSupertypes(String internalName) {
        if (!classNames.contains(internalName)) {
            return List.of(); // the JDK's classes: no chapter type lies above them
        }
        try {
            ClassReferences refs = ClassReferences.of(Files.readAllBytes(classes.resolve(internalName + ".class")));
            List<String> all = new java.util.ArrayList<>(refs.interfaces());
            if (refs.superName() != null) {
                all.add(refs.superName());
            }
            return all;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A new, empty working folder for one script. */
    Path newRun() {
        try {
            Path run = Files.createDirectory(root.resolve("run-" + runs.incrementAndGet()), ownerOnly());
            Files.createDirectory(run.resolve("tmp"), ownerOnly());
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a script's working folder in " + root, e);
        }
    }

    /** Deletes the whole folder; links inside are deleted, never followed. */
    @Override
    public void close() {
        delete(root);
        LIVE.remove(root);
    }

    static void delete(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            // walkFileTree does not follow links by default: a link is visited as a file and deleted.
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder: the OS cleans it up eventually
        }
    }

    private static void copy(Path source, Path root, Set<String> names) throws IOException {
        if (Files.isDirectory(source)) {
            Path base = source.resolve("backprop");
            if (!Files.isDirectory(base)) {
                return;
            }
            try (Stream<Path> files = Files.walk(base)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String entry = source.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    Path target = destination(root, entry, names);
                    if (target != null) {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else if (Files.isRegularFile(source)) {
            try (ZipFile jar = new ZipFile(source.toFile())) {
                Enumeration<? extends ZipEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    Path target = e.isDirectory() ? null : destination(root, e.getName(), names);
                    if (target != null) {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = jar.getInputStream(e)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    /** Where an entry of the project's classes goes in the scratch folder, or null if nowhere. */
    private static Path destination(Path root, String entry, Set<String> names) {
        if (!entry.startsWith("backprop/") || entry.contains("..")) {
            return null;
        }
        String className = entry.endsWith(".class") ? entry.substring(0, entry.length() - ".class".length()) : null;
        if (className != null) {
            String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
            if (AGENT_CLASSES.contains(outer)) {
                return root.resolve("agent").resolve(entry);
            }
        }
        if (HOST_PACKAGES.stream().anyMatch(entry::startsWith)) {
            return null;
        }
        if (className != null) {
            names.add(className);
        }
        return root.resolve("classes").resolve(entry);
    }

    private static FileAttribute<?>[] ownerOnly() {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
    }
}
