package backprop.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * What a graded script's own code may use: computing and printing, and nothing that reaches out of
 * its VM. The untrusted-script runner checks every class JShell compiles from the script against
 * this before the class is sent to the script's VM; a class that breaks it never runs.
 *
 * <p>The JDK alone cannot keep a process of the same user away from that user's files, processes
 * and terminal, so the line is drawn in the script's code instead: it may call the chapter packages
 * and the JDK's computing and text APIs ({@code java.lang}, {@code java.util} and its streams,
 * {@code java.math}, {@code java.text}, {@code java.time}, in-memory {@code java.io} streams), and
 * nothing that opens a file, a socket, a process or a class loader, or reflects: no
 * {@code java.nio.file}, {@code java.net}, {@code java.lang.reflect}, {@code java.lang.invoke},
 * {@code Runtime}, {@code ProcessBuilder}, {@code ProcessHandle}, no {@code jdk.*} or {@code sun.*}.
 * The check reads the constant pool ({@link ClassReferences}): a class can touch another class's
 * members only through the references listed there, and can inherit only from its declared
 * supertypes.
 *
 * <p>Beyond that, each exercise may forbid a few chapter methods ("do it yourself"): the
 * {@link Shortcut}s of a run.
 */
public final class Policy {

    /** One use the policy refuses: which member, and why, in a sentence for the student. */
    public record Refusal(String member, String reason) {}

    /** A chapter member an exercise asks the student to compute instead of calling. */
    public record Shortcut(String owner, String member, String reason) {}

    /** Packages (internal names) whose public classes a script may use, apart from the exceptions below. */
    private static final Set<String> ALLOWED_PACKAGES = Set.of(
            "java/lang", "java/lang/annotation", "java/lang/constant", "java/lang/ref",
            "java/util", "java/util/function", "java/util/stream", "java/util/random", "java/util/regex",
            "java/util/concurrent", "java/util/concurrent/atomic", "java/util/concurrent/locks",
            "java/math", "java/text",
            "java/time", "java/time/chrono", "java/time/format", "java/time/temporal",
            "java/nio", "java/nio/charset");

    /** Classes of allowed packages that reach outside the VM, load classes or reflect. */
    private static final Set<String> DENIED_CLASSES = Set.of(
            "java/lang/Runtime", "java/lang/Runtime$Version", "java/lang/ProcessBuilder",
            "java/lang/ProcessBuilder$Redirect", "java/lang/ProcessBuilder$Redirect$Type", "java/lang/Process",
            "java/lang/ProcessHandle", "java/lang/ProcessHandle$Info", "java/lang/ClassLoader", "java/lang/Module",
            "java/lang/ModuleLayer", "java/lang/ModuleLayer$Controller", "java/lang/Package",
            "java/lang/SecurityManager", "java/lang/System$Logger", "java/lang/System$LoggerFinder",
            "java/util/ServiceLoader", "java/util/ServiceLoader$Provider", "java/util/ResourceBundle",
            "java/util/ResourceBundle$Control", "java/util/PropertyResourceBundle", "java/util/ListResourceBundle");

    /** java.io: the in-memory streams, readers and writers, and the exceptions; no file, console or descriptor. */
    private static final Set<String> ALLOWED_IO = Set.of(
            "java/io/PrintStream", "java/io/PrintWriter", "java/io/Serializable", "java/io/Closeable",
            "java/io/Flushable", "java/io/IOException", "java/io/UncheckedIOException", "java/io/EOFException",
            "java/io/StringWriter", "java/io/StringReader", "java/io/CharArrayWriter", "java/io/CharArrayReader",
            "java/io/ByteArrayInputStream", "java/io/ByteArrayOutputStream", "java/io/Reader", "java/io/Writer",
            "java/io/InputStream", "java/io/OutputStream", "java/io/BufferedReader", "java/io/BufferedWriter",
            "java/io/InputStreamReader", "java/io/OutputStreamWriter", "java/io/FilterOutputStream",
            "java/io/FilterInputStream");

    /** Of these final classes only the listed members: the rest reads the environment or reflects. */
    private static final Set<String> SYSTEM_MEMBERS = Set.of(
            "out", "err", "in", "currentTimeMillis", "nanoTime", "arraycopy", "identityHashCode", "lineSeparator",
            "exit", "getProperty", "getenv");
    private static final Set<String> CLASS_MEMBERS = Set.of(
            "desiredAssertionStatus", "getName", "getSimpleName", "getTypeName", "isInstance", "cast", "toString",
            "hashCode", "equals", "isArray", "isPrimitive", "isInterface", "isEnum", "isRecord");

