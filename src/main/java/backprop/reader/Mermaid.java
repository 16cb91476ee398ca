package backprop.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import backprop.Columns;
import backprop.draw.Diagram;

/**
 * The chapters' Mermaid diagrams as the project's own drawings: a {@code flowchart} (or
 * {@code graph}) of boxes and arrows becomes a {@link Diagram}, which {@code backprop.draw} lays
 * out left to right the way {@code /plot} draws the computation graphs.
 *
 * <p>What Mermaid has and a {@link Diagram} has not is said in words below the drawing: an arrow
 * that goes back (a loop, such as "next epoch") is listed as a note, and a subgraph that does not
 * stand alone is named with its boxes. A {@code flowchart RL} is drawn with its arrows pointing
 * left, as a backward pass is. Styles ({@code classDef}, {@code linkStyle}) are for colour, which
 * the terminal drawing does not use.
 */
public final class Mermaid {
    private final Map<String, List<String>> labels;
    private final List<Link> links;
    private final boolean rightToLeft;
    private final Map<String, String> subgraphTitles;
    private final Map<String, List<String>> subgraphMembers;
    private final List<String> problems;

    private Mermaid(Map<String, List<String>> labels, List<Link> links, boolean rightToLeft,
                    Map<String, String> subgraphTitles, Map<String, List<String>> subgraphMembers, List<String> problems) {
        this.labels = labels;
        this.links = links;
        this.rightToLeft = rightToLeft;
        this.subgraphTitles = subgraphTitles;
        this.subgraphMembers = subgraphMembers;
        this.problems = List.copyOf(problems);
    }

    /** What could not be read; when not empty, there is nothing to draw. */
    public List<String> problems() {
        return problems;
    }

    /** The drawings, one per part of the graph that stands alone, with the labels as written. */
    public List<Diagram> diagrams() {
        return problems.isEmpty() ? diagrams(Integer.MAX_VALUE, Integer.MAX_VALUE) : List.of();
    }

