package backprop.draw;

/**
 * A {@link Diagram} in Graphviz's DOT language, for a reader who wants a typeset picture:
 * {@code dot -Tsvg graph.dot > graph.svg}. The same convention as the terminal drawing: the
 * forward value inside each box, the backward gradient on each edge (in red, with the arrowhead
 * at the input's end, where the gradient goes).
 */
final class Dot {
    private Dot() {}

    static String of(Diagram diagram) {
        StringBuilder out = new StringBuilder();
        out.append("digraph computation {\n");
        if (!diagram.title().isEmpty()) {
            out.append("  // ").append(diagram.title().replace("\n", " ")).append('\n');
        }
        out.append("  rankdir=LR;\n");
        out.append("  node [shape=box, fontname=\"Helvetica\"];\n");
        out.append("  edge [fontname=\"Helvetica\"];\n");
        for (Diagram.Node node : diagram.nodes()) {
            String label = (node.op().isEmpty() ? "" : node.op() + "\\n") + escapeLines(node.lines());
            out.append("  ").append(quote(node.id())).append(" [label=\"").append(label).append('"');
            if (node.kind() == Diagram.Kind.INPUT) {
                out.append(", style=rounded");
            }
            out.append("];\n");
        }
        for (Diagram.Edge edge : diagram.edges()) {
            out.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()));
            out.append(attributes(diagram.backward(), edge.label())).append(";\n");
        }
        for (Diagram.Node node : diagram.nodes()) {
            if (!node.exitLabel().isEmpty()) {
                String exit = quote(node.id() + " out");
                out.append("  ").append(exit).append(" [shape=point];\n");
                out.append("  ").append(quote(node.id())).append(" -> ").append(exit)
                        .append(attributes(diagram.backward(), node.exitLabel())).append(";\n");
            }
        }
        out.append("}\n");
        return out.toString();
    }

    private static String attributes(boolean backward, String label) {
        StringBuilder a = new StringBuilder();
        if (!label.isEmpty()) {
            a.append("label=\"").append(escape(label)).append('"');
        }
        if (backward) {
            a.append(a.length() == 0 ? "" : ", ").append("dir=back, color=red, fontcolor=red");
        }
        return a.length() == 0 ? "" : " [" + a + "]";
    }

    private static String escapeLines(java.util.List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : "\\n").append(escape(lines.get(i)));
        }
        return out.toString();
    }

    private static String quote(String id) {
        return '"' + escape(id) + '"';
    }

    /** Backslashes and quotes must not end a DOT string early. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