    /** The bootstrap methods javac's own code calls: lambdas, string concatenation, records, switches. */
    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch", "java/lang/runtime/SwitchBootstraps.enumSwitch",
            // JShell's stand-in for a method body that calls something not yet declared
            "jdk/jshell/spi/SPIResolutionException.<init>");

    /** Classes whose constructors with a String first open the file of that name. */
    private static final Set<String> FILE_NAME_CONSTRUCTORS = Set.of(
            "java/io/PrintStream", "java/io/PrintWriter", "java/util/Formatter");

    private final Predicate<String> projectClass;
    private final List<Shortcut> shortcuts;
    private final BiPredicate<String, String> projectSubtype;
    /** The supertypes of the script's own classes, as they were checked: a run's own record. */
    private final Map<String, List<String>> ownSupertypes = new ConcurrentHashMap<>();

    private Policy(Predicate<String> projectClass, List<Shortcut> shortcuts, BiPredicate<String, String> projectSubtype) {
        this.projectClass = projectClass;
        this.shortcuts = List.copyOf(shortcuts);
        this.projectSubtype = projectSubtype;
    }

    /**
     * A policy for one script run that may use the classes {@code projectClass} accepts (internal
     * names of the chapter packages in the script's scratch folder) besides the JDK's allowed APIs,
     * and none of {@code shortcuts}. {@code projectSubtype.test(type, sub)} says whether chapter
     * class {@code sub} is {@code type} or extends or implements it: a call through a subtype is the
     * same shortcut. The policy remembers the script's own classes as it checks them (a class of the
     * script that extends a forbidden one counts too), so each run needs a policy of its own.
     */
    public static Policy forRun(Predicate<String> projectClass, List<Shortcut> shortcuts,
            BiPredicate<String, String> projectSubtype) {
        return new Policy(projectClass, shortcuts, projectSubtype);
    }

    /** Every use in this class that the policy refuses; empty when the class may run. */
    public List<Refusal> check(ClassReferences refs) {
        List<Refusal> refusals = new ArrayList<>();
        List<String> supertypes = new ArrayList<>(refs.interfaces());
        if (refs.superName() != null) {
            supertypes.add(refs.superName());
        }
        if (isOwnCode(refs.name())) {
            ownSupertypes.put(refs.name(), List.copyOf(supertypes));
        }
        for (String type : supertypes) {
            if (!isOwnCode(type) && !classAllowed(type)) {
                refusals.add(new Refusal(type.replace('/', '.'), "a graded script may not extend or implement it"));
            }
        }
        for (ClassReferences.Member member : refs.members()) {
            refusal(member).ifPresent(r -> {
                if (!refusals.contains(r)) {
                    refusals.add(r);
                }
            });
        }
        return refusals;
    }

    /** Checks the supertypes of a batch first: JShell loads a class and the class it extends together. */
    public List<Refusal> check(List<ClassReferences> batch) {
        for (ClassReferences refs : batch) {
            if (isOwnCode(refs.name())) {
                List<String> supertypes = new ArrayList<>(refs.interfaces());
                if (refs.superName() != null) {
                    supertypes.add(refs.superName());
                }
                ownSupertypes.put(refs.name(), supertypes);
            }
        }
        List<Refusal> refusals = new ArrayList<>();
        for (ClassReferences refs : batch) {
            for (Refusal r : check(refs)) {
                if (!refusals.contains(r)) {
                    refusals.add(r);
                }
            }
        }
        return refusals;
    }

    private Optional<Refusal> refusal(ClassReferences.Member member) {
        String owner = member.owner();
        for (Shortcut shortcut : shortcuts) {
            if ((shortcut.member().equals("*") || shortcut.member().equals(member.name()))
                    && isSubtype(shortcut.owner(), owner, 0)) {
                return Optional.of(new Refusal(shortcut.owner().replace('/', '.').replace('$', '.') + "."
                        + (member.isConstructor() ? "new" : member.name()), shortcut.reason()));
            }
        }
        if (isOwnCode(owner) || owner.startsWith("[")) {
            return Optional.empty(); // the script's own classes; arrays have clone() and Object's methods
        }
        if (projectClass.test(owner)) {
            return Optional.empty();
        }
        if (BOOTSTRAPS.contains(owner + "." + member.name())) {
            return Optional.empty();
        }
        if (owner.equals("java/lang/System")) {
            return SYSTEM_MEMBERS.contains(member.name()) ? Optional.empty() : refuse(member);
        }
        if (owner.equals("java/lang/Class")) {
            return CLASS_MEMBERS.contains(member.name()) ? Optional.empty() : refuse(member);
        }
        if (member.isConstructor() && (member.descriptor().startsWith("(Ljava/io/File;")
                || member.descriptor().startsWith("(Ljava/nio/file/Path;")
                || FILE_NAME_CONSTRUCTORS.contains(owner) && member.descriptor().startsWith("(Ljava/lang/String;"))) {
            return refuse(member);
        }
        return classAllowed(owner) ? Optional.empty() : refuse(member);
    }

    /** Whether {@code sub} is {@code type} or a subtype of it, through the script's classes and the chapters'. */
    private boolean isSubtype(String type, String sub, int depth) {
        if (type.equals(sub)) {
            return true;
        }
        if (depth > 64) {
            return false; // no real hierarchy is this deep; a cycle cannot be either
        }
        if (isOwnCode(sub)) {
            for (String supertype : ownSupertypes.getOrDefault(sub, List.of())) {
                if (isSubtype(type, supertype, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        return projectClass.test(sub) && projectSubtype.test(type, sub);
    }

    /** JShell puts every snippet's classes in the package {@code REPL}; a script cannot declare a package. */
    private static boolean isOwnCode(String internalName) {
        return internalName.startsWith("REPL/");
    }

    private boolean classAllowed(String internalName) {
        if (projectClass.test(internalName)) {
            return true;
        }
        if (DENIED_CLASSES.contains(internalName)) {
            return false;
        }
        if (internalName.startsWith("java/io/")) {
            return ALLOWED_IO.contains(internalName);
        }
        int slash = internalName.lastIndexOf('/');
        return slash > 0 && ALLOWED_PACKAGES.contains(internalName.substring(0, slash));
    }

    private static Optional<Refusal> refuse(ClassReferences.Member member) {
        return Optional.of(new Refusal(member.toString(),
                "a graded script may compute and print, but not reach files, processes, the network or other "
                        + "classes' insides"));
    }
}