    /**
     * The drawings for a terminal, every line at most {@code columns} wide: first as written;
     * then with the boxes' text wrapped at 24, then 16 columns; then with each long arrow label
     * moved below the drawing as a numbered note (①, ②, …). The first that needs no cutting into
     * parts wins; if none does, the one cut into the fewest parts.
     */
    public String text(int columns) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("a diagram that could not be read has no text: " + problems);
        }
        int[][] attempts = {{Integer.MAX_VALUE, Integer.MAX_VALUE}, {24, Integer.MAX_VALUE}, {16, Integer.MAX_VALUE},
                {24, 12}, {16, 12}, {12, 6}};
        String fitting = null;
        long fittingParts = Long.MAX_VALUE;
        for (int[] attempt : attempts) {
            StringBuilder out = new StringBuilder();
            for (Diagram d : diagrams(attempt[0], attempt[1])) {
                out.append(out.length() == 0 ? "" : "\n").append(d.render(Math.max(40, columns)));
            }
            String text = out.toString().replace(NO_BREAK, ' ');
            boolean fits = text.lines().allMatch(l -> Columns.of(l) <= columns);
            if (fits && text.lines().noneMatch(l -> l.startsWith("── part "))) {
                return text;
            }
            long parts = text.lines().filter(l -> l.startsWith("── part ")).count();
            if (fits && parts < fittingParts) {
                fitting = text;
                fittingParts = parts;
            }
        }
        if (fitting != null) {
            return fitting;
        }
        StringBuilder cut = new StringBuilder();
        for (Diagram d : diagrams(12, 6)) {
            for (String line : d.render(Math.max(40, columns)).replace(NO_BREAK, ' ').split("\n", -1)) {
                cut.append(Columns.truncate(line, columns)).append('\n');
            }
        }
        return cut.toString();
    }

    /** Spaces the layout must not break at: the lines of a box are wrapped here, once. */
    private static final char NO_BREAK = '\u00a0';
    private static final String NOTE_MARKS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private static final Pattern HEADER = Pattern.compile("(?:flowchart|graph)\\s+(LR|RL|TD|TB|BT)\\s*;?");
    private static final Pattern IGNORED = Pattern.compile("(classDef|class|linkStyle|style|click|direction)\\b.*");
    private static final Pattern SUBGRAPH = Pattern.compile("subgraph\\s+([\\w-]+)\\s*(?:\\[\\s*\"?(.*?)\"?\\s*])?\\s*");
    /** A node: its id and, in one of Mermaid's brackets, its label. */
    private static final Pattern NODE = Pattern.compile(
            "([\\w-]+)\\s*(?:(\\(\\(|\\(\\[|\\[\\[|\\[\\(|\\[|\\(|\\{\\{|\\{|>)\\s*(\"(?:[^\"]*)\"|[^\\]\\)\\}\"]*?)\\s*(\\)\\)|]\\)|]]|\\)]|]|\\)|}}|}))?");
    /** An arrow, with its label written |like this| after it or -- like this --> inside it. */
    private static final Pattern LINK = Pattern.compile(
            "\\s*(?:(--|==|-\\.)\\s+([^|>]*?)\\s+)?(-->|==>|-\\.->|---|-\\.-|===|--o|--x|<-->)\\s*(?:\\|\\s*\"?(.*?)\"?\\s*\\|)?\\s*");

    private static final String OPERATIONS = "×+−-²σ÷·Σ";

    private record Link(String from, String to, String label) {}

    /** The flowchart, or its problems if it is not one this reader can draw. */
    public static Mermaid parse(String source) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        Map<String, String> subgraphTitles = new LinkedHashMap<>();
        Map<String, List<String>> subgraphMembers = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        boolean rightToLeft = false;
        boolean header = false;
        for (String raw : source.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (!header) {
                Matcher h = HEADER.matcher(line);
                if (!h.matches()) {
                    problems.add("not a flowchart: " + line);
                    return new Mermaid(labels, links, false, subgraphTitles, subgraphMembers, problems);
                }
                rightToLeft = h.group(1).equals("RL") || h.group(1).equals("BT");
                header = true;
                continue;
            }
            if (IGNORED.matcher(line).matches()) {
                continue;
            }
            Matcher sub = SUBGRAPH.matcher(line);
            if (sub.matches()) {
                String id = sub.group(1);
                subgraphTitles.put(id, sub.group(2) == null ? id : label(sub.group(2)).get(0));
                subgraphMembers.put(id, new ArrayList<>());
                open.add(id);
                continue;
            }
            if (line.equals("end")) {
                if (open.isEmpty()) {
                    problems.add("end without subgraph");
                } else {
                    open.remove(open.size() - 1);
                }
                continue;
            }
            statement(line.replaceAll(";$", ""), labels, links, problems, open, subgraphMembers);
        }
        if (!header) {
            problems.add("no flowchart header");
        }
        return new Mermaid(labels, links, rightToLeft, subgraphTitles, subgraphMembers, problems);
    }

    /** {@code a["x"] -->|"w"| b --> c}, or a node alone, or {@code a & b --> c}. */
    private static void statement(String line, Map<String, List<String>> labels, List<Link> links, List<String> problems,
                                  List<String> open, Map<String, List<String>> members) {
        int at = 0;
        List<String> previous = null;
        String pendingLabel = null;
        while (at < line.length()) {
            List<String> group = new ArrayList<>();
            while (true) {
                Matcher node = NODE.matcher(line).region(at, line.length());
                if (!node.lookingAt()) {
                    problems.add("cannot read: " + line.substring(at));
                    return;
                }
                String id = node.group(1);
                if (node.group(2) != null) {
                    labels.put(id, label(node.group(3)));
                } else {
                    labels.putIfAbsent(id, List.of(id));
                }
                if (!open.isEmpty() && members.values().stream().noneMatch(m -> m.contains(id))) {
                    members.get(open.get(open.size() - 1)).add(id);
                }
                group.add(id);
                at = skipSpaces(line, node.end());
                if (line.startsWith("&", at)) {
                    at = skipSpaces(line, at + 1);
                    continue;
                }
                break;
            }
            if (previous != null) {
                for (String from : previous) {
                    for (String to : group) {
                        links.add(new Link(from, to, pendingLabel == null ? "" : pendingLabel));
                    }
                }
            }
            if (at >= line.length()) {
                return;
            }
            Matcher link = LINK.matcher(line).region(at, line.length());
            if (!link.lookingAt()) {
                problems.add("cannot read: " + line.substring(at));
                return;
            }
            String text = link.group(4) != null ? link.group(4) : link.group(2);
            pendingLabel = text == null ? null : String.join("; ", label(text));
            previous = group;
            at = link.end();
        }
    }

    private static int skipSpaces(String line, int at) {
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        return at;
    }

    /** A label's lines: quotes off, {@code <br/>} between lines, other tags and entities as text. */
    static List<String> label(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        t = t.replace("#quot;", "\"").replace("#amp;", "&").replace("#lt;", "<").replace("#gt;", ">");
        List<String> lines = new ArrayList<>();
        for (String part : t.split("(?i)<br\\s*/?>")) {
            lines.add(part.replaceAll("<[^>]+>", "").strip());
        }
        return lines;
    }

    /**
     * One diagram per part of the graph that is joined within itself; a box's lines wrapped at
     * {@code boxWidth} columns, an arrow label longer than {@code labelWidth} moved to a note.
     */
    private List<Diagram> diagrams(int boxWidth, int labelWidth) {
        int[] marks = {0};
        List<Link> oriented = new ArrayList<>();
        for (Link l : links) {
            oriented.add(rightToLeft ? new Link(l.to(), l.from(), l.label()) : l);
        }
        List<Link> backEdges = backEdges(new ArrayList<>(labels.keySet()), oriented);
        List<Link> forward = new ArrayList<>(oriented);
        forward.removeAll(backEdges);
        List<Diagram> out = new ArrayList<>();
        for (List<String> part : parts(new ArrayList<>(labels.keySet()), oriented)) {
            Set<String> inPart = new HashSet<>(part);
            Set<String> hasInput = new HashSet<>();
            List<Diagram.Edge> edges = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (Link l : forward) {
                if (inPart.contains(l.from())) {
                    String label = l.label();
                    if (Columns.of(label) > labelWidth && marks[0] < NOTE_MARKS.length()) {
                        String mark = NOTE_MARKS.substring(marks[0], marks[0] + 1);
                        marks[0]++;
                        notes.add(mark + " " + label);
                        label = mark;
                    }
                    edges.add(new Diagram.Edge(l.from(), l.to(), label));
                    hasInput.add(l.to());
                }
            }
            List<Diagram.Node> nodes = new ArrayList<>();
            for (String id : part) {
                nodes.add(node(id, labels.get(id), !hasInput.contains(id), boxWidth));
            }
            String title = "";
            for (Map.Entry<String, List<String>> sub : subgraphMembers.entrySet()) {
                List<String> members = sub.getValue();
                if (members.isEmpty() || !inPart.containsAll(members)) {
                    continue;
                }
                if (members.size() == part.size()) {
                    title = subgraphTitles.get(sub.getKey());
                } else {
                    List<String> names = new ArrayList<>();
                    for (String id : members) {
                        names.add(labels.get(id).get(0));
                    }
                    notes.add("▣ " + subgraphTitles.get(sub.getKey()) + ": " + String.join(", ", names));
                }
            }
            for (Link l : backEdges) {
                if (inPart.contains(l.from())) {
                    String from = labels.get(rightToLeft ? l.to() : l.from()).get(0);
                    String to = labels.get(rightToLeft ? l.from() : l.to()).get(0);
                    notes.add("↺ " + from + " → " + to + (l.label().isEmpty() ? "" : " (" + l.label() + ")"));
                }
            }
            out.add(new Diagram(title, nodes, edges, rightToLeft, notes));
        }
        return out;
    }

    /** The lines wrapped at spaces to at most {@code width} columns where they can be, joined so the layout keeps them. */
    private static List<String> wrapped(List<String> lines, int width) {
        if (width == Integer.MAX_VALUE) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                if (current.length() > 0 && Columns.of(current.toString()) + 1 + Columns.of(word) > width) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.length() == 0 ? "" : String.valueOf(NO_BREAK)).append(word);
            }
            out.add(current.toString());
        }
        return out;
    }

    /** "× 곱셈노드" is an operation: its symbol goes into the box's top border, as in the project's drawings. */
    private static Diagram.Node node(String id, List<String> lines, boolean input, int width) {
        String first = lines.get(0);
        if (!input && first.length() > 2 && first.charAt(1) == ' ' && OPERATIONS.indexOf(first.charAt(0)) >= 0) {
            List<String> rest = new ArrayList<>(lines);
            rest.set(0, first.substring(2));
            return new Diagram.Node(id, Diagram.Kind.OPERATION, first.substring(0, 1), wrapped(rest, width), "");
        }
        return new Diagram.Node(id, input ? Diagram.Kind.INPUT : Diagram.Kind.OPERATION, "", wrapped(lines, width), "");
    }

    /** The arrows that close a loop, found by a depth-first walk in the order the nodes were written. */
    private static List<Link> backEdges(List<String> ids, List<Link> links) {
        Map<String, List<Link>> out = new HashMap<>();
        for (Link l : links) {
            out.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
        }
        Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        List<Link> back = new ArrayList<>();
        for (String id : ids) {
            walk(id, out, state, back);
        }
        return back;
    }

    private static void walk(String id, Map<String, List<Link>> out, Map<String, Integer> state, List<Link> back) {
        if (state.containsKey(id)) {
            return;
        }
        state.put(id, 1);
        for (Link l : out.getOrDefault(id, List.of())) {
            Integer s = state.get(l.to());
            if (s == null) {
                walk(l.to(), out, state, back);
            } else if (s == 1) {
                back.add(l);
            }
        }
        state.put(id, 2);
    }

    /** The nodes in groups joined by arrows, each group in the order its nodes were written. */
    private static List<List<String>> parts(List<String> ids, List<Link> links) {
        Map<String, String> root = new HashMap<>();
        for (String id : ids) {
            root.put(id, id);
        }
        for (Link l : links) {
            String a = find(root, l.from());
            String b = find(root, l.to());
            if (!a.equals(b)) {
                root.put(b, a);
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : ids) {
            groups.computeIfAbsent(find(root, id), k -> new ArrayList<>()).add(id);
        }
        return new ArrayList<>(groups.values());
    }

    private static String find(Map<String, String> root, String id) {
        while (!root.get(id).equals(id)) {
            id = root.get(id);
        }
        return id;
    }
}
