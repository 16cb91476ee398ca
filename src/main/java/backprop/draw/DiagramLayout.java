package backprop.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import backprop.Columns;
import backprop.draw.LayeredGraph.Segment;
import backprop.draw.LayeredGraph.Vertex;

/**
 * Lays a {@link Diagram} out left to right, the way the slides draw computation graphs: inputs
 * on the left, the output on the right. The result is a {@link Diagram.Geometry}, which
 * {@link TextRenderer} paints for the terminal and the figures draw as a picture.
 *
 * <p>The steps are those of a layered ("Sugiyama") drawing, kept small:
 * <ol>
 *   <li>columns: a node goes as far right as it can, one column before the deepest node that
 *       uses it, so an input such as the tax stands right next to the multiply node it feeds;</li>
 *   <li>an edge that skips columns is cut into pieces by invisible pass-through nodes;</li>
 *   <li>order within a column follows the nodes to the right (first operand on top), which
 *       draws a tree without a single crossing (these three are {@link LayeredGraph});</li>
 *   <li>rows: each node moves as close as it can to the rows of its neighbours, without
 *       overlapping, by isotonic regression;</li>
 *   <li>between two columns, every edge turns on a vertical track ({@link Tracks}); sources
 *       whose tracks never meet share one, so the channel stays narrow;</li>
 *   <li>cells: the columns' x positions, and every box, line and label in cells.</li>
 * </ol>
 */
final class DiagramLayout {
    /** Blank rows between two boxes in one column. */
    private static final int GAP = 1;
    /** Sweeps of the row placement: enough for the graphs of this course to settle. */
    private static final int SWEEPS = 4;

    /** Where the tracks of one channel go. */
    private static final class Channel {
        final Map<Vertex, Integer> track = new HashMap<>();
        int tracks;
        int labelWidth;
        /** Lines that would run on top of each other: 0 in a readable channel. */
        int clashes;
    }

    private final Diagram diagram;
    private final List<Vertex> vertices;
    private final List<List<Vertex>> layers;
    private Channel[] channels;
    private int[] columnX;
    private int[] columnWidth;
    private int exitWidth;
    private int totalWidth;
    private int totalHeight;

    /** Lays the diagram out; the nodes whose index is in {@code wrapped} get their names broken at spaces. */
    private DiagramLayout(Diagram diagram, Set<Integer> wrapped) {
        this.diagram = diagram;
        LayeredGraph graph = new LayeredGraph(diagram, wrapped);
        this.vertices = graph.vertices;
        this.layers = graph.layers;
        measure();
        placeRows();
        routeChannels();
        untangle();
        placeColumns();
    }

    /** The layout with every name on one line: as wide as it needs, for a figure. */
    static DiagramLayout of(Diagram diagram) {
        return new DiagramLayout(diagram, Set.of());
    }

    /**
     * The layout that is printed at most {@code columns} wide: too wide, the names in the widest
     * column are broken at spaces, then in the next widest, until the picture fits or every column
     * is done (the renderer then cuts it into bands).
     */
    static DiagramLayout fitting(Diagram diagram, int columns) {
        Set<Integer> wrapped = new TreeSet<>();
        Set<Integer> wrappedLayers = new TreeSet<>();
        DiagramLayout layout = of(diagram);
        while (layout.totalWidth > columns) {
            int widest = -1;
            for (int l = 0; l < layout.layers.size(); l++) {
                if (!wrappedLayers.contains(l) && (widest < 0 || layout.columnWidth[l] > layout.columnWidth[widest])) {
                    widest = l;
                }
            }
            if (widest < 0) {
                break;
            }
            wrappedLayers.add(widest);
            for (Vertex v : layout.layers.get(widest)) {
                if (!v.isDummy()) {
                    wrapped.add(v.index);
                }
            }
            DiagramLayout next = new DiagramLayout(diagram, wrapped);
            if (next.totalWidth < layout.totalWidth) {
                layout = next;
            }
        }
        return layout;
    }

