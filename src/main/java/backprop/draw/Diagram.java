package backprop.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import backprop.Require;

/**
 * A computation graph to draw: boxes (nodes) with their forward values, and arrows (edges) with
 * their backward gradients. It knows nothing of where things go on the screen; {@link #render()}
 * lays it out left to right for a terminal, {@link #dot()} hands it to Graphviz.
 *
 * <p>The convention, the same in every drawing: a node shows its name and its forward value
 * (순전파); the number on an edge is the gradient that flows back along it (역전파), toward the
 * input on its left. In a backward drawing the arrowheads point that way (◄).
 *
 * @param title    the first line printed above the drawing
 * @param nodes    inputs and operations; an edge's order among the edges into one node is
 *                 the order of that node's operands (first operand on top)
 * @param edges    from an operand to the operation that uses it
 * @param backward whether the edges carry gradients (arrows ◄) or only the forward direction (►)
 * @param notes    lines printed below the drawing, e.g. the legend
 */
public record Diagram(String title, List<Node> nodes, List<Edge> edges, boolean backward, List<String> notes) {

    /** Rounded boxes are inputs (leaves of the graph), square boxes operations. */
    public enum Kind { INPUT, OPERATION }

    /**
     * One box.
     *
     * @param id        unique within the diagram
     * @param kind      input or operation
     * @param op        the operation's symbol, written into the top border (× + σ …); "" for inputs
     * @param lines     the text inside, e.g. the name and the forward value
     * @param exitLabel for the output: the label on a short edge leaving it to the right (the
     *                  gradient 1 that starts the backward pass); "" for none
     */
    public record Node(String id, Kind kind, String op, List<String> lines, String exitLabel) {
        public Node {
            Require.notNull("id", id);
            Require.notNull("kind", kind);
            Require.notNull("op", op);
            lines = List.copyOf(Require.notNull("lines", lines));
            Require.notNull("exitLabel", exitLabel);
        }

        public static Node input(String id, String... lines) {
            return new Node(id, Kind.INPUT, "", List.of(lines), "");
        }

        public static Node operation(String id, String op, String... lines) {
            return new Node(id, Kind.OPERATION, op, List.of(lines), "");
        }

        /** The same node with a labelled edge leaving it to the right. */
        public Node withExit(String label) {
            return new Node(id, kind, op, lines, label);
        }
    }

    /** An arrow from an operand to the operation using it; {@code label} is "" for none. */
    public record Edge(String from, String to, String label) {
        public Edge {
            Require.notNull("from", from);
            Require.notNull("to", to);
            Require.notNull("label", label);
        }
    }

    public Diagram {
        Require.notNull("title", title);
        nodes = List.copyOf(Require.notNull("nodes", nodes));
        edges = List.copyOf(Require.notNull("edges", edges));
        notes = List.copyOf(Require.notNull("notes", notes));
        Require.nonEmpty("nodes", nodes);
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("nodes must have unique ids, got " + node.id() + " twice");
            }
        }
        for (Edge edge : edges) {
            if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
                throw new IllegalArgumentException("edges must join existing nodes, got " + edge.from()
                        + " -> " + edge.to());
            }
        }
        requireAcyclic(nodes, edges);
    }

    /** The drawing for a terminal of 80 columns. */
    public String render() {
        return render(80);
    }

    /**
     * The drawing, at most {@code columns} wide: left to right as on the slides; if it does not
     * fit, long names are wrapped, and if it still does not fit, it is cut into bands of
     * columns printed one below the other, each band starting with the last column of the band
     * before it.
     */
    public String render(int columns) {
        if (columns < 40) {
            throw new IllegalArgumentException("columns must be at least 40, got " + columns);
        }
        return TextRenderer.render(this, columns);
    }

    /**
     * Where a drawing puts everything, in character cells: x to the right, y down. The terminal
     * renderer paints it; a figure can draw the same picture with other means.
     *
     * @param columns the width of the whole drawing
     * @param rows    its height
     * @param layers  the columns of boxes, left to right, where a drawing too wide may be cut
     */
    public record Geometry(int columns, int rows, List<Box> boxes, List<Path> paths, List<Text> labels,
                           List<Layer> layers) {
        public Geometry {
            boxes = List.copyOf(boxes);
            paths = List.copyOf(paths);
            labels = List.copyOf(labels);
            layers = List.copyOf(layers);
        }
    }

    /** One column of boxes: its boxes start at x; {@code end} is the first cell right of them. */
    public record Layer(int x, int end) {}

    /** A node's box: top-left cell, size in cells, its node. Its text starts at (x + 2, y + 1). */
    public record Box(Node node, List<String> lines, int x, int y, int width, int height) {
        public Box {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A piece of an edge as cells joined by straight lines ({x, y} pairs), from the operand's
     * side to the operation's. An arrowhead takes the first cell ({@code arrowAtStart}, ◄, in a
     * backward drawing) or the last ({@code arrowAtEnd}, ►), beside the box it points at.
     */
    public record Path(List<int[]> points, boolean arrowAtStart, boolean arrowAtEnd) {
        public Path {
            points = List.copyOf(points);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Path other) || other.points.size() != points.size()
                    || other.arrowAtStart != arrowAtStart || other.arrowAtEnd != arrowAtEnd) {
                return false;
            }
            for (int i = 0; i < points.size(); i++) {
                if (!Arrays.equals(points.get(i), other.points.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = Boolean.hashCode(arrowAtStart) * 31 + Boolean.hashCode(arrowAtEnd);
            for (int[] p : points) {
                h = h * 31 + Arrays.hashCode(p);
            }
            return h;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("Path[");
            for (int i = 0; i < points.size(); i++) {
                out.append(i == 0 ? "" : " → ").append(Arrays.toString(points.get(i)));
            }
            return out.append(arrowAtStart ? ", ◄ at start" : "").append(arrowAtEnd ? ", ► at end" : "")
                    .append(']').toString();
        }
    }

    /** An edge's label, its first character at cell (x, y). */
    public record Text(String text, int x, int y) {}

    /** The layout with every name on one line, however wide: for a figure, which has room. */
    public Geometry geometry() {
        return DiagramLayout.of(this).geometry();
    }

    /** The same graph in Graphviz's DOT language, laid out left to right ({@code rankdir=LR}). */
    public String dot() {
        return Dot.of(this);
    }

    @Override
    public String toString() {
        return render();
    }

    private static void requireAcyclic(List<Node> nodes, List<Edge> edges) {
        Map<String, List<String>> out = new HashMap<>();
        Map<String, Integer> indegree = new HashMap<>();
        for (Node node : nodes) {
            out.put(node.id(), new ArrayList<>());
            indegree.put(node.id(), 0);
        }
        for (Edge edge : edges) {
            out.get(edge.from()).add(edge.to());
            indegree.merge(edge.to(), 1, Integer::sum);
        }
        List<String> ready = new ArrayList<>();
        for (Node node : nodes) {
            if (indegree.get(node.id()) == 0) {
                ready.add(node.id());
            }
        }
        int seen = 0;
        while (!ready.isEmpty()) {
            String id = ready.remove(ready.size() - 1);
            seen++;
            for (String next : out.get(id)) {
                if (indegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (seen != nodes.size()) {
            throw new IllegalArgumentException("edges must not form a cycle: a computation graph flows one way");
        }
    }
}
