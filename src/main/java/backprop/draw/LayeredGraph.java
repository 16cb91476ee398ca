package backprop.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layout's first three phases: a {@link Diagram}'s nodes as vertices in columns
 * ("layers"), every edge cut into segments between adjacent columns, and the order of the
 * vertices within each column. Rows, tracks and cells are {@link DiagramLayout}'s.
 */
final class LayeredGraph {

    /** A box, or a pass-through point of an edge that skips a column (node == null). */
    static final class Vertex {
        final Diagram.Node node;
        final List<String> lines;
        final int index;
        final List<Segment> in = new ArrayList<>();
        final List<Segment> out = new ArrayList<>();
        int layer;
        int top;
        int width;
        int height;

        Vertex(Diagram.Node node, List<String> lines, int index) {
            this.node = node;
            this.lines = lines;
            this.index = index;
        }

        boolean isDummy() {
            return node == null;
        }

        int outRow() {
            return isDummy() ? top : top + 1;
        }

        int inRow(Segment s) {
            return isDummy() ? top : top + 1 + in.indexOf(s);
        }

        /** How far below the top the row of in-port {@code s} lies. */
        int inOffset(Segment s) {
            return inRow(s) - top;
        }

        int outOffset() {
            return outRow() - top;
        }
    }

    /** One piece of an edge, between adjacent columns; only the last piece carries the label. */
    static final class Segment {
        final Vertex from;
        final Vertex to;
        final String label;

        Segment(Vertex from, Vertex to, String label) {
            this.from = from;
            this.to = to;
            this.label = label;
        }
    }

    final List<Vertex> vertices = new ArrayList<>();
    final List<List<Vertex>> layers = new ArrayList<>();

    /** The diagram's nodes as vertices; those whose index is in {@code wrapped} get their names broken at spaces. */
    LayeredGraph(Diagram diagram, Set<Integer> wrapped) {
        Map<String, Vertex> byId = new HashMap<>();
        for (Diagram.Node node : diagram.nodes()) {
            int index = vertices.size();
            Vertex v = new Vertex(node, wrapped.contains(index) ? wrap(node.lines()) : node.lines(), index);
            vertices.add(v);
            byId.put(node.id(), v);
        }
        for (Diagram.Edge edge : diagram.edges()) {
            Segment s = new Segment(byId.get(edge.from()), byId.get(edge.to()), edge.label());
            s.from.out.add(s);
            s.to.in.add(s);
        }
        assignLayers();
        splitLongEdges();
        orderLayers();
    }

    // ----- 1. columns -----------------------------------------------------------------------

    private void assignLayers() {
        // rank = the longest path to an output; the deepest node is in column 0.
        Map<Vertex, Integer> rank = new HashMap<>();
        List<Vertex> order = topologicalOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            Vertex v = order.get(i);
            int r = 0;
            for (Segment s : v.out) {
                r = Math.max(r, rank.get(s.to) + 1);
            }
            rank.put(v, r);
        }
        int deepest = rank.values().stream().max(Integer::compare).orElse(0);
        for (Vertex v : vertices) {
            v.layer = deepest - rank.get(v);
        }
        for (int l = 0; l <= deepest; l++) {
            layers.add(new ArrayList<>());
        }
    }

    private List<Vertex> topologicalOrder() {
        Map<Vertex, Integer> indegree = new HashMap<>();
        for (Vertex v : vertices) {
            indegree.put(v, v.in.size());
        }
        List<Vertex> order = new ArrayList<>();
        List<Vertex> ready = new ArrayList<>();
        for (Vertex v : vertices) {
            if (v.in.isEmpty()) {
                ready.add(v);
            }
        }
        while (!ready.isEmpty()) {
            Vertex v = ready.remove(0);
            order.add(v);
            for (Segment s : v.out) {
                if (indegree.merge(s.to, -1, Integer::sum) == 0) {
                    ready.add(s.to);
                }
            }
        }
        return order;
    }

    // ----- 2. pass-through points ---------------------------------------------------------

    private void splitLongEdges() {
        for (Vertex v : new ArrayList<>(vertices)) {
            for (int k = 0; k < v.out.size(); k++) {
                Segment s = v.out.get(k);
                if (s.to.layer - v.layer <= 1) {
                    continue;
                }
                Vertex previous = v;
                Segment first = null;
                for (int l = v.layer + 1; l < s.to.layer; l++) {
                    Vertex dummy = new Vertex(null, List.of(), vertices.size());
                    dummy.layer = l;
                    vertices.add(dummy);
                    Segment piece = new Segment(previous, dummy, "");
                    if (previous == v) {
                        first = piece;
                    } else {
                        previous.out.add(piece);
                    }
                    dummy.in.add(piece);
                    previous = dummy;
                }
                Segment last = new Segment(previous, s.to, s.label);
                previous.out.add(last);
                v.out.set(k, first);
                s.to.in.set(s.to.in.indexOf(s), last);
            }
        }
        for (Vertex v : vertices) {
            layers.get(v.layer).add(v);
        }
    }

    // ----- 3. order within a column ---------------------------------------------------------

    private void orderLayers() {
        int last = layers.size() - 1;
        layers.get(last).sort(Comparator.comparingInt(v -> v.index));
        for (int l = last - 1; l >= 0; l--) {
            Map<Vertex, Integer> position = new HashMap<>();
            List<Vertex> right = layers.get(l + 1);
            for (int i = 0; i < right.size(); i++) {
                position.put(right.get(i), i);
            }
            // The first use decides: a node stands beside the first operand slot it fills.
            layers.get(l).sort(Comparator.comparingLong((Vertex v) -> {
                long key = Long.MAX_VALUE;
                for (Segment s : v.out) {
                    key = Math.min(key, position.get(s.to) * 1000L + s.to.in.indexOf(s));
                }
                return key;
            }).thenComparingInt(v -> v.index));
        }
    }

    /** The name (the first line) broken at spaces, so that a box is as narrow as its longest word. */
    private static List<String> wrap(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) {
                out.addAll(Arrays.asList(lines.get(i).split(" ")));
            } else {
                out.add(lines.get(i));
            }
        }
        return out;
    }
}