    /** Lines that would run on top of each other in the drawing: 0 unless layout failed. */
    int clashes() {
        int sum = 0;
        for (Channel c : channels) {
            sum += c.clashes;
        }
        return sum;
    }

    // ----- 4. rows --------------------------------------------------------------------------

    private void measure() {
        for (Vertex v : vertices) {
            if (v.isDummy()) {
                v.width = 0;
                v.height = 1;
                continue;
            }
            int text = 0;
            for (String line : v.lines) {
                text = Math.max(text, Columns.of(line));
            }
            int title = v.node.op().isEmpty() ? 0 : Columns.of(v.node.op()) + 5;
            v.width = Math.max(text + 4, title);
            v.height = 2 + Math.max(v.lines.size(), Math.max(1, v.in.size()));
        }
    }

    private void placeRows() {
        for (List<Vertex> layer : layers) {
            int top = 0;
            for (Vertex v : layer) {
                v.top = top;
                top += v.height + GAP;
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int l = 1; l < layers.size(); l++) {
                place(layers.get(l), true);
            }
            for (int l = layers.size() - 2; l >= 0; l--) {
                place(layers.get(l), false);
            }
        }
        for (int l = 1; l < layers.size(); l++) {
            place(layers.get(l), true);
        }
        int min = Integer.MAX_VALUE;
        for (Vertex v : vertices) {
            min = Math.min(min, v.top);
        }
        for (Vertex v : vertices) {
            v.top -= min;
            totalHeight = Math.max(totalHeight, v.top + v.height);
        }
    }

    /** Moves the nodes of one column towards their neighbours on one side (the other if none). */
    private void place(List<Vertex> layer, boolean fromLeft) {
        double[] desired = new double[layer.size()];
        int[] heights = new int[layer.size()];
        for (int i = 0; i < layer.size(); i++) {
            Vertex v = layer.get(i);
            double wanted = fromLeft ? fromPredecessors(v) : fromSuccessors(v);
            if (Double.isNaN(wanted)) {
                wanted = fromLeft ? fromSuccessors(v) : fromPredecessors(v);
            }
            desired[i] = Double.isNaN(wanted) ? v.top : wanted;
            heights[i] = v.height;
        }
        int[] tops = isotonic(desired, heights, GAP);
        for (int i = 0; i < layer.size(); i++) {
            layer.get(i).top = tops[i];
        }
    }

    private static double fromPredecessors(Vertex v) {
        if (v.in.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (Segment s : v.in) {
            sum += s.from.outRow() - v.inOffset(s);
        }
        return sum / v.in.size();
    }

    private static double fromSuccessors(Vertex v) {
        if (v.out.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (Segment s : v.out) {
            sum += s.to.inRow(s) - v.outOffset();
        }
        return sum / v.out.size();
    }

    /**
     * Tops as close as possible (least squares) to {@code desired}, keeping the order and at
     * least {@code gap} rows between neighbours: the pool-adjacent-violators algorithm on the
     * desired tops minus the room the boxes above need.
     */
    static int[] isotonic(double[] desired, int[] heights, int gap) {
        int n = desired.length;
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            offset[i] = offset[i - 1] + heights[i - 1] + gap;
        }
        double[] sum = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            sum[blocks] = desired[i] - offset[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        int[] tops = new int[n];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            long shift = Math.round(Math.floor(sum[b] / count[b] + 0.5));
            for (int k = 0; k < count[b]; k++, i++) {
                tops[i] = (int) (offset[i] + shift);
            }
        }
        return tops;
    }

    // ----- 5. tracks between columns --------------------------------------------------------

    private void routeChannels() {
        channels = new Channel[Math.max(0, layers.size() - 1)];
        for (int l = 0; l + 1 < layers.size(); l++) {
            channels[l] = route(layers.get(l));
        }
    }

    /** The tracks of the channel right of this column, from {@link Tracks}. */
    private static Channel route(List<Vertex> layer) {
        Channel channel = new Channel();
        List<Tracks.Run> runs = new ArrayList<>();
        List<Vertex> sources = new ArrayList<>();
        for (Vertex v : layer) {
            List<Integer> targets = new ArrayList<>();
            for (Segment s : v.out) {
                channel.labelWidth = Math.max(channel.labelWidth, Columns.of(s.label));
                targets.add(s.to.inRow(s));
            }
            // Only a source whose lines change rows needs a track.
            if (targets.stream().anyMatch(t -> t != v.outRow())) {
                runs.add(Tracks.Run.of(v.outRow(), targets));
                sources.add(v);
            }
        }
        Tracks.Assignment assignment = Tracks.assign(runs);
        for (int i = 0; i < sources.size(); i++) {
            channel.track.put(sources.get(i), assignment.trackOf().get(i));
        }
        channel.tracks = assignment.tracks();
        channel.clashes = assignment.clashes();
        return channel;
    }

    /**
     * Two sources can each need the other's track first: A's line to its track runs in the row
     * where B's line leaves its track, and the other way round (the 2-2-2 network's crossed
     * inputs do this). No order of tracks helps then, so a box moves a row or two up or down
     * until every channel is clear.
     */
    private void untangle() {
        for (int round = 0; round < 40 && clashes() > 0; round++) {
            int before = clashes();
            Vertex bestVertex = null;
            int bestShift = 0;
            int bestClashes = before;
            for (List<Vertex> layer : layers) {
                for (int i = 0; i < layer.size(); i++) {
                    for (int shift : new int[] {-1, 1, -2, 2, -3, 3}) {
                        if (!fits(layer, i, shift)) {
                            continue;
                        }
                        Vertex v = layer.get(i);
                        v.top += shift;
                        routeChannels();
                        int now = clashes();
                        v.top -= shift;
                        if (now < bestClashes) {
                            bestVertex = v;
                            bestShift = shift;
                            bestClashes = now;
                        }
                    }
                }
            }
            if (bestVertex == null) {
                break;
            }
            bestVertex.top += bestShift;
            routeChannels();
        }
        routeChannels();
        int min = Integer.MAX_VALUE;
        totalHeight = 0;
        for (Vertex v : vertices) {
            min = Math.min(min, v.top);
        }
        for (Vertex v : vertices) {
            v.top -= min;
            totalHeight = Math.max(totalHeight, v.top + v.height);
        }
    }

    /** Whether node i of the column can move by {@code shift} rows without touching a neighbour. */
    private static boolean fits(List<Vertex> layer, int i, int shift) {
        Vertex v = layer.get(i);
        int top = v.top + shift;
        if (i > 0) {
            Vertex above = layer.get(i - 1);
            if (top < above.top + above.height + (above.isDummy() || v.isDummy() ? 0 : GAP)) {
                return false;
            }
        }
        if (i + 1 < layer.size()) {
            Vertex below = layer.get(i + 1);
            if (top + v.height + (below.isDummy() || v.isDummy() ? 0 : GAP) > below.top) {
                return false;
            }
        }
        return true;
    }

    // ----- 6. columns and cells -------------------------------------------------------------

    private int channelWidth(int l) {
        Channel c = channels[l];
        int label = c.labelWidth > 0 ? c.labelWidth + 2 : 1;
        return 1 + c.tracks + label + (diagram.backward() ? 0 : 1);
    }

    private void placeColumns() {
        int n = layers.size();
        columnX = new int[n];
        columnWidth = new int[n];
        for (int l = 0; l < n; l++) {
            int w = 1;
            for (Vertex v : layers.get(l)) {
                w = Math.max(w, v.width);
            }
            columnWidth[l] = w;
            if (l > 0) {
                columnX[l] = columnX[l - 1] + columnWidth[l - 1] + channelWidth(l - 1);
            }
        }
        for (Vertex v : layers.get(n - 1)) {
            if (!v.isDummy() && !v.node.exitLabel().isEmpty()) {
                exitWidth = Math.max(exitWidth, Columns.of(v.node.exitLabel()) + (diagram.backward() ? 3 : 4));
            }
        }
        totalWidth = columnX[n - 1] + columnWidth[n - 1] + exitWidth;
    }

    /** The first column right of layer {@code l}'s nodes (and of the exit edge after the last). */
    private int right(int l) {
        return columnX[l] + columnWidth[l] + (l == layers.size() - 1 ? exitWidth : 0);
    }

    /**
     * Every box, line, arrowhead and label of the drawing in character cells, computed once here
     * for the terminal renderer and the figures alike.
     */
    Diagram.Geometry geometry() {
        List<Diagram.Box> boxes = new ArrayList<>();
        List<Diagram.Path> paths = new ArrayList<>();
        List<Diagram.Text> labels = new ArrayList<>();
        boolean backward = diagram.backward();
        for (Vertex v : vertices) {
            int x = columnX[v.layer];
            if (v.isDummy()) {
                // A pass-through point: the edge runs straight across the column.
                paths.add(new Diagram.Path(List.of(new int[] {x, v.top}, new int[] {x + columnWidth[v.layer], v.top}),
                        false, false));
                continue;
            }
            boxes.add(new Diagram.Box(v.node, v.lines, x, v.top, v.width, v.height));
            String exit = v.node.exitLabel();
            if (!exit.isEmpty()) {
                // The output's own gradient, entering from the right: │◄─1 (forward: ├─1─►).
                int border = x + v.width - 1;
                int row = v.outRow();
                if (backward) {
                    // The line runs on under the label's first cell, so that the cell before it is ─.
                    paths.add(new Diagram.Path(List.of(new int[] {border + 1, row}, new int[] {border + 3, row}),
                            true, false));
                    labels.add(new Diagram.Text(exit, border + 3, row));
                } else {
                    paths.add(new Diagram.Path(List.of(new int[] {border, row},
                            new int[] {border + Columns.of(exit) + 3, row}), false, true));
                    labels.add(new Diagram.Text(exit, border + 2, row));
                }
            }
        }
        for (int l = 0; l + 1 < layers.size(); l++) {
            channelGeometry(l, paths, labels);
        }
        List<Diagram.Layer> spans = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            spans.add(new Diagram.Layer(columnX[l], right(l)));
        }
        return new Diagram.Geometry(totalWidth, totalHeight, boxes, paths, labels, spans);
    }

    /**
     * The edges from column {@code l} to the next: from the source's border along its row, on
     * its track (if it bends) to the target's row, and into the target. Backward, the arrowhead
     * ◄ stands just right of the source's border and the line meets the target's border (┤);
     * forward, the line leaves the border (├) and its arrowhead ► stops just before the target.
     * Into a pass-through point, the line simply goes on.
     */
    private void channelGeometry(int l, List<Diagram.Path> paths, List<Diagram.Text> labels) {
        boolean backward = diagram.backward();
        Channel channel = channels[l];
        int channelX = columnX[l] + columnWidth[l];
        int nextX = columnX[l + 1];
        for (Vertex v : layers.get(l)) {
            int row = v.outRow();
            int border = columnX[l] + v.width - 1;
            int start = v.isDummy() ? channelX : backward ? border + 1 : border;
            Integer track = channel.track.get(v);
            for (Segment s : v.out) {
                int targetRow = s.to.inRow(s);
                boolean intoBox = !s.to.isDummy();
                int end = intoBox && !backward ? nextX - 1 : nextX;
                List<int[]> points = new ArrayList<>();
                points.add(new int[] {start, row});
                if (track != null) {
                    int trackX = channelX + 1 + track;
                    points.add(new int[] {trackX, row});
                    points.add(new int[] {trackX, targetRow});
                }
                points.add(new int[] {end, targetRow});
                paths.add(new Diagram.Path(points, backward && !v.isDummy(), !backward && intoBox));
                if (!s.label.isEmpty()) {
                    int labelEnd = backward ? nextX - 1 : nextX - 2;
                    labels.add(new Diagram.Text(s.label, labelEnd - Columns.of(s.label), targetRow));
                }
            }
        }
    }
}
